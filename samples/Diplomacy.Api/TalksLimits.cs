using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Api;

/// <summary>
/// What a public API needs around its handlers, each a clear 4xx problem rather than a 500: request bodies within a
/// size (413), requests within a time (408), and database failures said as what they mean — a key that exists (409),
/// text the database cannot store (400), a database that cannot be reached (503, retry later).
/// </summary>
public static class TalksLimits
{
    /// <summary>The largest body of an ordinary request.</summary>
    public const long BodyBytes = 1024 * 1024;

    /// <summary>The largest body of an import (<see cref="BodySizeLimit"/> on the endpoint).</summary>
    public const long ImportBodyBytes = 64 * 1024 * 1024;

    public static IServiceCollection AddTalksLimits(this IServiceCollection services, IWebHostBuilder webHost)
    {
        // Kestrel stops nothing below the largest limit; the guard applies each endpoint's own.
        webHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ImportBodyBytes);
        return services;
    }

    public static IApplicationBuilder UseTalksLimits(this IApplicationBuilder app) => app.UseMiddleware<TalksGuard>();
}

/// <summary>An endpoint's own largest request body, when it is not <see cref="TalksLimits.BodyBytes"/>.</summary>
public sealed record BodySizeLimit(long Bytes);

internal sealed class TalksGuard(RequestDelegate next, IProblemDetailsService problems, IConfiguration configuration, ILogger<TalksGuard> log)
{
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(configuration.GetValue("Talks:RequestTimeoutSeconds", 30.0));

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>()?.Bytes ?? TalksLimits.BodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await Write(context, TooLarge(limit), null);
            return;
        }
        context.Request.Body = new SizeLimitedStream(context.Request.Body, limit);
        var aborted = context.RequestAborted;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(_timeout);
        context.RequestAborted = timeout.Token;
        try
        {
            await next(context);
        }
        catch (Exception failure) when (!context.Response.HasStarted && !aborted.IsCancellationRequested && Describe(failure, timeout.IsCancellationRequested, limit) is { } problem)
        {
            if (problem.Status >= 500) log.LogWarning(failure, "The database is unavailable: {Message}", failure.Message);
            await Write(context, problem, failure);
        }
    }

    private ProblemDetails? Describe(Exception failure, bool timedOut, long limit)
    {
        if (failure is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }) return TooLarge(limit);
        if (timedOut && (failure is OperationCanceledException or BadHttpRequestException || DatabaseErrors.IsUnavailable(failure)))
            return Problem(StatusCodes.Status408RequestTimeout, "The request took too long.", "", "timeout", $"It was not done within {_timeout.TotalSeconds:0.#} s; nothing was stored unless it was done.");
        if (DatabaseErrors.IsDuplicateKey(failure))
            return Problem(StatusCodes.Status409Conflict, "The resource exists.", "/id", "exists", "A row with this key was stored first.");
        if (failure is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
            return Problem(StatusCodes.Status409Conflict, "A row changed meanwhile.", "", "changed", "Another request changed a row this one was storing; nothing was stored. Retry.");
        if (DatabaseErrors.IsUnstorableText(failure))
            return Problem(StatusCodes.Status400BadRequest, "The request body is not valid.", "", "unstorableText", "The database cannot store a character of the text (U+0000).");
        if (DatabaseErrors.IsUnavailable(failure))
            return Problem(StatusCodes.Status503ServiceUnavailable, "The database is unavailable.", "", "unavailable", "Nothing was stored. Retry in a few seconds.");
        return null;
    }

    private static ProblemDetails TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", "", "bodyTooLarge", $"This endpoint takes at most {limit} bytes.");

    private static ProblemDetails Problem(int status, string title, string pointer, string code, string detail) =>
        TalksProblems.Details(status, title, pointer, code, detail);

    private async Task Write(HttpContext context, ProblemDetails problem, Exception? failure)
    {
        context.Response.Clear();
        context.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = failure });
    }
}

/// <summary>A request body that refuses to be read past a number of bytes (413), whatever the transport.</summary>
internal sealed class SizeLimitedStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int read)
    {
        _read += read;
        if (_read > limit) throw new BadHttpRequestException($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

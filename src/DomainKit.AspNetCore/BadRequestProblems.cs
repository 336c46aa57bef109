using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DomainKit.AspNetCore;

/// <summary>
/// Turns a request that did not bind (<see cref="BadHttpRequestException"/>) into ProblemDetails. The details come
/// from <see cref="Describe"/>, which runs as the first <c>CustomizeProblemDetails</c>, so they are the same when
/// another middleware (the developer exception page) writes the problem instead.
/// </summary>
internal sealed class BadRequestProblems(RequestDelegate next, IProblemDetailsService problems, AppBadRequestSetting app, Microsoft.Extensions.Options.IOptions<RouteHandlerOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException failure) when (!context.Response.HasStarted)
        {
            if (!GeneratedParameters.Taken(context) && Find<DomainValidationException>(failure) is null)
            {
                // Not DomainKit's: as ASP.NET Core would have it under the app's own setting. Reading the options makes
                // them (already done by routing, in practice), and making them records that setting.
                _ = options.Value;
                if (app.ThrowOnBadRequest) throw;
                context.Response.Clear();
                context.Response.StatusCode = failure.StatusCode;
                return;
            }
            context.Response.Clear();
            context.Response.StatusCode = failure.StatusCode;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = new ProblemDetails { Status = failure.StatusCode }, Exception = failure });
        }
    }

    /// <summary>For a body that a generated reader rejected, <c>errors</c> lists every problem (<c>pointer</c>, <c>code</c>, <c>detail</c>).</summary>
    internal static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException failure) return;
        var problem = context.ProblemDetails;
        problem.Status = failure.StatusCode;
        problem.Title = "The request is not valid.";
        problem.Detail = failure.Message;
        if (Find<DomainValidationException>(failure) is { } invalid)
        {
            problem.Title = "The request body is not valid.";
            problem.Detail = invalid.Errors.Count == 1 ? "1 error; see 'errors'." : $"{invalid.Errors.Count} errors; see 'errors'.";
            problem.Extensions["errors"] = invalid.Errors.Select(e => new ProblemError(e.Path, e.Code, e.Message)).ToArray();
        }
        else if (Find<JsonException>(failure) is { } malformed)
        {
            problem.Title = "The request body is not valid JSON.";
            problem.Detail = malformed.Message;
        }
        else if (ParameterErrors.Of(context.HttpContext) is { Count: > 0 } errors)
        {
            problem.Title = "A route or query value is not valid.";
            problem.Extensions["errors"] = errors.ToArray();
        }
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found) return found;
        }
        return null;
    }
}

internal sealed class BadRequestProblemsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<BadRequestProblems>();
        next(app);
    };
}

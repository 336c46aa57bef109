using DomainKit.AspNetCore;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api;

/// <summary>The API's own problems, in the shape DomainKit gives a body's errors: <c>errors</c> of pointer, code and detail.</summary>
public static class TalksProblems
{
    public static ProblemHttpResult Of(int status, string title, string pointer, string code, string detail) =>
        TypedResults.Problem(Details(status, title, pointer, code, detail));

    /// <summary>One problem with one error: what the endpoints return and what the guard writes.</summary>
    public static ProblemDetails Details(int status, string title, string pointer, string code, string detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["errors"] = new[] { new ProblemError(pointer, code, detail) } },
    };

    public static ProblemHttpResult Exists(string what, object id) =>
        Of(StatusCodes.Status409Conflict, $"The {what} exists.", "/id", "exists", $"A {what} with the id '{id}' exists; update it with PUT and its ETag.");

    public static ProblemHttpResult IdMismatch() =>
        Of(StatusCodes.Status400BadRequest, "The request is not valid.", "/id", "idMismatch", "The body's id is not the one in the path.");

    public static ProblemHttpResult IfMatchRequired() =>
        Of(StatusCodes.Status428PreconditionRequired, "An If-Match header is required.", "", "ifMatchRequired",
            "Send the ETag of the version you changed in If-Match (from GET, POST or the last PUT), so that no one's update is lost.");

    public static ProblemHttpResult IfMatchMalformed() =>
        Of(StatusCodes.Status400BadRequest, "The If-Match header is not valid.", "", "ifMatch", "If-Match holds one ETag as this API gives them, like \"3\", or *.");

    public static ProblemHttpResult Stale(long current) =>
        Of(StatusCodes.Status412PreconditionFailed, "The resource has changed.", "", "stale",
            $"It was changed since the version in If-Match; the current version's ETag is {ETags.Of(current)}. Read it again and reapply the change.");
}

/// <summary>A row's version as an ETag: a strong validator, <c>"3"</c>.</summary>
public static class ETags
{
    public static string Of(long version) => "\"" + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// The version an <c>If-Match</c> header asks for: false when there is none; <paramref name="version"/> null for
    /// <c>*</c> (any version) and -1 when the header is not one ETag of this API.
    /// </summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0) return false;
        if (header == "*") return true;
        version = header.Length > 2 && header[0] == '"' && header[^1] == '"'
            && long.TryParse(header.AsSpan(1, header.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed : -1;
        return true;
    }

    /// <summary>The stored version of the row with this key, or null when there is none.</summary>
    public static Task<long?> CurrentAsync<T>(IQueryable<T> rows, CancellationToken cancellation) where T : class =>
        rows.Select(row => (long?)EF.Property<long>(row, TalksDb.Version)).FirstOrDefaultAsync(cancellation);
}

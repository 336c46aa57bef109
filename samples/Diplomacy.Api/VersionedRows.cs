using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api;

/// <summary>
/// Reads and writes of rows with a version (<see cref="TalksDb.Version"/>): reads give its ETag; a create is one insert,
/// so two that race get one 201 and one 409; an update must name the version it changes (<c>If-Match</c>) and is one
/// <c>UPDATE … WHERE version = …</c>, so of two that race one gets 412. No lost update, whatever the instance.
/// </summary>
public static class VersionedRows
{
    public static async Task<Results<Ok<T>, NotFound>> GetAsync<T>(IQueryable<T> row, HttpResponse response, CancellationToken cancellation) where T : class
    {
        var found = await row.AsNoTracking().Select(r => new { Row = r, Version = EF.Property<long>(r, TalksDb.Version) }).FirstOrDefaultAsync(cancellation);
        if (found is null) return TypedResults.NotFound();
        response.Headers.ETag = ETags.Of(found.Version);
        return TypedResults.Ok(found.Row);
    }

    public static async Task<Results<Created<T>, ProblemHttpResult>> CreateAsync<T>(TalksDb db, T value, string what, object id, string location, HttpResponse response, CancellationToken cancellation)
        where T : class
    {
        db.Add(value);
        db.Entry(value).Property(TalksDb.Version).CurrentValue = 1L;
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException failure) when (DatabaseErrors.IsDuplicateKey(failure))
        {
            return TalksProblems.Exists(what, id);
        }
        response.Headers.ETag = ETags.Of(1);
        return TypedResults.Created(location, value);
    }

    public static async Task<Results<Ok<T>, NotFound, ProblemHttpResult>> UpdateAsync<T>(TalksDb db, IQueryable<T> row, T value, HttpRequest request, HttpResponse response, CancellationToken cancellation)
        where T : class
    {
        if (!ETags.TryReadIfMatch(request, out var expected)) return TalksProblems.IfMatchRequired();
        if (expected < 0) return TalksProblems.IfMatchMalformed();
        if (await ETags.CurrentAsync(row, cancellation) is not { } current) return TypedResults.NotFound();
        if (expected is { } asked && asked != current) return TalksProblems.Stale(current);
        var version = expected ?? current;
        NewVersion(db, value, version);
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TalksProblems.Stale(await ETags.CurrentAsync(row, cancellation) ?? version + 1);
        }
        response.Headers.ETag = ETags.Of(version + 1);
        return TypedResults.Ok(value);
    }

    /// <summary>
    /// Stores each value as a new version: an insert at version 1, or an update of the row with its key at one more than
    /// its version — read in the caller's transaction, so nothing between the read and the write is lost.
    /// </summary>
    public static async Task StoreAsync<T, TKey>(TalksDb db, IReadOnlyList<T> values, Func<T, TKey> key, Func<IReadOnlyList<TKey>, IQueryable<T>> rows, CancellationToken cancellation)
        where T : class
        where TKey : notnull
    {
        var keys = values.Select(key).ToList();
        var versions = await rows(keys).AsNoTracking().Select(r => new { Row = r, Version = EF.Property<long>(r, TalksDb.Version) }).ToListAsync(cancellation);
        var stored = versions.ToDictionary(v => key(v.Row), v => v.Version);
        foreach (var value in values)
        {
            if (stored.TryGetValue(key(value), out var version))
            {
                NewVersion(db, value, version);
            }
            else
            {
                db.Add(value);
                db.Entry(value).Property(TalksDb.Version).CurrentValue = 1L;
            }
        }
        await db.SaveChangesAsync(cancellation);
        db.ChangeTracker.Clear();
    }

    /// <summary>Replaces the row of <paramref name="value"/>'s key, which must still be at <paramref name="version"/>, by version + 1.</summary>
    private static void NewVersion<T>(TalksDb db, T value, long version) where T : class
    {
        var entry = db.Entry(value);
        entry.State = EntityState.Modified;
        // In this order: for an entity attached as modified, setting the current value also sets the original one.
        entry.Property(TalksDb.Version).CurrentValue = version + 1;
        entry.Property(TalksDb.Version).OriginalValue = version;
    }
}

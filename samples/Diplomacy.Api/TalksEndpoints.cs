using Diplomacy.Domain;
using DomainKit;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api;

/// <summary>
/// Missions and agendas: create, read (with an ETag), list, update (with If-Match); a dossier import and an import of
/// many missions, both read from the request stream, each in one transaction. A body that is not a valid document
/// never reaches a handler's work: DomainKit.AspNetCore answers with every error as ProblemDetails.
/// </summary>
public static class TalksEndpoints
{
    public static void MapTalks(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/missions").WithTags("Missions");
        missions.MapGet("/", async (CountryCode? host, TalksDb db, CancellationToken cancellation) =>
            await db.Missions.AsNoTracking().Where(m => host == null || m.HostCountry == host).OrderBy(m => m.Id).ToListAsync(cancellation));
        missions.MapGet("/{id}", (MissionId id, TalksDb db, HttpResponse response, CancellationToken cancellation) =>
            VersionedRows.GetAsync(db.Missions.Where(m => m.Id == id), response, cancellation));
        missions.MapPost("/", (Mission mission, TalksDb db, HttpResponse response, CancellationToken cancellation) =>
            VersionedRows.CreateAsync(db, mission, "mission", mission.Id, $"/missions/{mission.Id}", response, cancellation));
        missions.MapPut("/{id}", async (MissionId id, Mission mission, TalksDb db, HttpRequest request, HttpResponse response, CancellationToken cancellation) =>
            mission.Id != id ? TalksProblems.IdMismatch() : (IResult)await VersionedRows.UpdateAsync(db, db.Missions.Where(m => m.Id == id), mission, request, response, cancellation));
        missions.MapPost("/import", async (HttpRequest request, TalksDb db, CancellationToken cancellation) =>
            TypedResults.Ok(await ImportMissions(request.Body, db, cancellation)))
            .Accepts<Mission[]>("application/json", "application/x-ndjson")
            .WithMetadata(new BodySizeLimit(TalksLimits.ImportBodyBytes));

        var agendas = app.MapGroup("/agendas").WithTags("Agendas");
        agendas.MapGet("/", async (TalksDb db, CancellationToken cancellation) => await db.Agendas.AsNoTracking().OrderBy(a => a.HeldOn).ToListAsync(cancellation));
        agendas.MapGet("/{id:guid}", (Guid id, TalksDb db, HttpResponse response, CancellationToken cancellation) =>
            VersionedRows.GetAsync(db.Agendas.Where(a => a.Id == id), response, cancellation));
        agendas.MapPost("/", (Agenda agenda, TalksDb db, HttpResponse response, CancellationToken cancellation) =>
            VersionedRows.CreateAsync(db, agenda, "agenda", agenda.Id, $"/agendas/{agenda.Id}", response, cancellation));
        agendas.MapPut("/{id:guid}", async (Guid id, Agenda agenda, TalksDb db, HttpRequest request, HttpResponse response, CancellationToken cancellation) =>
            agenda.Id != id ? TalksProblems.IdMismatch() : (IResult)await VersionedRows.UpdateAsync(db, db.Agendas.Where(a => a.Id == id), agenda, request, response, cancellation));

        // The body goes straight from the request stream to the generated reader (no System.Text.Json binding).
        app.MapPost("/dossiers", async (HttpRequest request, TalksDb db, CancellationToken cancellation) =>
        {
            var read = await Dossier.TryFromJsonAsync(request.Body, cancellation);
            if (!read.IsValid) throw Invalid("The dossier is not valid.", read.Result);
            var dossier = read.Value!;
            await Import(dossier, db, cancellation);
            return TypedResults.Ok(new ImportSummary(dossier.Agenda.Id, dossier.Missions.Select(m => m.Id).ToArray()));
        }).Accepts<Dossier>("application/json").WithTags("Dossiers").WithMetadata(new BodySizeLimit(TalksLimits.ImportBodyBytes));
    }

    /// <summary>Stores the dossier's agenda and missions, each a new version of the row with its id, in one transaction.</summary>
    public static async Task Import(Dossier dossier, TalksDb db, CancellationToken cancellation)
    {
        RefuseRepeatedIds(dossier.Missions.Select(m => m.Id), "/missions");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await VersionedRows.StoreAsync(db, [dossier.Agenda], a => a.Id, ids => db.Agendas.Where(a => ids.Contains(a.Id)), cancellation);
        await VersionedRows.StoreAsync(db, dossier.Missions.ToList(), m => m.Id, ids => db.Missions.Where(m => ids.Contains(m.Id)), cancellation);
        await transaction.CommitAsync(cancellation);
    }

    /// <summary>
    /// Stores the missions of a JSON array or of newline-delimited JSON, each a new version of the row with its id, read
    /// from the stream one at a time and stored a hundred at a time, all in one transaction: one invalid mission (400, its
    /// errors under its index) and nothing is stored.
    /// </summary>
    public static async Task<MissionId[]> ImportMissions(Stream body, TalksDb db, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var imported = new List<MissionId>();
        var seen = new HashSet<MissionId>();
        var batch = new List<Mission>();
        await foreach (var read in Mission.TryReadManyAsync(body, cancellation))
        {
            if (!read.IsValid) throw Invalid("A mission of the import is not valid.", read.Result);
            if (!seen.Add(read.Value!.Id)) throw Invalid("A mission of the import is not valid.", Repeated($"/{imported.Count + batch.Count}/id", read.Value.Id));
            batch.Add(read.Value);
            if (batch.Count == 100) await Store(batch, db, imported, cancellation);
        }
        await Store(batch, db, imported, cancellation);
        await transaction.CommitAsync(cancellation);
        return imported.ToArray();
    }

    private static async Task Store(List<Mission> batch, TalksDb db, List<MissionId> imported, CancellationToken cancellation)
    {
        await VersionedRows.StoreAsync(db, batch, m => m.Id, ids => db.Missions.Where(m => ids.Contains(m.Id)), cancellation);
        imported.AddRange(batch.Select(m => m.Id));
        batch.Clear();
    }

    private static void RefuseRepeatedIds(IEnumerable<MissionId> ids, string pointer)
    {
        var seen = new HashSet<MissionId>();
        var index = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id)) throw Invalid("The dossier is not valid.", Repeated($"{pointer}/{index}/id", id));
            index++;
        }
    }

    private static ValidationResult Repeated(string pointer, MissionId id) =>
        ValidationResult.FromErrors([new ValidationError(pointer, "unique", $"The mission '{id}' appears more than once; each is stored once.")]);

    private static BadHttpRequestException Invalid(string message, ValidationResult result) =>
        new(message, StatusCodes.Status400BadRequest, new DomainValidationException(result));
}

/// <summary>What an import stored.</summary>
public sealed record ImportSummary(Guid Agenda, MissionId[] Missions);

using Diplomacy.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api;

/// <summary>
/// Missions and agendas: create, read, list, update; a dossier import and an import of many missions, both read from
/// the request stream. A body that is not a valid document never reaches a handler's work: DomainKit.AspNetCore
/// answers with every error as ProblemDetails.
/// </summary>
public static class TalksEndpoints
{
    public static void MapTalks(this IEndpointRouteBuilder app)
    {
        var missions = app.MapGroup("/missions").WithTags("Missions");
        missions.MapGet("/", async (CountryCode? host, TalksDb db) =>
            await db.Missions.AsNoTracking().Where(m => host == null || m.HostCountry == host).OrderBy(m => m.Id).ToListAsync());
        missions.MapGet("/{id}", async Task<Results<Ok<Mission>, NotFound>> (MissionId id, TalksDb db) =>
            await db.Missions.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id) is { } mission ? TypedResults.Ok(mission) : TypedResults.NotFound());
        missions.MapPost("/", async Task<Results<Created<Mission>, Conflict>> (Mission mission, TalksDb db) =>
        {
            if (await db.Missions.AnyAsync(m => m.Id == mission.Id)) return TypedResults.Conflict();
            db.Missions.Add(mission);
            await db.SaveChangesAsync();
            return TypedResults.Created($"/missions/{mission.Id}", mission);
        });
        missions.MapPut("/{id}", async Task<Results<Ok<Mission>, NotFound, BadRequest<string>>> (MissionId id, Mission mission, TalksDb db) =>
        {
            if (mission.Id != id) return TypedResults.BadRequest("The body's id is not the one in the path.");
            if (!await db.Missions.AnyAsync(m => m.Id == id)) return TypedResults.NotFound();
            db.Missions.Update(mission);
            await db.SaveChangesAsync();
            return TypedResults.Ok(mission);
        });

        missions.MapPost("/import", async (HttpRequest request, TalksDb db, CancellationToken cancellation) =>
            TypedResults.Ok(await ImportMissions(request.Body, db, cancellation)))
            .Accepts<Mission[]>("application/json", "application/x-ndjson");

        var agendas = app.MapGroup("/agendas").WithTags("Agendas");
        agendas.MapGet("/", async (TalksDb db) => await db.Agendas.AsNoTracking().OrderBy(a => a.HeldOn).ToListAsync());
        agendas.MapGet("/{id:guid}", async Task<Results<Ok<Agenda>, NotFound>> (Guid id, TalksDb db) =>
            await db.Agendas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id) is { } agenda ? TypedResults.Ok(agenda) : TypedResults.NotFound());
        agendas.MapPost("/", async Task<Results<Created<Agenda>, Conflict>> (Agenda agenda, TalksDb db) =>
        {
            if (await db.Agendas.AnyAsync(a => a.Id == agenda.Id)) return TypedResults.Conflict();
            db.Agendas.Add(agenda);
            await db.SaveChangesAsync();
            return TypedResults.Created($"/agendas/{agenda.Id}", agenda);
        });
        agendas.MapPut("/{id:guid}", async Task<Results<Ok<Agenda>, NotFound, BadRequest<string>>> (Guid id, Agenda agenda, TalksDb db) =>
        {
            if (agenda.Id != id) return TypedResults.BadRequest("The body's id is not the one in the path.");
            if (!await db.Agendas.AnyAsync(a => a.Id == id)) return TypedResults.NotFound();
            db.Agendas.Update(agenda);
            await db.SaveChangesAsync();
            return TypedResults.Ok(agenda);
        });

        // The body goes straight from the request stream to the generated reader (no System.Text.Json binding).
        app.MapPost("/dossiers", async (HttpRequest request, TalksDb db, CancellationToken cancellation) =>
        {
            var read = await Dossier.TryFromJsonAsync(request.Body, cancellation);
            if (!read.IsValid) throw new BadHttpRequestException("The dossier is not valid.", StatusCodes.Status400BadRequest, new DomainKit.DomainValidationException(read.Result));
            var dossier = read.Value!;
            await Import(dossier, db);
            return TypedResults.Ok(new ImportSummary(dossier.Agenda.Id, dossier.Missions.Select(m => m.Id).ToArray()));
        }).Accepts<Dossier>("application/json").WithTags("Dossiers");
    }

    /// <summary>Adds the dossier's agenda and missions, replacing those with the same ids.</summary>
    public static async Task Import(Dossier dossier, TalksDb db)
    {
        var ids = dossier.Missions.Select(m => m.Id).ToList();
        db.Missions.RemoveRange(await db.Missions.Where(m => ids.Contains(m.Id)).ToListAsync());
        db.Agendas.RemoveRange(await db.Agendas.Where(a => a.Id == dossier.Agenda.Id).ToListAsync());
        await db.SaveChangesAsync();
        db.Agendas.Add(dossier.Agenda);
        db.Missions.AddRange(dossier.Missions);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Adds the missions of a JSON array or of newline-delimited JSON, replacing those with the same ids, read from the
    /// stream one at a time and stored a hundred at a time, all in one transaction: one invalid mission (400, its errors
    /// under its index) and nothing is stored.
    /// </summary>
    public static async Task<MissionId[]> ImportMissions(Stream body, TalksDb db, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var imported = new List<MissionId>();
        var batch = new List<Mission>();
        await foreach (var read in Mission.TryReadManyAsync(body, cancellation))
        {
            if (!read.IsValid) throw new BadHttpRequestException("A mission of the import is not valid.", StatusCodes.Status400BadRequest, new DomainKit.DomainValidationException(read.Result));
            batch.Add(read.Value!);
            if (batch.Count == 100) await Store(batch, db, imported, cancellation);
        }
        await Store(batch, db, imported, cancellation);
        await transaction.CommitAsync(cancellation);
        return imported.ToArray();
    }

    private static async Task Store(List<Mission> batch, TalksDb db, List<MissionId> imported, CancellationToken cancellation)
    {
        var ids = batch.Select(m => m.Id).ToList();
        db.Missions.RemoveRange(await db.Missions.Where(m => ids.Contains(m.Id)).ToListAsync(cancellation));
        await db.SaveChangesAsync(cancellation);
        db.Missions.AddRange(batch);
        await db.SaveChangesAsync(cancellation);
        db.ChangeTracker.Clear();
        imported.AddRange(ids);
        batch.Clear();
    }
}

/// <summary>What an import stored.</summary>
public sealed record ImportSummary(Guid Agenda, MissionId[] Missions);

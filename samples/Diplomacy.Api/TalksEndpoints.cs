using Diplomacy.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api;

/// <summary>
/// Missions and agendas: create, read, list, update; and a dossier import. A body that is not a valid document
/// never reaches these handlers: DomainKit.AspNetCore answers with every error as ProblemDetails.
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

        app.MapPost("/dossiers", async (Dossier dossier, TalksDb db) =>
        {
            await Import(dossier, db);
            return TypedResults.Ok(new ImportSummary(dossier.Agenda.Id, dossier.Missions.Select(m => m.Id).ToArray()));
        }).WithTags("Dossiers");
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
}

/// <summary>What an import stored.</summary>
public sealed record ImportSummary(Guid Agenda, MissionId[] Missions);

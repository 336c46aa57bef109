using Diplomacy.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api.Tests;

/// <summary>What DomainKit.EntityFrameworkCore puts in the SQLite file, and that it reads back equal.</summary>
public sealed class StorageTests(TalksApiFactory factory) : IClassFixture<TalksApiFactory>
{
    [Fact]
    public async Task The_seeded_dossier_reads_back_equal_unions_maps_and_sets_included()
    {
        _ = factory.CreateClient(); // starts the app, which creates and seeds the file
        var seed = Dossier.FromJson(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "data", "istanbul-talks.json")));

        await using var db = factory.OpenDatabase();
        var agenda = await db.Agendas.AsNoTracking().SingleAsync(a => a.Id == seed.Agenda.Id);
        Assert.Equal(seed.Agenda, agenda);
        Assert.NotEmpty(agenda.PrecedingEvents);
        foreach (var mission in seed.Missions) Assert.Equal(mission, await db.Missions.AsNoTracking().SingleAsync(m => m.Id == mission.Id));
    }

    [Fact]
    public async Task Value_types_are_their_primitive_enums_their_wire_name_and_nested_values_JSON()
    {
        _ = factory.CreateClient();
        await using var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Status, SendingCountry, Tags, Contacts FROM Missions WHERE Id = 'ru-embassy-washington'";
        await using var row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());

        Assert.Equal("ru-embassy-washington", row.GetString(0));
        Assert.Equal("reduced-staff", row.GetString(1));
        Assert.Equal("RU", row.GetString(2));
        Assert.StartsWith("[", row.GetString(3));
        Assert.StartsWith("{", row.GetString(4));
    }
}

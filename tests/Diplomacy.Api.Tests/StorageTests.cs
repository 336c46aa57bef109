using System.Data.Common;
using Diplomacy.Domain;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api.Tests;

public sealed class SqliteStorageTests(SqliteTalksApi factory) : StorageTests<SqliteTalksApi>(factory);

public sealed class PostgresStorageTests(PostgresTalksApi factory) : StorageTests<PostgresTalksApi>(factory);

/// <summary>What DomainKit.EntityFrameworkCore puts in the database, and that it reads back equal.</summary>
public abstract class StorageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TalksApiFactory
{
    [Fact]
    public async Task The_seeded_dossier_reads_back_equal_unions_maps_and_sets_included()
    {
        _ = factory.CreateClient(); // starts the app, which migrates and seeds the database
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
        await using var db = factory.OpenDatabase();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var row = await Query(connection, """SELECT "Id", "Status", "SendingCountry", "Tags", "Contacts" FROM "Missions" WHERE "Id" = 'ru-embassy-washington'""");
        Assert.True(await row.ReadAsync());

        Assert.Equal("ru-embassy-washington", row.GetString(0));
        Assert.Equal("reduced-staff", row.GetString(1));
        Assert.Equal("RU", row.GetString(2));
        Assert.StartsWith("[", row.GetString(3));
        Assert.StartsWith("{", row.GetString(4));
    }

    [Fact]
    public async Task The_migrations_describe_the_model_and_JSON_columns_are_jsonb_on_PostgreSQL()
    {
        _ = factory.CreateClient();
        await using var db = factory.OpenDatabase();

        Assert.False(db.Database.HasPendingModelChanges(), "the model has changed since the last migration: add one (docs/efcore.md)");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        if (factory.Provider != "PostgreSQL") return;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var types = await Query(connection, """SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'Missions' ORDER BY column_name""");
        var columns = new Dictionary<string, string>();
        while (await types.ReadAsync()) columns[types.GetString(0)] = types.GetString(1);
        Assert.Equal("jsonb", columns["Consulates"]);
        Assert.Equal("jsonb", columns["Head"]);
        Assert.Equal("date", columns["OpenedOn"]);
        Assert.Equal("numeric", columns["AnnualBudgetUsd"]);
        Assert.Equal("text", columns["HostCountry"]);
    }

    private static async Task<DbDataReader> Query(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteReaderAsync();
    }
}

using Diplomacy.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api.Tests;

/// <summary>The sample app on a database of its own, created (migrated) and seeded on start like a first run.</summary>
public abstract class TalksApiFactory : WebApplicationFactory<Program>
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Talks:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Talks", ConnectionString);
    }

    /// <summary>A context of its own on the same database: what is really stored, not what a request's context remembers.</summary>
    public abstract TalksDb OpenDatabase();
}

/// <summary>The app on a SQLite file of its own.</summary>
public sealed class SqliteTalksApi : TalksApiFactory
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talks-api-").FullName;

    public override string Provider => "Sqlite";

    public override string ConnectionString => "Data Source=" + Path.Combine(_folder, "talks.db");

    public override TalksDb OpenDatabase() => new SqliteTalksDb(new DbContextOptionsBuilder<SqliteTalksDb>().UseSqlite(ConnectionString).Options);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Only this factory's file: other test classes' pooled connections stay open while they run.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString)) Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The app on a database of its own on a real PostgreSQL (<see cref="PostgresServer"/>).</summary>
public sealed class PostgresTalksApi : TalksApiFactory
{
    /// <summary>On a new database of its own.</summary>
    public PostgresTalksApi()
        : this(PostgresServer.CreateDatabase())
    {
    }

    private PostgresTalksApi(string connectionString) => ConnectionString = connectionString;

    public override string Provider => "PostgreSQL";

    /// <summary>Another instance of the app on this one's database, as a second server behind a load balancer would be.</summary>
    public PostgresTalksApi Twin() => new(ConnectionString);

    public override string ConnectionString { get; }

    public override TalksDb OpenDatabase() => new PostgresTalksDb(new DbContextOptionsBuilder<PostgresTalksDb>().UseNpgsql(ConnectionString).Options);
}

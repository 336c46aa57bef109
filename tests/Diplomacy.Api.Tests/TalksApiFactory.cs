using Diplomacy.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api.Tests;

/// <summary>The sample app on a SQLite file of its own, created and seeded on start like a first run.</summary>
public sealed class TalksApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talks-api-").FullName;

    public string ConnectionString => "Data Source=" + Path.Combine(_folder, "talks.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("ConnectionStrings:Talks", ConnectionString);

    /// <summary>A context of its own on the same file: what is really stored, not what a request's context remembers.</summary>
    public TalksDb OpenDatabase() => new(new DbContextOptionsBuilder<TalksDb>().UseSqlite(ConnectionString).Options);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Only this factory's file: other test classes' pooled connections stay open while they run.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString)) Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        Directory.Delete(_folder, recursive: true);
    }
}

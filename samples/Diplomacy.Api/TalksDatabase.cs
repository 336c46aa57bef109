using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Diplomacy.Api;

/// <summary>
/// Which database the talks live in, from configuration: <c>Talks:Provider</c> (<c>Sqlite</c>, the default, or
/// <c>PostgreSQL</c>) and <c>ConnectionStrings:Talks</c> (for SQLite, a file under <c>data/</c> by default).
/// </summary>
public static class TalksDatabase
{
    public static IServiceCollection AddTalksDb(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Talks:Provider"] ?? "Sqlite";
        var connection = configuration.GetConnectionString("Talks");
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            connection ??= "Data Source=" + Path.Combine(contentRoot, "data", "talks.db");
            return services.AddDbContext<TalksDb, SqliteTalksDb>((scope, options) =>
                options.UseSqlite(connection).AddInterceptors(scope.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        }
        if (provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            if (connection is null) throw new InvalidOperationException("Talks:Provider is PostgreSQL: set ConnectionStrings:Talks to its connection string.");
            return services.AddDbContext<TalksDb, PostgresTalksDb>((scope, options) =>
                options.UseNpgsql(connection).AddInterceptors(scope.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        }
        throw new InvalidOperationException($"Talks:Provider is '{provider}': it is Sqlite or PostgreSQL.");
    }

    /// <summary>A SQLite file's folder exists before the database is opened.</summary>
    public static void EnsureFolder(TalksDb db)
    {
        if (db is not SqliteTalksDb) return;
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
    }
}

/// <summary>For <c>dotnet ef migrations add … --context SqliteTalksDb</c>: no database is opened.</summary>
public sealed class SqliteTalksDbFactory : IDesignTimeDbContextFactory<SqliteTalksDb>
{
    public SqliteTalksDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteTalksDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresTalksDb</c>: no database is opened.</summary>
public sealed class PostgresTalksDbFactory : IDesignTimeDbContextFactory<PostgresTalksDb>
{
    public PostgresTalksDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresTalksDb>().UseNpgsql("Host=localhost;Database=talks").Options);
}

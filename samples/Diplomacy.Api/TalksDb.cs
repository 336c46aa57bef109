using Diplomacy.Domain;
using DomainKit.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api;

/// <summary>
/// Missions and agendas as rows; everything inside them (diplomats, consulates, delegations, events) as JSON columns.
/// Each row has a version (a shadow property, the concurrency token): what an ETag says, and what an update must find
/// unchanged. One subclass per database, each with its own migrations.
/// </summary>
public abstract class TalksDb(DbContextOptions options) : DbContext(options)
{
    /// <summary>The shadow property that counts a row's versions: 1 when created, one more at every update.</summary>
    public const string Version = "Version";

    public DbSet<Mission> Missions => Set<Mission>();

    public DbSet<Agenda> Agendas => Set<Agenda>();

    /// <summary>How this database types columns where databases differ.</summary>
    protected abstract DomainKitMapping Mapping { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddDomainKit(typeof(Mission).Assembly, Mapping, typeof(Mission), typeof(Agenda));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Mission>().HasKey(m => m.Id);
        modelBuilder.Entity<Mission>().Property<long>(Version).IsConcurrencyToken();
        modelBuilder.Entity<Agenda>().HasKey(a => a.Id);
        modelBuilder.Entity<Agenda>().Property<long>(Version).IsConcurrencyToken();
    }
}

/// <summary>The talks on SQLite (the default): JSON columns as text.</summary>
public sealed class SqliteTalksDb(DbContextOptions<SqliteTalksDb> options) : TalksDb(options)
{
    protected override DomainKitMapping Mapping { get; } = new();
}

/// <summary>The talks on PostgreSQL: JSON columns as <c>jsonb</c>, date-times with their offsets as text.</summary>
public sealed class PostgresTalksDb(DbContextOptions<PostgresTalksDb> options) : TalksDb(options)
{
    protected override DomainKitMapping Mapping => DomainKitMapping.PostgreSql;
}

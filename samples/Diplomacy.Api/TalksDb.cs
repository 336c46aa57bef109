using Diplomacy.Domain;
using DomainKit.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Api;

/// <summary>Missions and agendas as rows; everything inside them (diplomats, consulates, delegations, events) as JSON columns.</summary>
public sealed class TalksDb(DbContextOptions<TalksDb> options) : DbContext(options)
{
    public DbSet<Mission> Missions => Set<Mission>();

    public DbSet<Agenda> Agendas => Set<Agenda>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddDomainKit(typeof(Mission).Assembly, typeof(Mission), typeof(Agenda));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Mission>().HasKey(m => m.Id);
        modelBuilder.Entity<Agenda>().HasKey(a => a.Id);
    }
}

using System.Reflection;
using Diplomacy.Api;
using Diplomacy.Domain;
using DomainKit.AspNetCore;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDomainKit();
builder.Services.AddOpenApi();
builder.Services.AddTalksDb(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddTalksLimits(builder.WebHost);

var app = builder.Build();
// Every 4xx and 5xx without a body of its own (a 404, say) is a problem too.
app.UseStatusCodePages();
app.UseTalksLimits();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapTalks();
app.MapGet("/", () => Results.Redirect("/scalar/v1")).ExcludeFromDescription();

// `migrate`: apply the migrations (and seed a new database), then stop — for a deployment's one-off step. Otherwise
// each start migrates unless Talks:Migrate is false (instances started after that step).
if (args.Contains("migrate") || app.Configuration.GetValue("Talks:Migrate", true)) await Migrate(app.Services);
if (args.Contains("migrate")) return;
app.Run();

// The migrations of the configured database, then the Istanbul talks when it holds nothing yet.
static async Task Migrate(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TalksDb>();
    TalksDatabase.EnsureFolder(db);
    await db.Database.MigrateAsync();
    if (await db.Agendas.AnyAsync() || await db.Missions.AnyAsync()) return;
    using var seed = Assembly.GetExecutingAssembly().GetManifestResourceStream("Diplomacy.Api.seed.json")!;
    using var bytes = new MemoryStream();
    await seed.CopyToAsync(bytes);
    try
    {
        await TalksEndpoints.Import(Dossier.FromJson(bytes.ToArray()), db, CancellationToken.None);
    }
    catch (DbUpdateException failure) when (DatabaseErrors.IsDuplicateKey(failure))
    {
        // Another instance seeded it first.
    }
}

/// <summary>For WebApplicationFactory in the integration tests.</summary>
public partial class Program;

using System.Reflection;
using Diplomacy.Api;
using Diplomacy.Domain;
using DomainKit.AspNetCore;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDomainKit();
builder.Services.AddOpenApi();
var database = builder.Configuration.GetConnectionString("Talks")
    ?? "Data Source=" + Path.Combine(builder.Environment.ContentRootPath, "data", "talks.db");
builder.Services.AddDbContext<TalksDb>(options => options.UseSqlite(database));

var app = builder.Build();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapTalks();
app.MapGet("/", () => Results.Redirect("/scalar/v1")).ExcludeFromDescription();

await Seed(app.Services, database);
app.Run();

// A new database is created on first run and holds the Istanbul talks.
static async Task Seed(IServiceProvider services, string database)
{
    var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database).DataSource;
    if (Path.GetDirectoryName(file) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TalksDb>();
    if (!await db.Database.EnsureCreatedAsync()) return;
    using var seed = Assembly.GetExecutingAssembly().GetManifestResourceStream("Diplomacy.Api.seed.json")!;
    using var bytes = new MemoryStream();
    await seed.CopyToAsync(bytes);
    await TalksEndpoints.Import(Dossier.FromJson(bytes.ToArray()), db);
}

/// <summary>For WebApplicationFactory in the integration tests.</summary>
public partial class Program;

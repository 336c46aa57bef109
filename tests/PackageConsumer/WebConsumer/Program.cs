using System.Net;
using System.Text;
using DomainKit.AspNetCore;
using DomainKit.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WebConsumer.Domain;

// A minimal API over the packages: a body read by the generated reader, every error as ProblemDetails, and
// a record stored in SQLite and read back equal. Prints "web consumer ok" when all of it holds.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddDomainKit();
var app = builder.Build();
app.MapPost("/posts", (Post post) => Results.Created("/posts/" + post.Id, post));
app.MapGet("/posts/{id}", (PostId id) => Results.Ok(id.ToString()));
await app.StartAsync();

using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
var valid = await client.PostAsync("/posts", Json("""{"id":"post-1","city":"Houston","status":"reduced-staff","districts":["TX"]}"""));
var broken = await client.PostAsync("/posts", Json("""{"id":"p","city":"","status":"shut","districts":[]}"""));
var problem = await broken.Content.ReadAsStringAsync();
var badRoute = await client.GetAsync("/posts/p");
await app.StopAsync();
Console.WriteLine(problem);
var web = valid.StatusCode == HttpStatusCode.Created && broken.StatusCode == HttpStatusCode.BadRequest
    && new[] { "\"/id\"", "\"/city\"", "\"/status\"", "\"/districts\"" }.All(problem.Contains)
    && badRoute.StatusCode == HttpStatusCode.BadRequest;

await using var connection = new SqliteConnection("Data Source=:memory:");
await connection.OpenAsync();
var options = new DbContextOptionsBuilder<Posts>().UseSqlite(connection).Options;
var stored = new Post { Id = PostId.From("post-2"), City = "Seattle", Status = Status.Closed, Districts = ["WA", "OR"] };
await using (var db = new Posts(options))
{
    await db.Database.EnsureCreatedAsync();
    db.Add(stored);
    await db.SaveChangesAsync();
}
await using (var db = new Posts(options))
{
    var read = await db.Set<Post>().SingleAsync();
    Console.WriteLine(web && read == stored ? "web consumer ok" : $"web consumer FAILED (web {web}, read back equal {read == stored})");
}

static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

sealed class Posts(DbContextOptions<Posts> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddDomainKit(typeof(Post).Assembly, typeof(Post));

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Post>().HasKey(p => p.Id);
}

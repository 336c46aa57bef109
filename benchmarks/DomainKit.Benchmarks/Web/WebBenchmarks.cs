using System.ComponentModel.DataAnnotations;
using System.Net;
using BenchmarkDotNet.Attributes;
using Diplomacy.Domain;
using DomainKit.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DomainKit.Benchmarks.Web;

using ValidationResult = System.ComponentModel.DataAnnotations.ValidationResult;

/// <summary>
/// POST /missions with a valid body (a mission with a head of mission, a location and two consulates), through
/// the whole ASP.NET Core pipeline (routing, body reading, binding, validation, a 201; no database): in process
/// (TestServer, no sockets) and over loopback HTTP/1.1 (Kestrel on 127.0.0.1, one client). DomainKit: the generated reader and rules via <c>AddDomainKit()</c>. Peer: the same
/// endpoint bound by System.Text.Json source generation, validated by DataAnnotations (attributes for the
/// constraints, IValidatableObject for the rules and the nested objects) in an endpoint filter.
/// Requests per second = 1 / Mean; the ratio is the goal's.
/// </summary>
[MemoryDiagnoser]
public class WebBenchmarks
{
    internal const string Body = """
        {"id":"ru-embassy-washington","kind":"Embassy","sendingCountry":"RU","hostCountry":"US","city":"Washington",
         "status":"reduced-staff","head":{"id":"alexander-darchiev","fullName":"Alexander Darchiev","rank":"Ambassador",
         "country":"RU","ministry":"Ministry of Foreign Affairs","email":"embassy@example.org","languages":["ru","en"],
         "accredited_on":"2025-03-27"},"staffCeiling":455,"staffPresent":120,"registryNumber":1933,"annualBudgetUsd":12500000.50,
         "location":{"latitude":38.9237,"longitude":-77.0707},"openedOn":"1933-11-16",
         "consulates":[{"id":"ru-consulate-new-york","city":"New York","status":"operating","staff":48,"district":["NY","NJ","CT","PA"],"opensAt":"09:00"},
                       {"id":"ru-consulate-houston","city":"Houston","status":"operating","staff":22,"district":["TX","LA","OK"],"website":"https://example.org/houston"}],
         "contacts":{"phone":"+1 202 298-5700","email":"rusembusa@example.org"},"tags":["restoration-talks","embassy"]}
        """;

    private WebApplication _domainKit = null!;
    private WebApplication _peer = null!;
    private HttpClient _domainKitClient = null!;
    private HttpClient _peerClient = null!;
    private readonly byte[] _body = System.Text.Encoding.UTF8.GetBytes(Body);

    [Params("TestServer", "Kestrel")]
    public string Transport { get; set; } = "TestServer";

    [GlobalSetup]
    public async Task Setup()
    {
        _domainKit = App(services => services.AddDomainKit());
        _domainKit.MapPost("/missions", (Mission mission) => Results.Created("/missions/" + mission.Id, null));
        _peer = App(services => services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, PeerJsonContext.Default)));
        _peer.MapPost("/missions", (MissionDto mission) => Results.Created("/missions/" + mission.Id, null)).AddEndpointFilter(ValidateWithDataAnnotations);
        await _domainKit.StartAsync();
        await _peer.StartAsync();
        _domainKitClient = Client(_domainKit);
        _peerClient = Client(_peer);
        if (await DomainKit_PostMission() != 201 || await SystemTextJson_DataAnnotations_PostMission() != 201)
            throw new InvalidOperationException("both endpoints must accept the body");
        var broken = Body.Replace("\"staffPresent\":120", "\"staffPresent\":500");
        if (await Post(_domainKitClient, broken) != 400 || await Post(_peerClient, broken) != 400)
            throw new InvalidOperationException("both endpoints must check the rules");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _domainKit.DisposeAsync();
        await _peer.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<int> SystemTextJson_DataAnnotations_PostMission() => Post(_peerClient, _body);

    [Benchmark]
    public Task<int> DomainKit_PostMission() => Post(_domainKitClient, _body);

    private static async Task<int> Post(HttpClient client, string body) => await Post(client, System.Text.Encoding.UTF8.GetBytes(body));

    private static async Task<int> Post(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/missions", content);
        return (int)response.StatusCode;
    }

    private HttpClient Client(WebApplication app) => Transport == "TestServer"
        ? app.GetTestClient()
        : new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

    private WebApplication App(Action<IServiceCollection> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (Transport == "TestServer") builder.WebHost.UseTestServer();
        else builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure(builder.Services);
        return builder.Build();
    }

    private static async ValueTask<object?> ValidateWithDataAnnotations(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var mission = context.GetArgument<MissionDto>(0);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(mission, new ValidationContext(mission), results, validateAllProperties: true)) return await next(context);
        return Results.ValidationProblem(results.GroupBy(r => r.MemberNames.FirstOrDefault() ?? "").ToDictionary(g => g.Key, g => g.Select(r => r.ErrorMessage ?? "").ToArray()));
    }
}

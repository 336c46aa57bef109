using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Diplomacy.Api.Tests;

/// <summary>While PostgreSQL cannot be reached, every request that needs it is a 503 problem saying to retry — never a 500.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Requests_while_the_database_is_unreachable_are_503_problems_with_Retry_After()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Talks:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:Talks", $"Host=127.0.0.1;Port={closedPort};Username=postgres;Database=talks;Timeout=3");
            builder.UseSetting("Talks:Migrate", "false");
        });
        var client = app.CreateClient();

        var read = await client.GetAsync("/missions");
        var write = await client.PostAsync("/missions", new StringContent(NewMissions.Consulate("outage-consulate").ToJson(), Encoding.UTF8, "application/json"));

        foreach (var response in new[] { read, write })
        {
            await RobustnessTests<PostgresTalksApi>.AssertProblem(response, HttpStatusCode.ServiceUnavailable, "unavailable");
            Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        }
    }
}

using System.Net;
using Diplomacy.Domain;
using DomainKit.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Api.Tests;

/// <summary>
/// AddDomainKit() turns binding failures into ProblemDetails only on endpoints that take a generated type; any other
/// endpoint fails as the app's own <c>RouteHandlerOptions.ThrowOnBadRequest</c> says (ASP.NET Core's default: an empty 400).
/// </summary>
public class BindingFailureScopeTests
{
    private static async Task<WebApplication> Start(bool? appThrows)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Services.AddDomainKit();
        if (appThrows is { } throws) builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = throws);
        var app = builder.Build();
        app.MapGet("/plain", (int n) => n);
        app.MapGet("/generated", (CountryCode country) => country.Value);
        await app.StartAsync();
        return app;
    }

    [Fact]
    public async Task A_failure_on_an_endpoint_of_a_generated_type_is_a_problem()
    {
        await using var app = await Start(appThrows: null);
        var response = await app.GetTestClient().GetAsync("/generated?country=usa");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_failure_on_any_other_endpoint_is_ASP_NET_Cores_empty_400()
    {
        await using var app = await Start(appThrows: null);
        var response = await app.GetTestClient().GetAsync("/plain?n=x");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_app_that_asks_for_the_exception_still_gets_it_elsewhere()
    {
        await using var app = await Start(appThrows: true);
        await Assert.ThrowsAsync<BadHttpRequestException>(() => app.GetTestClient().GetAsync("/plain?n=x"));
        Assert.Equal("application/problem+json", (await app.GetTestClient().GetAsync("/generated?country=usa")).Content.Headers.ContentType?.MediaType);
    }
}

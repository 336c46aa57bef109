using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DomainKit.AspNetCore;

/// <summary>The one line at start-up: <c>builder.Services.AddDomainKit();</c></summary>
public static class DomainKitServiceCollectionExtensions
{
    /// <summary>
    /// Minimal-API bodies of generated types are read by their generated readers (their <c>[JsonConverter]</c>);
    /// a body, route or query value that does not bind is a <c>400 application/problem+json</c> written through
    /// <see cref="Microsoft.AspNetCore.Http.IProblemDetailsService"/> (so the app's customisation applies), listing
    /// every error of an invalid document; on .NET 10, OpenAPI documents describe generated types from their
    /// JSON Schema.
    /// </summary>
    public static IServiceCollection AddDomainKit(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // First, and around whatever the app sets, so that the app's own customisation still applies on top.
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var app = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                BadRequestProblems.Describe(context);
                app?.Invoke(context);
            };
        });
        // A binding failure becomes an exception: for an endpoint that takes a generated type, the middleware turns it into
        // ProblemDetails instead of a bare 400; for any other endpoint it does what the app's own setting (kept here) says.
        services.TryAddSingleton<AppBadRequestSetting>();
        services.AddOptions<RouteHandlerOptions>().PostConfigure<AppBadRequestSetting>((options, app) =>
        {
            app.ThrowOnBadRequest = options.ThrowOnBadRequest;
            options.ThrowOnBadRequest = true;
        });
        services.Configure<JsonOptions>(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ProblemJsonContext.Default));
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, BadRequestProblemsStartupFilter>());
#if NET10_0_OR_GREATER
        services.ConfigureAll<Microsoft.AspNetCore.OpenApi.OpenApiOptions>(options => options.AddSchemaTransformer(GeneratedTypeSchemas.TransformAsync));
#endif
        return services;
    }
}

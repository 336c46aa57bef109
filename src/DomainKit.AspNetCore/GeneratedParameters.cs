using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using DomainKit.Runtime;
using Microsoft.AspNetCore.Http;

namespace DomainKit.AspNetCore;

/// <summary>Whether the request's endpoint takes a parameter of a generated type (a record, union, value type or enum).</summary>
internal static class GeneratedParameters
{
    private static readonly ConcurrentDictionary<Endpoint, bool> Endpoints = new();

    public static bool Taken(HttpContext context) =>
        context.GetEndpoint() is { } endpoint && Endpoints.GetOrAdd(endpoint, e =>
            e.Metadata.GetMetadata<MethodInfo>() is { } handler && handler.GetParameters().Any(p => IsGenerated(p.ParameterType)));

    private static bool IsGenerated(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(IJsonSchemaType).IsAssignableFrom(type)) return true;
        return type.IsEnum && type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { } converter
            && typeof(IDomainJsonConverter).IsAssignableFrom(converter);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace DomainKit.AspNetCore;

/// <summary>
/// Why a route or query value of a generated value type did not bind: the type's own errors for that text (a
/// <c>pattern</c>, a <c>maxLength</c> …), at <c>/route/{name}</c> or <c>/query/{name}</c>, in the shape of a body's errors.
/// </summary>
internal static class ParameterErrors
{
    public static List<ProblemError> Of(HttpContext context)
    {
        var errors = new List<ProblemError>();
        if (context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is not { } handler) return errors;
        foreach (var parameter in handler.GetParameters())
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (!IsValueOverText(type) || Raw(context, parameter) is not ({ } raw, { } pointer)) continue;
            try
            {
                type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider)])?.Invoke(null, [raw, null]);
            }
            catch (TargetInvocationException failure) when (failure.InnerException is DomainValidationException invalid)
            {
                errors.AddRange(invalid.Errors.Select(e => new ProblemError(pointer + e.Path, e.Code, e.Message)));
            }
            catch (TargetInvocationException failure) when (failure.InnerException is FormatException or ArgumentException)
            {
                errors.Add(new ProblemError(pointer, "type", failure.InnerException.Message));
            }
        }
        return errors;
    }

    private static bool IsValueOverText(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainValue<,>) && i.GetGenericArguments()[1] == typeof(string));

    // The parameter's text, from the route or else the query, under the name it is bound by.
    private static (string? Raw, string? Pointer) Raw(HttpContext context, ParameterInfo parameter)
    {
        var attributes = parameter.GetCustomAttributes();
        var fromRoute = attributes.OfType<IFromRouteMetadata>().FirstOrDefault()?.Name;
        var fromQuery = attributes.OfType<IFromQueryMetadata>().FirstOrDefault()?.Name;
        var routeName = fromRoute ?? parameter.Name!;
        if (fromQuery is null && context.Request.RouteValues.TryGetValue(routeName, out var routed) && routed is string text) return (text, "/route/" + routeName);
        var queryName = fromQuery ?? parameter.Name!;
        return context.Request.Query.TryGetValue(queryName, out var values) && values.Count > 0 ? (values[0], "/query/" + queryName) : (null, null);
    }
}

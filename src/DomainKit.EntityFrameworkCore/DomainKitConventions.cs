using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace DomainKit.EntityFrameworkCore;

/// <summary>
/// The one call in <c>ConfigureConventions</c>: <c>configurationBuilder.AddDomainKit(typeof(Mission).Assembly)</c>.
/// Maps every DomainKit-generated type of the assemblies: value types to their primitive's column (read back
/// through <c>From</c>, so invalid stored data fails loudly), enums to their wire names, and records, unions and
/// the value collections (<c>ValueList</c>, <c>ValueSet</c>, <c>ValueMap</c>) of their properties to JSON columns
/// written and read by the generated code, with value comparers so that change tracking sees edits.
/// </summary>
public static class DomainKitConventions
{
    /// <param name="builder">The model configuration.</param>
    /// <param name="assemblies">Where the generated types are.</param>
    /// <param name="entities">Generated records that are entity types (tables) here, and so are not mapped to JSON columns.</param>
    public static ModelConfigurationBuilder AddDomainKit(this ModelConfigurationBuilder builder, IEnumerable<Assembly> assemblies, params Type[] entities) =>
        builder.AddDomainKit(assemblies, new DomainKitMapping(), entities);

    /// <param name="builder">The model configuration.</param>
    /// <param name="assemblies">Where the generated types are.</param>
    /// <param name="mapping">How the columns are typed in this database, e.g. <c>jsonb</c> for JSON columns on PostgreSQL.</param>
    /// <param name="entities">Generated records that are entity types (tables) here, and so are not mapped to JSON columns.</param>
    public static ModelConfigurationBuilder AddDomainKit(this ModelConfigurationBuilder builder, IEnumerable<Assembly> assemblies, DomainKitMapping mapping, params Type[] entities)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.DateTimeOffsetAsText)
        {
            builder.Properties<DateTimeOffset>().HaveConversion<IsoDateTimeOffsetConverter>();
            builder.Properties<DateTimeOffset?>().HaveConversion<IsoDateTimeOffsetConverter>();
        }
        var generated = assemblies.SelectMany(a => a.GetTypes()).Where(IsGenerated).ToList();
        var collections = new HashSet<Type>();
        foreach (var type in generated)
        {
            if (DomainValueOf(type) is { } primitive)
            {
                builder.Properties(type).HaveConversion(primitive == typeof(Uri) ? Generic(typeof(UriValueConverter<>), type) : Generic(typeof(DomainValueConverter<,>), type, primitive));
                continue;
            }
            if (type.IsEnum)
            {
                if (TextFormsOf(type) is { } text) builder.Properties(type).HaveConversion(Generic(typeof(WireNameConverter<,>), type, text));
                continue;
            }
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (IsValueCollection(property.PropertyType)) collections.Add(property.PropertyType);
            }
            if (!entities.Contains(type) && !type.IsNested) MapToJson(builder, type, mapping);
        }
        foreach (var collection in collections.OrderBy(t => t.FullName, StringComparer.Ordinal)) MapToJson(builder, collection, mapping);
        return builder;
    }

    /// <inheritdoc cref="AddDomainKit(ModelConfigurationBuilder, IEnumerable{Assembly}, Type[])" />
    public static ModelConfigurationBuilder AddDomainKit(this ModelConfigurationBuilder builder, Assembly assembly, params Type[] entities) =>
        builder.AddDomainKit(new[] { assembly }, entities);

    /// <inheritdoc cref="AddDomainKit(ModelConfigurationBuilder, IEnumerable{Assembly}, DomainKitMapping, Type[])" />
    public static ModelConfigurationBuilder AddDomainKit(this ModelConfigurationBuilder builder, Assembly assembly, DomainKitMapping mapping, params Type[] entities) =>
        builder.AddDomainKit(new[] { assembly }, mapping, entities);

    private static void MapToJson(ModelConfigurationBuilder builder, Type type, DomainKitMapping mapping)
    {
        var properties = builder.Properties(type).HaveConversion(Generic(typeof(JsonColumnConverter<>), type), Generic(typeof(JsonColumnComparer<>), type));
        if (mapping.JsonColumnType is { } columnType) properties.HaveColumnType(columnType);
    }

    /// <summary>A generated record, union, value type or enum (not an enum's generated JSON converter).</summary>
    private static bool IsGenerated(Type type) =>
        type.GetCustomAttribute<GeneratedCodeAttribute>() is { Tool: "DomainKit" } && !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(type);

    /// <summary>The primitive of a generated value type (an <see cref="IDomainValue{TSelf, TValue}"/>); null for other types.</summary>
    private static Type? DomainValueOf(Type type) => type.GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainValue<,>))?.GetGenericArguments()[1];

    /// <summary>A generated enum's converter, which is its <see cref="IDomainEnum{TEnum}"/>; null for another enum.</summary>
    private static Type? TextFormsOf(Type type) =>
        type.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>()?.ConverterType is { } converter
        && typeof(IDomainEnum<>).MakeGenericType(type).IsAssignableFrom(converter) ? converter : null;

    internal static bool IsValueCollection(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition &&
        (definition == typeof(ValueList<>) || definition == typeof(ValueSet<>) || definition == typeof(ValueMap<>));

    private static Type Generic(Type definition, params Type[] arguments) => definition.MakeGenericType(arguments);
}


namespace DomainKit.Schema.Emitting;

/// <summary>
/// <c>public readonly partial record struct V</c> wrapping one primitive <c>Value</c>; created through
/// <c>From</c> (throws when invalid) or <c>TryFrom</c> (never throws).
/// </summary>
internal static class ValueEmitter
{
    public static void Emit(IndentedWriter writer, TypeSpec type)
    {
        var wrapped = type.Wrapped!;
        var primitive = wrapped.Type.CSharpType;
        var name = type.Name;
        SourceEmitter.WriteTypeHeader(writer, type);
        var comparable = PrimitiveCatalog.Of(wrapped.Type.Primitive) is { IsComparable: true };
        writer.Open($"public readonly partial record struct {name} : {JsonEmitter.DocumentInterface(type)}, global::DomainKit.IDomainValue<{name}, {primitive}>, global::System.ISpanParsable<{name}>"
            + (comparable ? $", global::System.IComparable<{name}>" : ""));
        writer.Block($$"""
            private {{name}}({{primitive}} value)
            {
                Value = value;
            }

            /// <summary>The wrapped value.</summary>
            public {{primitive}} Value { get; }

            /// <summary>Wraps <paramref name="value"/>; throws <see cref="global::DomainKit.DomainValidationException"/> listing every problem when it is invalid.</summary>
            public static {{name}} From({{primitive}} value)
            {
                var candidate = new {{name}}(value);
                var result = candidate.Validate();
                return result.IsValid ? candidate : throw new global::DomainKit.DomainValidationException(result);
            }

            /// <summary>Wraps <paramref name="input"/> when it is valid; never throws. <paramref name="result"/> lists every problem.</summary>
            public static bool TryFrom({{primitive}} input, out {{name}} value, out global::DomainKit.ValidationResult result)
            {
                var candidate = new {{name}}(input);
                result = candidate.Validate();
                value = result.IsValid ? candidate : default;
                return result.IsValid;
            }

            """);
        ValidationEmitter.EmitValidate(writer, name);
        ValidationEmitter.EmitValueCore(writer, wrapped);
        ValidationEmitter.EmitPatterns(writer, new[] { wrapped });
        writer.Line();
        JsonEmitter.EmitValue(writer, type);
        JsonSchemaEmitter.Emit(writer, type);
        EmitText(writer, name, primitive, comparable ? Comparison(wrapped.Type.Primitive) : null);
        writer.Close();
    }

    /// <summary>Text in and out (route and query binding): parsing validates; <c>ToString</c> gives back what <c>Parse</c> reads.</summary>
    private static void EmitText(IndentedWriter writer, string name, string primitive, string? comparison)
    {
        const string Text = "global::DomainKit.Runtime.ValueText";
        writer.Block($$"""

            /// <summary>The value as text (invariant culture), the form <see cref="Parse(string, global::System.IFormatProvider?)"/> reads.</summary>
            public override string ToString() => {{Text}}.Format(Value);

            /// <summary>Reads and checks text; a <see cref="global::System.FormatException"/> when it is not {{CSharpText(primitive)}} text, a <see cref="global::DomainKit.DomainValidationException"/> when it breaks a constraint.</summary>
            public static {{name}} Parse(global::System.ReadOnlySpan<char> s, global::System.IFormatProvider? provider = null) =>
                {{Text}}.TryParse(s, out {{primitive}} parsed) ? From(parsed) : throw {{Text}}.NotParsed(s, "{{name}}", "{{CSharpText(primitive)}}");

            /// <inheritdoc cref="Parse(global::System.ReadOnlySpan{char}, global::System.IFormatProvider?)" />
            public static {{name}} Parse(string s, global::System.IFormatProvider? provider = null) => Parse(global::System.MemoryExtensions.AsSpan(s ?? throw new global::System.ArgumentNullException(nameof(s))), provider);

            /// <summary>Reads text that parses and keeps every constraint; never throws.</summary>
            public static bool TryParse(global::System.ReadOnlySpan<char> s, global::System.IFormatProvider? provider, out {{name}} result)
            {
                result = default;
                return {{Text}}.TryParse(s, out {{primitive}} parsed) && TryFrom(parsed, out result, out _);
            }

            /// <inheritdoc cref="TryParse(global::System.ReadOnlySpan{char}, global::System.IFormatProvider?, out {{name}})" />
            public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, global::System.IFormatProvider? provider, out {{name}} result)
            {
                result = default;
                return s is not null && TryParse(global::System.MemoryExtensions.AsSpan(s), provider, out result);
            }
            """);
        if (comparison is null) return;
        writer.Block($$"""

            /// <inheritdoc />
            public int CompareTo({{name}} other) => {{comparison}};
            """);
    }

    private static string Comparison(PrimitiveKind primitive) => primitive == PrimitiveKind.String
        ? "string.CompareOrdinal(Value, other.Value)"
        : "Value.CompareTo(other.Value)";

    private static string CSharpText(string primitive) => primitive.Replace("global::System.", "");
}

using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Emitting;

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
        writer.Open($"public readonly partial record struct {name} : {JsonEmitter.DocumentInterface(type)}");
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
        writer
            .Line()
            .Line("/// <inheritdoc />")
            .Line(ToStringBody(wrapped.Type))
            .Close();
    }

    private static string ToStringBody(FieldTypeSpec wrapped) => wrapped.Primitive switch
    {
        PrimitiveKind.String => "public override string ToString() => Value ?? string.Empty;",
        PrimitiveKind.Uri => "public override string ToString() => Value?.ToString() ?? string.Empty;",
        _ => "public override string ToString() => global::System.FormattableString.Invariant($\"{Value}\");",
    };
}

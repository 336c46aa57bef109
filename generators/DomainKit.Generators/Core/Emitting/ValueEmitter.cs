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
        writer.Open("public readonly partial record struct " + name);
        writer.Open($"private {name}({primitive} value)")
            .Line("Value = value;")
            .Close()
            .Line()
            .Line("/// <summary>The wrapped value.</summary>")
            .Line($"public {primitive} Value {{ get; }}")
            .Line()
            .Line("/// <summary>Wraps <paramref name=\"value\"/>; throws <see cref=\"global::DomainKit.DomainValidationException\"/> listing every problem when it is invalid.</summary>")
            .Open($"public static {name} From({primitive} value)")
            .Line($"var candidate = new {name}(value);")
            .Line("var result = candidate.Validate();")
            .Line("return result.IsValid ? candidate : throw new global::DomainKit.DomainValidationException(result);")
            .Close()
            .Line()
            .Line("/// <summary>Wraps <paramref name=\"input\"/> when it is valid; never throws. <paramref name=\"result\"/> lists every problem.</summary>")
            .Open($"public static bool TryFrom({primitive} input, out {name} value, out global::DomainKit.ValidationResult result)")
            .Line($"var candidate = new {name}(input);")
            .Line("result = candidate.Validate();")
            .Line("value = result.IsValid ? candidate : default;")
            .Line("return result.IsValid;")
            .Close()
            .Line();
        ValidationEmitter.EmitValidate(writer, name);
        ValidationEmitter.EmitValueCore(writer, wrapped);
        ValidationEmitter.EmitPatterns(writer, new[] { wrapped });
        writer.Line();
        JsonEmitter.EmitValue(writer, type);
        writer
            .Line("/// <inheritdoc />")
            .Line(ToStringBody(wrapped.Type))
            .Close();
    }

    private static string ToStringBody(TypeRefSpec wrapped) => wrapped.Primitive switch
    {
        PrimitiveKind.String => "public override string ToString() => Value ?? string.Empty;",
        PrimitiveKind.Uri => "public override string ToString() => Value?.ToString() ?? string.Empty;",
        _ => "public override string ToString() => global::System.FormattableString.Invariant($\"{Value}\");",
    };
}

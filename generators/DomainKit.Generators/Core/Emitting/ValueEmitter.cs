using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Emitting;

/// <summary><c>public readonly partial record struct V</c> wrapping one primitive <c>Value</c>.</summary>
internal static class ValueEmitter
{
    public static void Emit(IndentedWriter writer, TypeSpec type)
    {
        var wrapped = type.Wrapped!.Type.CSharpType;
        SourceEmitter.WriteTypeHeader(writer, type);
        writer.Open("public readonly partial record struct " + type.Name);
        writer.Open($"private {type.Name}({wrapped} value)")
            .Line("Value = value;")
            .Close()
            .Line()
            .Line("/// <summary>The wrapped value.</summary>")
            .Line($"public {wrapped} Value {{ get; }}")
            .Line()
            .Line($"/// <summary>Wraps <paramref name=\"value\"/>.</summary>")
            .Line($"public static {type.Name} From({wrapped} value) => new {type.Name}(value);")
            .Line()
            .Line("/// <inheritdoc />")
            .Line(ToStringBody(type.Wrapped.Type))
            .Close();
    }

    private static string ToStringBody(TypeRefSpec wrapped) => wrapped.Primitive switch
    {
        PrimitiveKind.String => "public override string ToString() => Value ?? string.Empty;",
        PrimitiveKind.Uri => "public override string ToString() => Value?.ToString() ?? string.Empty;",
        _ => "public override string ToString() => global::System.FormattableString.Invariant($\"{Value}\");",
    };
}

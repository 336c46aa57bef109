using System.Linq;

namespace DomainKit.Schema.Emitting;

/// <summary>
/// <c>public abstract partial record U</c> with the shared fields, <c>Match</c>/<c>Switch</c>, validation and JSON,
/// and one nested <c>sealed partial record</c> per variant. Its abstract members are internal, so nothing
/// outside the assembly can derive from it: the variants are all there are.
/// </summary>
internal static class UnionEmitter
{
    private const string Sink = ValidationEmitter.Sink;

    public static void Emit(IndentedWriter writer, TypeSpec type)
    {
        SourceEmitter.WriteTypeHeader(writer, type);
        writer.Open($"public abstract partial record {type.Name} : {JsonEmitter.DocumentInterface(type)}")
            .Line("// Only the nested variants can call this; other assemblies cannot override the internal abstract members either.")
            .Line($"private {type.Name}()")
            .Line("{")
            .Line("}")
            .Line();
        foreach (var property in type.Properties)
        {
            RecordEmitter.WriteProperty(writer, property);
            writer.Line();
        }
        EmitMatch(writer, type);
        ValidationEmitter.EmitValidate(writer, type.Name);
        writer.Line()
            .Line("/// <summary>Validation core of the variant: the shared fields and rules, then its own.</summary>")
            .Line($"internal abstract bool ValidateCore({Sink}? sink, string path, string name);");
        if (ValidationEmitter.HasChecks(type.Properties, type.Rules))
            ValidationEmitter.EmitRecordCore(writer, type.Properties, type.Rules, $"private protected bool ValidateSharedCore({Sink}? sink, string path, string name)", before: null);
        if (ValidationEmitter.HasOwnChecks(type.Properties, type.Rules))
            ValidationEmitter.EmitOwnCheck(writer, type.Properties, type.Rules, $"private protected bool {SharedOwnCheck}()", before: null);
        ValidationEmitter.EmitPatterns(writer, type.Properties);
        RuleEmitter.EmitMethods(writer, type.Rules);
        writer.Line();
        ReferenceEmitter.EmitUnion(writer, type);
        JsonEmitter.EmitUnion(writer, type);
        JsonSchemaEmitter.Emit(writer, type);
        foreach (var variant in type.Variants) EmitVariant(writer, type, variant);
        writer.Close();
    }

    private const string SharedOwnCheck = "HoldsSharedConstraints";

    /// <summary>Whether a variant's reader has anything to check of what it read: its own fields and rules, or the shared ones.</summary>
    public static bool HasOwnChecks(TypeSpec union, VariantSpec variant) =>
        ValidationEmitter.HasOwnChecks(variant.Properties, variant.Rules) || ValidationEmitter.HasOwnChecks(union.Properties, union.Rules);

    private static void EmitVariant(IndentedWriter writer, TypeSpec union, VariantSpec variant)
    {
        writer.Line();
        DocComments.Write(writer, variant.Doc);
        DocComments.WriteObsolete(writer, variant.Obsolete);
        writer.Open($"public sealed partial record {variant.Name} : {union.Name}");
        for (var i = 0; i < variant.Properties.Count; i++)
        {
            if (i > 0) writer.Line();
            RecordEmitter.WriteProperty(writer, variant.Properties[i]);
        }
        var shared = ValidationEmitter.HasChecks(union.Properties, union.Rules) ? "ValidateSharedCore(sink, path, name)" : null;
        ValidationEmitter.EmitRecordCore(writer, variant.Properties, variant.Rules, $"internal override bool ValidateCore({Sink}? sink, string path, string name)", before: shared);
        if (HasOwnChecks(union, variant))
        {
            var sharedOwn = ValidationEmitter.HasOwnChecks(union.Properties, union.Rules) ? SharedOwnCheck + "()" : null;
            ValidationEmitter.EmitOwnCheck(writer, variant.Properties, variant.Rules, $"internal bool {ValidationEmitter.OwnCheck}()", before: sharedOwn);
        }
        ValidationEmitter.EmitPatterns(writer, variant.Properties);
        RuleEmitter.EmitMethods(writer, variant.Rules);
        writer.Line();
        ReferenceEmitter.EmitVariant(writer, variant);
        JsonEmitter.EmitVariant(writer, union, variant);
        writer.Close();
    }

    /// <summary>
    /// <c>Match</c> and <c>Switch</c>, one argument per variant in schema order (adding a variant breaks every call
    /// that does not handle it), each also with a state argument so a caller need not capture.
    /// </summary>
    private static void EmitMatch(IndentedWriter writer, TypeSpec type)
    {
        var variants = type.Variants.Select(v => (v.Name, Parameter: Parameter(v.Name))).ToList();
        var notAVariant = $"throw new global::System.InvalidOperationException(\"Not a variant of {type.Name}: \" + GetType())";
        var unreachable = $"_ => {notAVariant},";
        writer.Line("/// <summary>Calls the function for this value's variant and returns what it returns.</summary>")
            .Line($"public TResult Match<TResult>({string.Join(", ", variants.Select(v => $"global::System.Func<{v.Name}, TResult> {v.Parameter}"))}) => this switch")
            .Line("{");
        foreach (var (name, parameter) in variants) writer.Line($"    {name} value => {parameter}(value),");
        writer.Line("    " + unreachable).Line("};").Line();
        writer.Line("/// <summary>Calls the function for this value's variant with <paramref name=\"state\"/>, so the caller need not capture it.</summary>")
            .Line($"public TResult Match<TState, TResult>(TState state, {string.Join(", ", variants.Select(v => $"global::System.Func<TState, {v.Name}, TResult> {v.Parameter}"))}) => this switch")
            .Line("{");
        foreach (var (name, parameter) in variants) writer.Line($"    {name} value => {parameter}(state, value),");
        writer.Line("    " + unreachable).Line("};").Line();
        writer.Line("/// <summary>Calls the action for this value's variant.</summary>")
            .Open($"public void Switch({string.Join(", ", variants.Select(v => $"global::System.Action<{v.Name}> {v.Parameter}"))})")
            .Open("switch (this)");
        foreach (var (name, parameter) in variants) writer.Line($"case {name} value: {parameter}(value); break;");
        writer.Line($"default: {notAVariant};");
        writer.Close().Close().Line();
        writer.Line("/// <summary>Calls the action for this value's variant with <paramref name=\"state\"/>, so the caller need not capture it.</summary>")
            .Open($"public void Switch<TState>(TState state, {string.Join(", ", variants.Select(v => $"global::System.Action<TState, {v.Name}> {v.Parameter}"))})")
            .Open("switch (this)");
        foreach (var (name, parameter) in variants) writer.Line($"case {name} value: {parameter}(state, value); break;");
        writer.Line($"default: {notAVariant};");
        writer.Close().Close().Line();
    }

    private static string Parameter(string variant)
    {
        var camel = char.ToLowerInvariant(variant[0]) + variant.Substring(1);
        if (camel is "state" or "value") return camel + "Variant";
        return CSharpKeywords.Contains(camel) ? "@" + camel : camel;
    }
}

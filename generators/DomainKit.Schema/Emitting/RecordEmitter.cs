
namespace DomainKit.Schema.Emitting;

/// <summary><c>public sealed partial record T</c>: one init-only property per field, then validation.</summary>
internal static class RecordEmitter
{
    public static void Emit(IndentedWriter writer, TypeSpec type)
    {
        SourceEmitter.WriteTypeHeader(writer, type);
        writer.Open($"public sealed partial record {type.Name} : {JsonEmitter.DocumentInterface(type)}");
        foreach (var property in type.Properties)
        {
            WriteProperty(writer, property);
            writer.Line();
        }
        ValidationEmitter.EmitValidate(writer, type.Name);
        ValidationEmitter.EmitRecordCore(writer, type);
        if (ValidationEmitter.HasOwnChecks(type.Properties, type.Rules))
            ValidationEmitter.EmitOwnCheck(writer, type.Properties, type.Rules, $"internal bool {ValidationEmitter.OwnCheck}()", before: null);
        ValidationEmitter.EmitPatterns(writer, type.Properties);
        RuleEmitter.EmitMethods(writer, type.Rules);
        writer.Line();
        ReferenceEmitter.EmitRecord(writer, type.Properties);
        JsonEmitter.EmitRecord(writer, type);
        JsonSchemaEmitter.Emit(writer, type);
        writer.Close();
    }

    internal static void WriteProperty(IndentedWriter writer, PropertySpec property)
    {
        DocComments.Write(writer, property.Doc);
        DocComments.WriteObsolete(writer, property.Obsolete);
        if (property.Type.ReferenceWithin is { } target) writer.Line($"[global::DomainKit.References(typeof({target}))]");
        var required = property.IsRequired ? "required " : "";
        var initializer = property.DefaultExpression is null ? "" : $" = {property.DefaultExpression};";
        writer.Line($"public {required}{property.Type.CSharpDeclaration} {property.PropertyName} {{ get; init; }}{initializer}");
    }
}

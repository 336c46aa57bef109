using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Emitting;

/// <summary>
/// <c>VisitReferences</c>: every <c>ref&lt;T&gt;</c> value reachable from a record or union, with its JSON Pointer,
/// target type and key, to a struct visitor — plain loops, no allocation. Records and unions all have it, so a
/// nested one can always be walked into.
/// </summary>
internal static class ReferenceEmitter
{
    private const string Visitor = "global::DomainKit.IReferenceVisitor";
    private const string Path = "global::DomainKit.ReferencePath";

    /// <summary>The public entry point and, for a record, its walk.</summary>
    public static void EmitRecord(IndentedWriter writer, IReadOnlyList<PropertySpec> properties)
    {
        EmitEntry(writer);
        EmitWalk(writer, "internal void VisitReferencesCore<TVisitor>(ref TVisitor visitor, " + Path + " path) where TVisitor : " + Visitor, properties, before: null);
    }

    /// <summary>A union's base: the entry point, the abstract walk, and the shared fields' walk.</summary>
    public static void EmitUnion(IndentedWriter writer, TypeSpec union)
    {
        EmitEntry(writer);
        writer.Line($"internal abstract void VisitReferencesCore<TVisitor>(ref TVisitor visitor, {Path} path) where TVisitor : {Visitor};").Line();
        EmitWalk(writer, $"private protected void VisitSharedReferences<TVisitor>(ref TVisitor visitor, {Path} path) where TVisitor : {Visitor}", union.Properties, before: null);
    }

    public static void EmitVariant(IndentedWriter writer, VariantSpec variant) =>
        EmitWalk(writer, $"internal override void VisitReferencesCore<TVisitor>(ref TVisitor visitor, {Path} path)", variant.Properties, before: "VisitSharedReferences(ref visitor, path);");

    private static void EmitEntry(IndentedWriter writer) => writer.Block($$"""
        /// <summary>Calls <paramref name="visitor"/> for every reference (<c>ref&lt;T&gt;</c>) in this value and everything it holds, with its JSON Pointer, target type and key.</summary>
        public void VisitReferences<TVisitor>(ref TVisitor visitor) where TVisitor : {{Visitor}}
        {
            var root = {{Path}}.Root();
            VisitReferencesCore(ref visitor, root);
            root.Release();
        }

        """);

    private static void EmitWalk(IndentedWriter writer, string signature, IReadOnlyList<PropertySpec> properties, string? before)
    {
        var walked = properties.Where(p => MayHoldReferences(p.Type)).ToList();
        if (walked.Count == 0 && before is null)
        {
            writer.Line(signature + " { }").Line();
            return;
        }
        writer.Open(signature);
        if (before is not null) writer.Line(before);
        var locals = new LocalNames();
        foreach (var property in walked)
        {
            Walk(writer, property.Type, property.PropertyName, $"path.Property({CSharpLiteral.String(property.WireName)})", locals);
        }
        writer.Close().Line();
    }

    /// <summary>A reference itself, a record or union (which may hold some), or a collection of either.</summary>
    private static bool MayHoldReferences(FieldTypeSpec type) =>
        type.Reference is not null || type.Kind == FieldTypeKind.Record || (type.Element is { } element && MayHoldReferences(element));

    private static void Walk(IndentedWriter writer, FieldTypeSpec type, string value, string path, LocalNames locals)
    {
        if (type.Reference is not null)
        {
            var key = locals.Next("key");
            if (type.Optional) writer.Line($"if ({value} is {{ }} {key}) visitor.Visit({path}, typeof({type.Reference}), {key});");
            else writer.Line($"visitor.Visit({path}, typeof({type.Reference}), {value});");
            return;
        }
        if (type.Kind == FieldTypeKind.Record)
        {
            writer.Line($"{value}?.VisitReferencesCore(ref visitor, {path});");
            return;
        }
        var collection = type.Optional ? $"{value}.GetValueOrDefault()" : value;
        var element = type.Element!;
        if (type.Kind == FieldTypeKind.Map)
        {
            var (keys, values, index) = (locals.Next("keys"), locals.Next("values"), locals.Next("i"));
            writer.Line($"var {keys} = {collection}.KeySpan;")
                .Line($"var {values} = {collection}.ValueSpan;")
                .Open($"for (var {index} = 0; {index} < {values}.Length; {index}++)");
            Walk(writer, element, $"{values}[{index}]", $"{path}.Key({keys}[{index}])", locals);
            writer.Close();
            return;
        }
        var (items, itemIndex) = (locals.Next("items"), locals.Next("i"));
        writer.Line($"var {items} = {collection}.AsSpan();")
            .Open($"for (var {itemIndex} = 0; {itemIndex} < {items}.Length; {itemIndex}++)");
        Walk(writer, element, $"{items}[{itemIndex}]", $"{path}.Index({itemIndex})", locals);
        writer.Close();
    }
}

using System.Linq;
using DomainKit.Generators.Core.Diagnostics;
using DomainKit.Generators.Core.Model;

namespace DomainKit.Generators.Core.Checking;

/// <summary>Turns a type scalar into a <see cref="TypeRefSpec"/>, reporting unknown names with a suggestion.</summary>
internal sealed class TypeResolver
{
    private readonly TypeTable _table;
    private readonly DiagnosticBag _diagnostics;

    public TypeResolver(TypeTable table, DiagnosticBag diagnostics)
    {
        _table = table;
        _diagnostics = diagnostics;
    }

    public TypeRefSpec? Resolve(FieldDeclaration field)
    {
        var (type, parsed) = (field.Type, field.ParsedType);
        if (parsed.Expression is null)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidTypeExpression, Within(type, parsed.ErrorOffset, 1), type.Text, parsed.Error ?? "malformed");
            return null;
        }
        return Resolve(type, parsed.Expression);
    }

    private TypeRefSpec? Resolve(Scalar source, TypeExpression expression)
    {
        var name = expression.Name;
        if (System.Array.IndexOf(Primitives.CollectionNames, name) >= 0) return ResolveCollection(source, expression);
        if (expression.Arguments.Count > 0)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidTypeExpression, Within(source, expression), source.Text,
                $"'{name}' takes no type arguments; only list, set and map do");
            return null;
        }
        if (Primitives.TryGet(name, out var primitive, out var csharp))
            return new TypeRefSpec(TypeRefKind.Primitive, primitive, csharp, expression.Optional, null);
        if (_table.TryGet(name, out var entry))
        {
            var kind = entry.Kind switch
            {
                TypeKind.Record => TypeRefKind.Record,
                TypeKind.Enum => TypeRefKind.Enum,
                _ => TypeRefKind.Value,
            };
            return new TypeRefSpec(kind, entry.Wrapped, entry.FullName, expression.Optional, null, entry.Name);
        }
        var suggestion = NameSuggester.Closest(name, _table.Names.Concat(Primitives.Names).Concat(Primitives.CollectionNames));
        _diagnostics.Report(DiagnosticCatalog.UnknownType, Within(source, expression), name,
            suggestion is null ? "" : $"; did you mean '{suggestion}'?");
        return null;
    }

    private TypeRefSpec? ResolveCollection(Scalar source, TypeExpression expression)
    {
        if (expression.Arguments.Count != 1)
        {
            var hint = expression.Name == "map" ? "; map keys are always strings, so write map<ValueType>" : "";
            _diagnostics.Report(DiagnosticCatalog.InvalidTypeExpression, Within(source, expression), source.Text,
                $"'{expression.Name}' takes exactly one type argument{hint}");
            return null;
        }
        var element = Resolve(source, expression.Arguments[0]);
        if (element is null) return null;
        var (kind, wrapper) = expression.Name switch
        {
            "list" => (TypeRefKind.List, "global::DomainKit.ValueList"),
            "set" => (TypeRefKind.Set, "global::DomainKit.ValueSet"),
            _ => (TypeRefKind.Map, "global::DomainKit.ValueMap"),
        };
        return new TypeRefSpec(kind, PrimitiveKind.None, $"{wrapper}<{element.CSharpDeclaration}>", expression.Optional, element);
    }

    private static SourceSpan Within(Scalar source, TypeExpression expression) => Within(source, expression.Offset, expression.Length);

    // Positions inside a plain scalar map one to one onto the text; inside a quoted one, point at the whole scalar.
    private static SourceSpan Within(Scalar source, int offset, int length) =>
        source.IsPlain && source.Span.StartLine == source.Span.EndLine ? source.Span.Slice(offset, length) : source.Span;
}

using System.Linq;

namespace DomainKit.Schema.Checking;

/// <summary>Turns a field's <see cref="TypeSyntax"/> into a <see cref="FieldTypeSpec"/>, reporting unknown names with a suggestion.</summary>
internal sealed class TypeResolver
{
    private readonly TypeIndex _index;
    private readonly DiagnosticBag _diagnostics;

    public TypeResolver(TypeIndex index, DiagnosticBag diagnostics)
    {
        _index = index;
        _diagnostics = diagnostics;
    }

    public FieldTypeSpec? Resolve(TypeSyntax syntax)
    {
        if (syntax.Expression is null)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidTypeExpression, Within(syntax.Source, syntax.ErrorOffset, 1), syntax.Text, syntax.Error ?? "malformed");
            return null;
        }
        return Resolve(syntax.Source, syntax.Expression);
    }

    public FieldTypeSpec? Resolve(Scalar source, TypeExpression expression)
    {
        var name = expression.Name;
        if (name == "ref") return ResolveReference(source, expression);
        if (System.Array.IndexOf(PrimitiveCatalog.CollectionNames, name) >= 0) return ResolveCollection(source, expression);
        var primitive = PrimitiveCatalog.Find(name);
        var declared = _index.TryGet(name, out var indexed);
        if (primitive is null && !declared)
        {
            // With type arguments the name was most likely meant as a collection ('lst<string>').
            var suggestion = expression.Arguments.Count > 0
                ? NameSuggester.Closest(name, PrimitiveCatalog.CollectionNames)
                : NameSuggester.Closest(name, _index.Names.Concat(PrimitiveCatalog.Names).Concat(PrimitiveCatalog.CollectionNames));
            _diagnostics.Report(DiagnosticCatalog.UnknownType, Within(source, expression), name,
                NameSuggester.Hint(suggestion));
            return null;
        }
        if (expression.Arguments.Count > 0)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidTypeExpression, Within(source, expression), source.Text,
                $"'{name}' takes no type arguments; only list, set and map do");
            return null;
        }
        if (primitive is not null)
            return new FieldTypeSpec { Kind = FieldTypeKind.Primitive, Primitive = primitive.Kind, CSharpType = primitive.CSharpType, Optional = expression.Optional };
        var kind = indexed.Kind switch
        {
            TypeKind.Record or TypeKind.Union => FieldTypeKind.Record,
            TypeKind.Enum => FieldTypeKind.Enum,
            _ => FieldTypeKind.Value,
        };
        return new FieldTypeSpec
        {
            Kind = kind,
            Primitive = indexed.Wrapped,
            CSharpType = indexed.FullName,
            Optional = expression.Optional,
            DeclaredName = indexed.Name,
        };
    }

    private FieldTypeSpec? ResolveCollection(Scalar source, TypeExpression expression)
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
            "list" => (FieldTypeKind.List, "global::DomainKit.ValueList"),
            "set" => (FieldTypeKind.Set, "global::DomainKit.ValueSet"),
            _ => (FieldTypeKind.Map, "global::DomainKit.ValueMap"),
        };
        return new FieldTypeSpec { Kind = kind, CSharpType = $"{wrapper}<{element.CSharpDeclaration}>", Optional = expression.Optional, Element = element };
    }

    /// <summary><c>ref&lt;T&gt;</c>: T's key's type, marked as referring to T.</summary>
    private FieldTypeSpec? ResolveReference(Scalar source, TypeExpression expression)
    {
        if (expression.Arguments.Count != 1 || expression.Arguments[0].Arguments.Count > 0 || expression.Arguments[0].Optional)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidTypeExpression, Within(source, expression), source.Text,
                "'ref' takes one record name, e.g. ref<Mission>; write ref<Mission>? for an optional reference");
            return null;
        }
        var target = expression.Arguments[0];
        if (!_index.TryGet(target.Name, out var indexed))
        {
            var suggestion = NameSuggester.Closest(target.Name, _index.Names);
            _diagnostics.Report(DiagnosticCatalog.UnknownType, Within(source, target), target.Name, NameSuggester.Hint(suggestion));
            return null;
        }
        if (indexed.KeyType is null)
        {
            var why = indexed.Kind != TypeKind.Record ? "it is not a record" : "it has no 'key:' naming a required field that is not a collection";
            _diagnostics.Report(DiagnosticCatalog.ReferenceToUnkeyed, Within(source, target), target.Name, why);
            return null;
        }
        var key = Resolve(source, indexed.KeyType);
        return key is null ? null : key with { Optional = expression.Optional, Reference = indexed.FullName };
    }

    private static SourceSpan Within(Scalar source, TypeExpression expression) => Within(source, expression.Offset, expression.Length);

    // Positions inside a plain scalar map one to one onto the text; inside a quoted one, point at the whole scalar.
    private static SourceSpan Within(Scalar source, int offset, int length) =>
        source.IsPlain && source.Span.StartLine == source.Span.EndLine ? source.Span.Slice(offset, length) : source.Span;
}

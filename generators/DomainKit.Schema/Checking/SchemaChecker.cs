using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Checking;

/// <summary>
/// Resolves and checks one parsed file against the compilation's type table, producing the specs to
/// emit and every diagnostic. A type with an invalid name, or owned by another file, is not emitted;
/// a field whose type cannot be resolved is left out, so one mistake gives one error, not a cascade.
/// </summary>
internal sealed partial class SchemaChecker
{
    private readonly ParsedSchema _schema;
    private readonly TypeIndex _index;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly TypeResolver _resolver;
    private readonly DefaultChecker _defaults;
    private readonly Dictionary<string, RecordShape> _shapes = new(StringComparer.Ordinal);

    private SchemaChecker(ParsedSchema schema, TypeIndex index, EquatableArray<RecordShape> shapes)
    {
        foreach (var shape in shapes.Concat(RecordShapes.Of(schema))) _shapes[shape.Name] = shape;
        _schema = schema;
        _index = index;
        _resolver = new TypeResolver(index, _diagnostics);
        _defaults = new DefaultChecker(index, _diagnostics);
    }

    /// <summary>
    /// <see cref="Check"/>, for hosts: the core is written not to throw, and this turns a bug into a DK9999 on the
    /// file (in the build, instead of Roslyn's CS8785 that drops every generated source).
    /// </summary>
    public static CheckedSchema CheckSafely(ParsedSchema schema, TypeIndex index, string defaultNamespace, EquatableArray<RecordShape> shapes = default) =>
        Contained.Run("check", () => Check(schema, index, defaultNamespace, shapes), e => new CheckedSchema
        {
            FilePath = schema.FilePath,
            Diagnostics = schema.Diagnostics.Concat(new[] { Contained.Bug(schema.FilePath, e) }).ToEquatableArray(),
        });

    /// <param name="shapes">The records (of other files) the file's rules can reach; see <see cref="RecordShapes.ReachableFrom"/>.</param>
    public static CheckedSchema Check(ParsedSchema schema, TypeIndex index, string defaultNamespace, EquatableArray<RecordShape> shapes = default)
    {
        var checker = new SchemaChecker(schema, index, shapes);
        checker._diagnostics.AddRange(schema.Diagnostics);
        var ns = NamespaceResolver.Resolve(schema.Namespace, defaultNamespace, checker._diagnostics);
        var specs = new List<TypeSpec>();
        foreach (var type in schema.Types)
        {
            if (checker.CheckType(type, ns) is { } spec) specs.Add(spec with { SourceFile = schema.FilePath });
        }
        return new CheckedSchema { FilePath = schema.FilePath, Types = specs.ToEquatableArray(), Diagnostics = checker._diagnostics.ToEquatableArray() };
    }

    private TypeSpec? CheckType(TypeDeclaration type, string ns)
    {
        var name = type.Name.Text;
        if (Naming.TypeNameProblem(name) is { } problem)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidName, type.Name.Span, name, "type", problem);
            return null;
        }
        const string ConverterSuffix = "JsonConverter";
        if (name.EndsWith(ConverterSuffix, StringComparison.Ordinal) &&
            _index.TryGet(name.Substring(0, name.Length - ConverterSuffix.Length), out var enumEntry) && enumEntry.Kind == TypeKind.Enum)
        {
            _diagnostics.Report(DiagnosticCatalog.NameClash, type.Name.Span, "Type", name, name, $"the JSON converter generated for enum '{enumEntry.Name}'");
            return null;
        }
        var owned = _index.TryGet(name, out var entry) && entry.OwnerFile == _schema.FilePath && entry.Kind == type.Kind;
        var spec = new TypeSpec
        {
            Name = name,
            Namespace = ns,
            Kind = type.Kind,
            Doc = type.Doc,
            Obsolete = Obsolete(type.Deprecated),
            UnknownFieldsError = _schema.UnknownFieldsError,
            Reserved = type.Reserved.Select(r => r.Text).ToEquatableArray(),
        };
        spec = type.Kind switch
        {
            TypeKind.Record => spec with { Properties = CheckFields(type, Naming.ReservedRecordMembers), Rules = RuleChecker.Check(type, Shape, _index, _diagnostics) },
            TypeKind.Enum => spec with { Members = CheckMembers(type) },
            TypeKind.Union => CheckUnion(type, spec),
            _ => spec with { Wrapped = CheckWrapped(type) },
        };
        if (type.Kind == TypeKind.Value && spec.Wrapped is null) return null;
        if (type.Kind == TypeKind.Union && spec.Variants.Count == 0) return null;
        if (type.Key is { } key) CheckKey(type, key);
        return owned ? spec : null;
    }

    private void CheckKey(TypeDeclaration type, Scalar key)
    {
        if (TypeIndexBuilder.KeyType(type) is not null) return;
        var field = type.Fields.FirstOrDefault(f => f.Name.Text == key.Text);
        var problem = type.Kind != TypeKind.Record ? "is not on a record"
            : field is null ? "names no field" + (NameSuggester.Closest(key.Text, type.Fields.Select(f => f.Name.Text)) is { } near ? $" (did you mean '{near}'?)" : "")
            : field.Type.Expression is null ? "names a field whose type does not parse"
            : field.Type.Expression.Optional ? $"names the optional field '{key.Text}'"
            : field.Default is not null ? $"names the field '{key.Text}', which has a default"
            : $"names the field '{key.Text}' of type '{field.Type.Text}'";
        _diagnostics.Report(DiagnosticCatalog.InvalidKey, key.Span, key.Text, type.Name.Text, problem);
    }

    private RecordShape? Shape(string name) => _shapes.TryGetValue(name, out var shape) ? shape : null;

    private EquatableArray<PropertySpec> CheckFields(TypeDeclaration type, HashSet<string> reserved)
    {
        var properties = new List<PropertySpec>();
        var memberNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var wireNames = new HashSet<string>(StringComparer.Ordinal);
        var reservedNames = new HashSet<string>(type.Reserved.Select(r => r.Text), StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var property = MemberName(field.Name, "field", memberNames, candidate =>
                candidate == type.Name.Text ? $"the name of its record '{candidate}'"
                : reserved.Contains(candidate) ? $"the generated member '{candidate}'"
                : null);
            if (property is null) continue;
            var wireName = field.WireName;
            if (reservedNames.Contains(wireName))
            {
                _diagnostics.Report(DiagnosticCatalog.ReservedNameUsed, field.WireNameOverride?.Span ?? field.Name.Span, wireName, type.Name.Text);
                continue;
            }
            if (!wireNames.Add(wireName))
            {
                _diagnostics.Report(DiagnosticCatalog.DuplicateWireName, field.WireNameOverride?.Span ?? field.Name.Span, wireName, type.Name.Text);
                continue;
            }
            var renamedFrom = new List<string>();
            foreach (var old in field.RenamedFrom)
            {
                if (reservedNames.Contains(old.Text)) _diagnostics.Report(DiagnosticCatalog.ReservedNameUsed, old.Span, old.Text, type.Name.Text);
                else if (!wireNames.Add(old.Text)) _diagnostics.Report(DiagnosticCatalog.DuplicateWireName, old.Span, old.Text, type.Name.Text);
                else renamedFrom.Add(old.Text);
            }
            if (CheckField(field, property, wireName) is { } spec) properties.Add(spec with { RenamedFrom = renamedFrom.ToEquatableArray() });
        }
        return properties.ToEquatableArray();
    }

    private PropertySpec? CheckField(FieldDeclaration field, string property, string wireName)
    {
        var type = _resolver.Resolve(field.Type);
        if (type is null) return null;
        var constraints = ConstraintChecker.Check(field.Constraints, type, field.Type.Text, _diagnostics);
        string? initializer = null;
        var hasDefault = false;
        if (field.Default is { } declared)
        {
            initializer = _defaults.Check(declared, type, field.Type.Text, constraints, out hasDefault);
        }
        var required = !type.Optional && !hasDefault;
        if (required && field.Deprecated is not null)
            _diagnostics.Report(DiagnosticCatalog.DeprecatedButRequired, field.Name.Span, field.Name.Text);
        return new PropertySpec
        {
            PropertyName = property,
            WireName = wireName,
            Type = type,
            IsRequired = required,
            DefaultExpression = initializer,
            Doc = field.Doc,
            Obsolete = Obsolete(field.Deprecated),
            Constraints = ConstraintChecker.ToSpecs(constraints),
        };
    }

    private EquatableArray<EnumMemberSpec> CheckMembers(TypeDeclaration type)
    {
        var members = new List<EnumMemberSpec>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var reserved = new HashSet<string>(type.Reserved.Select(r => r.Text), StringComparer.Ordinal);
        var wireNames = new HashSet<string>(type.Members.Select(m => m.Name.Text), StringComparer.Ordinal);
        foreach (var member in type.Members)
        {
            var wire = member.Name.Text;
            if (reserved.Contains(wire))
            {
                _diagnostics.Report(DiagnosticCatalog.ReservedNameUsed, member.Name.Span, wire, type.Name.Text);
                continue;
            }
            var name = MemberName(member.Name, "enum member", names, reservedClash: null);
            if (name is null) continue;
            var renamedFrom = new List<string>();
            foreach (var old in member.RenamedFrom)
            {
                if (reserved.Contains(old.Text)) _diagnostics.Report(DiagnosticCatalog.ReservedNameUsed, old.Span, old.Text, type.Name.Text);
                else if (!wireNames.Add(old.Text)) _diagnostics.Report(DiagnosticCatalog.DuplicateWireName, old.Span, old.Text, type.Name.Text);
                else renamedFrom.Add(old.Text);
            }
            members.Add(new EnumMemberSpec { Name = name, WireName = wire, Doc = member.Doc, RenamedFrom = renamedFrom.ToEquatableArray(), Obsolete = Obsolete(member.Deprecated) });
        }
        return members.ToEquatableArray();
    }

    private PropertySpec? CheckWrapped(TypeDeclaration type)
    {
        var wrapped = type.Wrapped!;
        var resolved = _resolver.Resolve(wrapped.Type);
        if (resolved is null) return null;
        if (resolved.Kind != FieldTypeKind.Primitive || resolved.Optional)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidValueType, wrapped.Type.Source.Span, type.Name.Text, wrapped.Type.Text);
            return null;
        }
        var constraints = ConstraintChecker.Check(wrapped.Constraints, resolved, wrapped.Type.Text, _diagnostics);
        return new PropertySpec
        {
            PropertyName = "Value",
            WireName = "value",
            Type = resolved,
            IsRequired = true,
            Constraints = ConstraintChecker.ToSpecs(constraints),
        };
    }

    /// <summary>
    /// The C# member name for a field or enum member, or null (with DK0007 or DK0008 reported) when
    /// the schema name is invalid or its PascalCase form is reserved or already taken.
    /// </summary>
    private string? MemberName(Scalar name, string what, Dictionary<string, string> taken, Func<string, string?>? reservedClash)
    {
        if (Naming.MemberNameProblem(name.Text) is { } problem)
        {
            _diagnostics.Report(DiagnosticCatalog.InvalidName, name.Span, name.Text, what, problem);
            return null;
        }
        var member = Naming.ToPascalCase(name.Text);
        var clash = reservedClash?.Invoke(member) ?? (taken.TryGetValue(member, out var other) ? $"{what} '{other}'" : null);
        if (clash is not null)
        {
            var subject = char.ToUpperInvariant(what[0]) + what.Substring(1);
            _diagnostics.Report(DiagnosticCatalog.NameClash, name.Span, subject, name.Text, member, clash);
            return null;
        }
        taken[member] = name.Text;
        return member;
    }

    private static string? Obsolete(Deprecation? deprecation) => deprecation is null ? null : deprecation.Message ?? "";
}

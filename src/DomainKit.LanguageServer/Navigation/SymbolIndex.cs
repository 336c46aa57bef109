using DomainKit.Schema.Model;

namespace DomainKit.LanguageServer.Navigation;

/// <summary>
/// Every occurrence of every symbol in a project's current schema files (not the baseline's): type names where they
/// are declared and in type expressions (<c>ref&lt;T&gt;</c>, generics), fields where declared, in <c>key:</c>, in
/// rules (<c>a.b</c> through records, macro variables followed), <c>require</c>/<c>forbid</c> and <c>path</c>; enum
/// members where declared, in <c>default:</c> and in rules; union variants where declared.
/// </summary>
internal sealed class SymbolIndex
{
    private static readonly HashSet<string> Macros = new(StringComparer.Ordinal) { "all", "exists", "unique" };

    private readonly Dictionary<string, TypeDeclaration> _types = new(StringComparer.Ordinal);
    private readonly List<Occurrence> _occurrences = new();

    public SymbolIndex(IEnumerable<ParsedSchema> files)
    {
        var list = files.ToList();
        foreach (var type in list.SelectMany(f => f.Types)) _types.TryAdd(type.Name.Text, type);
        foreach (var type in list.SelectMany(f => f.Types)) AddType(type);
    }

    public IReadOnlyList<Occurrence> Occurrences => _occurrences;

    public TypeDeclaration? TypeNamed(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public IEnumerable<TypeDeclaration> Types => _types.Values;

    public Occurrence? At(string path, int line, int character) =>
        _occurrences.Where(o => o.Contains(path, line, character)).OrderBy(o => o.Span.EndOffset - o.Span.StartOffset).FirstOrDefault();

    public IEnumerable<Occurrence> Of(Symbol symbol) => _occurrences.Where(o => o.Symbol == symbol);

    /// <summary>A field's declaration (a variant's own fields first, then the union's shared ones).</summary>
    public (Symbol Symbol, FieldDeclaration Field)? FieldOf(string owner, string name)
    {
        var slash = owner.IndexOf('/', StringComparison.Ordinal);
        var typeName = slash < 0 ? owner : owner[..slash];
        if (TypeNamed(typeName) is not { } type) return null;
        if (slash >= 0 && type.Union?.Variants.FirstOrDefault(v => v.Name.Text == owner[(slash + 1)..]) is { } variant
            && variant.Fields.FirstOrDefault(f => f.Name.Text == name) is { } own)
            return (new Symbol(SymbolKind.Field, owner, name), own);
        return type.Fields.FirstOrDefault(f => f.Name.Text == name) is { } field ? (new Symbol(SymbolKind.Field, typeName, name), field) : null;
    }

    /// <summary>The record or union a field's values are (through <c>?</c>, <c>list</c>, <c>set</c>, <c>map</c>), or null.</summary>
    public string? RecordOf(TypeExpression? expression)
    {
        while (expression is { Name: "list" or "set" or "map" } && expression.Arguments.Count == 1) expression = expression.Arguments[0];
        return expression is not null && TypeNamed(expression.Name) is { Kind: TypeKind.Record or TypeKind.Union } ? expression.Name : null;
    }

    private void Add(Symbol symbol, SourceSpan? span, bool declaration = false)
    {
        if (span is not null) _occurrences.Add(new Occurrence(symbol, span, declaration));
    }

    private void AddType(TypeDeclaration type)
    {
        var name = type.Name.Text;
        Add(Symbol.Type(name), ScalarSpans.Text(type.Name), declaration: true);
        AddFields(name, type.Fields);
        if (type.Wrapped is { } wrapped) AddTypeExpression(wrapped.Type);
        foreach (var member in type.Members) Add(new Symbol(SymbolKind.EnumMember, name, member.Name.Text), ScalarSpans.Text(member.Name), declaration: true);
        if (type.Key is { } key) Add(new Symbol(SymbolKind.Field, name, key.Text), ScalarSpans.Text(key));
        AddRules(name, type.Rules);
        foreach (var variant in type.Union?.Variants ?? EquatableArray<VariantDeclaration>.Empty)
        {
            Add(new Symbol(SymbolKind.Variant, name, variant.Name.Text), ScalarSpans.Text(variant.Name), declaration: true);
            var owner = name + "/" + variant.Name.Text;
            AddFields(owner, variant.Fields);
            AddRules(owner, variant.Rules);
        }
    }

    private void AddFields(string owner, EquatableArray<FieldDeclaration> fields)
    {
        foreach (var field in fields)
        {
            Add(new Symbol(SymbolKind.Field, owner, field.Name.Text), ScalarSpans.Text(field.Name), declaration: true);
            AddTypeExpression(field.Type);
            if (field.Default is { Kind: DefaultKind.Scalar } value && field.Type.Expression is { } type && TypeNamed(type.Name) is { Kind: TypeKind.Enum } enumType)
                Add(new Symbol(SymbolKind.EnumMember, enumType.Name.Text, value.Value.Text), ScalarSpans.Text(value.Value));
        }
    }

    private void AddTypeExpression(TypeSyntax syntax)
    {
        if (syntax.Expression is null) return;
        var pending = new Stack<TypeExpression>();
        pending.Push(syntax.Expression);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (TypeNamed(node.Name) is not null) Add(Symbol.Type(node.Name), ScalarSpans.Part(syntax.Source, node.Offset, node.Length));
            foreach (var argument in node.Arguments) pending.Push(argument);
        }
    }

    private void AddRules(string owner, EquatableArray<RuleDeclaration> rules)
    {
        foreach (var rule in rules)
        {
            var scope = new RuleWalk(this, owner);
            if (rule.Check?.Tree is { } check) scope.Walk(check);
            if (rule.When?.Tree is { } when) scope.Walk(when);
            foreach (var field in rule.Require.Concat(rule.Forbid).Concat(rule.Path is { } path ? [path] : []))
            {
                if (FieldOf(owner, field.Text) is { } found) Add(found.Symbol, ScalarSpans.Text(field));
            }
        }
    }

    /// <summary>Names in one rule expression, with the variables its macros bind.</summary>
    private sealed class RuleWalk(SymbolIndex index, string owner)
    {
        private readonly Dictionary<string, string?> _variables = new(StringComparer.Ordinal);

        public void Walk(Expr expr)
        {
            switch (expr)
            {
                case NameExpr name when _variables.ContainsKey(name.Name):
                    break;
                case NameExpr name when index.FieldOf(owner, name.Name) is { } field:
                    index.Add(field.Symbol, name.Span);
                    break;
                case NameExpr name when index.TypeNamed(name.Name) is not null:
                    index.Add(Symbol.Type(name.Name), name.Span);
                    break;
                case MemberExpr { Target: NameExpr typeName } member when IsEnumType(typeName):
                    index.Add(Symbol.Type(typeName.Name), typeName.Span);
                    index.Add(new Symbol(SymbolKind.EnumMember, typeName.Name, member.Name), member.NameSpan);
                    break;
                case MemberExpr member:
                    Walk(member.Target);
                    if (RecordOf(member.Target) is { } record && index.FieldOf(record, member.Name) is { } reached) index.Add(reached.Symbol, member.NameSpan);
                    break;
                case CallExpr { Target: { } target } call when Macros.Contains(call.Name) && call.Arguments.Count > 0 && call.Arguments[0] is NameExpr variable:
                    Walk(target);
                    var previous = _variables.TryGetValue(variable.Name, out var shadowed);
                    _variables[variable.Name] = RecordOf(target);
                    foreach (var argument in call.Arguments.Skip(1)) Walk(argument);
                    if (previous) _variables[variable.Name] = shadowed;
                    else _variables.Remove(variable.Name);
                    break;
                case CallExpr call:
                    if (call.Target is not null) Walk(call.Target);
                    foreach (var argument in call.Arguments) Walk(argument);
                    break;
                case UnaryExpr unary:
                    Walk(unary.Operand);
                    break;
                case BinaryExpr binary:
                    Walk(binary.Left);
                    Walk(binary.Right);
                    break;
                case ConditionalExpr conditional:
                    Walk(conditional.Condition);
                    Walk(conditional.WhenTrue);
                    Walk(conditional.WhenFalse);
                    break;
                case ListExpr list:
                    foreach (var item in list.Items) Walk(item);
                    break;
            }
        }

        private bool IsEnumType(NameExpr name) =>
            !_variables.ContainsKey(name.Name) && index.FieldOf(owner, name.Name) is null && index.TypeNamed(name.Name) is { Kind: TypeKind.Enum };

        /// <summary>The record an expression's value is (or holds, for a collection), or null.</summary>
        public string? RecordOf(Expr expr) => expr switch
        {
            NameExpr name when _variables.TryGetValue(name.Name, out var type) => type,
            NameExpr name => index.FieldOf(owner, name.Name) is { } field ? index.RecordOf(field.Field.Type.Expression) : null,
            MemberExpr member => RecordOf(member.Target) is { } record && index.FieldOf(record, member.Name) is { } field ? index.RecordOf(field.Field.Type.Expression) : null,
            _ => null,
        };
    }
}

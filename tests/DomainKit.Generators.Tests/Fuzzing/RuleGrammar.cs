using System.Text;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// Random well-typed rules over a record's fields, for the schema grammar: atoms that fit each field's type
/// (guarded when the field is optional), joined with <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and <c>?:</c>, written in
/// every scalar style; and <c>when</c> rules that require or forbid optional fields.
/// </summary>
internal sealed class RuleGrammar(Random random)
{
    /// <param name="indent">Where the <c>rules:</c> key stands: a record's or union's level, or a variant's.</param>
    public void Rules(StringBuilder text, IReadOnlyList<(string Name, string Type, bool Optional)> fields, string indent)
    {
        var inner = indent + "  ";
        var atoms = fields.Select(Atom).Where(a => a is not null).Select(a => a!).ToList();
        if (atoms.Count == 0) return;
        text.Append(indent).Append("rules:\n");
        for (var r = random.Next(1, 4); r > 0; r--)
        {
            text.Append(inner).Append("- check: ").Append(Scalar(Expression(atoms, depth: 0), inner)).Append('\n');
            if (random.Next(3) == 0) text.Append(inner).Append("  code: fuzz").Append(r).Append('\n');
            if (random.Next(3) == 0) text.Append(inner).Append("  message: 'Rule ").Append(r).Append(" is broken.'\n");
        }
        var optional = fields.Where(f => f.Optional).ToList();
        if (optional.Count > 0 && random.Next(2) == 0)
        {
            text.Append(inner).Append("- when: ").Append(Scalar(Expression(atoms, depth: 1), inner)).Append('\n');
            text.Append(inner).Append(random.Next(2) == 0 ? "  require: [" : "  forbid: [").Append(optional[random.Next(optional.Count)].Name).Append("]\n");
        }
    }

    private string Expression(List<string> atoms, int depth)
    {
        var atom = atoms[random.Next(atoms.Count)];
        if (depth > 2) return atom;
        return random.Next(6) switch
        {
            0 => $"{atom} && {Expression(atoms, depth + 1)}",
            1 => $"({atom} || {Expression(atoms, depth + 1)})",
            2 => $"!({Expression(atoms, depth + 1)})",
            3 => $"({atom} ? {Expression(atoms, depth + 1)} : true)",
            _ => atom,
        };
    }

    private string? Atom((string Name, string Type, bool Optional) field)
    {
        var (name, type, optional) = field;
        string? test = type switch
        {
            "int" or "long" => random.Next(2) == 0 ? $"{name} + 1 > {name} - 1" : $"{name} % 7 != 3",
            "decimal" => $"{name} * 2 >= 0.5",
            "double" => $"{name} > -1.5",
            "string" => random.Next(3) switch { 0 => $"size({name}) < 40", 1 => $"{name}.startsWith('a') || {name}.matches('^[a-z]*$')", _ => $"{name} != 'x'" },
            "bool" => random.Next(2) == 0 ? name : $"!{name}",
            "date" => $"{name} >= date('2000-01-01')",
            "datetime" => $"{name} < datetime('2100-01-01T00:00:00Z')",
            "time" => $"{name} >= time('08:00')",
            "duration" => $"{name} + duration('00:01:00') > {name}",
            _ when type.StartsWith("list<", StringComparison.Ordinal) || type.StartsWith("set<", StringComparison.Ordinal) || type.StartsWith("map<", StringComparison.Ordinal)
                => random.Next(2) == 0 ? $"size({name}) <= 100" : $"{name}.size() >= 0",
            _ => null,
        };
        if (test is null) return optional ? $"{name} == null" : null;
        if (!optional) return test;
        return random.Next(3) switch
        {
            0 => $"({name} == null || ({test}))",
            1 => $"(has({name}) && ({test}))",
            _ => $"({name} != null ? ({test}) : true)",
        };
    }

    // Plain when it is safe, otherwise single-quoted, double-quoted or a folded block.
    private string Scalar(string expression, string indent) => random.Next(4) switch
    {
        0 when !expression.StartsWith('!') && !expression.StartsWith('(') && !expression.Contains('\'') && !expression.Contains(": ") && !expression.Contains(" #") && !expression.StartsWith('[')
            => expression,
        1 => "'" + expression.Replace("'", "''") + "'",
        2 => "\"" + expression.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        _ => ">-\n" + indent + "    " + expression.Replace(" && ", " &&\n" + indent + "    "),
    };
}

using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace DomainKit.Schema.Rules;

/// <summary>Reads a record's <c>rules:</c> — a sequence of mappings — and parses each expression where it stands.</summary>
internal static class RuleParser
{
    public static EquatableArray<RuleDeclaration> Read(NodeReader reader, string what, YamlNode node)
    {
        var rules = new List<RuleDeclaration>();
        if (node is YamlScalarNode { Value: null or "" } || !reader.IsUsable(node)) return rules.ToEquatableArray();
        if (node is not YamlSequenceNode sequence)
        {
            reader.ReportShape(node, $"'rules' of {what}", "a sequence");
            return rules.ToEquatableArray();
        }
        foreach (var item in sequence.Children)
        {
            if (ReadRule(reader, what, item) is { } rule) rules.Add(rule);
        }
        return rules.ToEquatableArray();
    }

    private static RuleDeclaration? ReadRule(NodeReader reader, string what, YamlNode node)
    {
        var mapping = reader.Mapping(node, $"A rule of {what}");
        if (mapping is null) return null;
        var rule = new RuleDeclaration { Span = reader.SpanOf(node) };
        var shape = new Dictionary<string, Scalar>();
        foreach (var (key, value) in reader.Entries(mapping, $"a rule of {what}", SchemaKeys.Rule))
        {
            shape[key.Text] = key;
            switch (key.Text)
            {
                case "check": rule = rule with { Check = Expression(reader, value, "'check'") }; break;
                case "when": rule = rule with { When = Expression(reader, value, "'when'") }; break;
                case "require": rule = rule with { Require = FieldList(reader, value, "'require'") }; break;
                case "forbid": rule = rule with { Forbid = FieldList(reader, value, "'forbid'") }; break;
                case "path": rule = rule with { Path = reader.Scalar(value, "'path' of a rule") }; break;
                case "code": rule = rule with { Code = reader.Scalar(value, "'code' of a rule") }; break;
                case "message": rule = rule with { Message = reader.Scalar(value, "'message' of a rule") }; break;
            }
        }
        return CheckShape(reader, rule, shape) ? rule : null;
    }

    // A rule is a 'check' (with an optional 'path'), or a 'when' with 'require' and/or 'forbid'.
    private static bool CheckShape(NodeReader reader, RuleDeclaration rule, Dictionary<string, Scalar> keys)
    {
        var isCheck = keys.ContainsKey("check");
        var isWhen = keys.ContainsKey("when") || keys.ContainsKey("require") || keys.ContainsKey("forbid");
        if (isCheck && isWhen)
        {
            var second = keys.TryGetValue("when", out var when) ? when : keys.TryGetValue("require", out var require) ? require : keys["forbid"];
            reader.Diagnostics.Report(DiagnosticCatalog.RuleShape, second.Span, second.Text, "a rule is either a 'check' or a 'when' with 'require'/'forbid', not both; write two rules");
            return false;
        }
        if (!isCheck && !isWhen)
        {
            reader.Diagnostics.Report(DiagnosticCatalog.MissingKey, rule.Span, "A rule", "check' or 'when");
            return false;
        }
        if (isWhen && !keys.ContainsKey("when"))
        {
            reader.Diagnostics.Report(DiagnosticCatalog.MissingKey, rule.Span, "A rule with 'require' or 'forbid'", "when");
            return false;
        }
        if (isWhen && !keys.ContainsKey("require") && !keys.ContainsKey("forbid"))
        {
            reader.Diagnostics.Report(DiagnosticCatalog.MissingKey, keys["when"].Span, "A 'when' rule", "require' or 'forbid");
            return false;
        }
        if (isWhen && keys.TryGetValue("path", out var path))
        {
            reader.Diagnostics.Report(DiagnosticCatalog.RuleShape, path.Span, "path", "a 'when' rule reports at each field it lists, so it takes no 'path'");
            return false;
        }
        return true;
    }

    private static RuleExpression? Expression(NodeReader reader, YamlNode node, string what)
    {
        var scalar = reader.Scalar(node, what + " of a rule");
        if (scalar is null) return null;
        var offsets = reader.Map.Align(scalar);
        var tree = ExpressionParser.Parse(scalar.Text, (start, end) => reader.Map.SpanWithin(offsets, start, end), out var error, out var errorStart, out var errorEnd);
        return new RuleExpression
        {
            Source = scalar,
            Tree = tree,
            Error = error,
            ErrorSpan = error is null ? null : reader.Map.SpanWithin(offsets, errorStart, errorEnd),
        };
    }

    private static EquatableArray<Scalar> FieldList(NodeReader reader, YamlNode node, string what)
    {
        var fields = new List<Scalar>();
        if (!reader.IsUsable(node)) return fields.ToEquatableArray();
        if (node is YamlScalarNode single)
        {
            fields.Add(reader.ToScalar(single));
        }
        else if (node is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children)
            {
                if (reader.Scalar(item, $"A field in {what}") is { } field) fields.Add(field);
            }
        }
        else
        {
            reader.ReportShape(node, what + " of a rule", "a field name or a sequence of field names");
        }
        return fields.ToEquatableArray();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Rules;

/// <summary>
/// Checks a record's rules: the expressions (through <see cref="ExpressionChecker"/>), <c>path</c>,
/// <c>require</c>, <c>forbid</c> and <c>code</c>. A rule with a problem is reported and left out.
/// </summary>
internal sealed class RuleChecker
{
    private readonly RecordShape _record;
    private readonly Func<string, RecordShape?> _shapes;
    private readonly TypeIndex _index;
    private readonly DiagnosticBag _diagnostics;
    private readonly TypeResolver _resolver;

    private RuleChecker(RecordShape record, Func<string, RecordShape?> shapes, TypeIndex index, DiagnosticBag diagnostics)
    {
        _record = record;
        _shapes = name => name == _record.Name ? _record : shapes(name);
        _index = index;
        _diagnostics = diagnostics;
        _resolver = new TypeResolver(index, new DiagnosticBag());
    }

    public static EquatableArray<RuleSpec> Check(TypeDeclaration type, Func<string, RecordShape?> shapes, TypeIndex index, DiagnosticBag diagnostics) =>
        Check(RecordShapes.Of(type), type.Rules, "__Rule", shapes, index, diagnostics);

    /// <param name="record">The fields the rules see (a union variant's: the shared ones and its own).</param>
    /// <param name="prefix">Names the generated methods, distinct per nested type.</param>
    public static EquatableArray<RuleSpec> Check(RecordShape record, EquatableArray<RuleDeclaration> declared, string prefix, Func<string, RecordShape?> shapes, TypeIndex index, DiagnosticBag diagnostics)
    {
        if (declared.Count == 0) return EquatableArray<RuleSpec>.Empty;
        var checker = new RuleChecker(record, shapes, index, diagnostics);
        var rules = new List<RuleSpec>();
        for (var i = 0; i < declared.Count; i++)
        {
            if (checker.CheckRule(declared[i], prefix + i) is { } rule) rules.Add(rule);
        }
        return rules.ToEquatableArray();
    }

    private RuleSpec? CheckRule(RuleDeclaration rule, string name)
    {
        var expressions = new ExpressionChecker(_record, _shapes, _index, _diagnostics, name);
        var source = rule.Check ?? rule.When;
        if (source is null) return null;
        var condition = expressions.CheckCondition(source, rule.Check is null ? "'when'" : "'check'");
        var code = Code(rule.Code);
        var outcomes = rule.Check is null ? Requirements(rule, source.Source.Text, expressions) : CheckOutcome(rule, source.Source.Text);
        if (condition is null || code is null || outcomes is null) return null;
        return new RuleSpec
        {
            MemberPrefix = name,
            Text = rule.Text,
            IsWhen = rule.Check is null,
            Required = Listed(rule.Require, source.Source.Span),
            Forbidden = Listed(rule.Forbid, source.Source.Span),
            Condition = condition,
            Guards = expressions.Guards.ToEquatableArray(),
            Functions = expressions.Functions.ToEquatableArray(),
            UsesMacros = expressions.UsesMacros,
            UsesArithmetic = expressions.UsesArithmetic,
            Patterns = expressions.Patterns.ToEquatableArray(),
            Reads = expressions.Reads.ToEquatableArray(),
            Code = code,
            Outcomes = outcomes.ToEquatableArray(),
        };
    }

    private FieldTypeSpec? Resolve(FieldShape field, SourceSpan span) => _resolver.Resolve(new Scalar(field.Name, span, true), field.Type);

    /// <summary>The fields a checked rule's require or forbid lists, with their types (all resolve: the rule checked).</summary>
    private EquatableArray<RuleField> Listed(EquatableArray<Scalar> names, SourceSpan span) =>
        names.Select(n => _record.Fields.First(f => f.Name == n.Text)).Select(f => RuleField.Of(f, Resolve(f, span)!)).ToEquatableArray();


    private List<RuleOutcome>? CheckOutcome(RuleDeclaration rule, string text)
    {
        var pointer = rule.Path is { } path ? PathPointer(path) : "";
        if (pointer is null) return null;
        return new List<RuleOutcome> { new(pointer, null, rule.Message?.Text ?? $"The rule '{text}' does not hold.") };
    }

    private List<RuleOutcome>? Requirements(RuleDeclaration rule, string when, ExpressionChecker expressions)
    {
        var outcomes = new List<RuleOutcome>();
        var ok = true;
        foreach (var (fields, forbid) in new[] { (rule.Require, false), (rule.Forbid, true) })
        {
            foreach (var field in fields)
            {
                var shape = _record.Fields.FirstOrDefault(f => f.Name == field.Text);
                if (shape is null)
                {
                    ReportUnknownField(field, field.Text, forbid ? "forbid" : "require", _record, 0);
                    ok = false;
                    continue;
                }
                var spec = _resolver.Resolve(field, shape.Type);
                if (spec is null)
                {
                    ok = false;
                    continue;
                }
                var absent = Absent(RuleField.Of(shape, spec));
                if (absent is null)
                {
                    _diagnostics.Report(DiagnosticCatalog.RuleTypeMismatch, field.Span,
                        $"'{field.Text}' is a required {spec.CSharpType.Replace("global::", "")} and always present, so it cannot be {(forbid ? "forbidden" : "required")} here; make it optional ('?') or write a 'check'");
                    ok = false;
                    continue;
                }
                var pointer = "/" + Naming.PointerSegment(shape.WireName);
                expressions.AddRead(pointer);
                var message = rule.Message?.Text ?? (forbid ? $"'{shape.WireName}' must be absent when {when}." : $"'{shape.WireName}' is required when {when}.");
                outcomes.Add(new RuleOutcome(pointer, absent with { Negated = forbid }, message));
            }
        }
        return ok ? outcomes : null;
    }

    /// <summary>The test that a field is absent: null, or an empty string or collection; null for a required value that is always present.</summary>
    private static AbsentNode? Absent(RuleField field)
    {
        var spec = field.Type;
        if (spec.Kind is FieldTypeKind.List or FieldTypeKind.Set or FieldTypeKind.Map)
            return new AbsentNode(field, spec.Optional ? AbsentForm.OptionalCollection : AbsentForm.Collection, spec.Optional);
        if (spec.Kind == FieldTypeKind.Primitive && spec.Primitive == PrimitiveKind.String) return new AbsentNode(field, AbsentForm.String, spec.Optional);
        if (spec.Kind == FieldTypeKind.Value && spec.Primitive == PrimitiveKind.String) return new AbsentNode(field, AbsentForm.ValueString, spec.Optional);
        return spec.Optional || spec.IsReferenceType ? new AbsentNode(field, AbsentForm.Null, spec.Optional) : null;
    }

    /// <summary>A rule's <c>path</c> (<c>closedOn</c>, <c>head.country</c>) as a JSON Pointer over wire names, or null (reported).</summary>
    private string? PathPointer(Scalar path)
    {
        var pointer = "";
        var shape = _record;
        var offset = 0;
        foreach (var segment in path.Text.Split('.'))
        {
            var field = shape?.Fields.FirstOrDefault(f => f.Name == segment);
            if (shape is null || field is null)
            {
                ReportUnknownField(path, segment, "path", shape ?? _record, offset);
                return null;
            }
            pointer += "/" + Naming.PointerSegment(field.WireName);
            shape = _index.TryGet(field.Type.Name, out var next) && next.Kind is TypeKind.Record or TypeKind.Union ? _shapes(next.Name) : null;
            offset += segment.Length + 1;
        }
        return pointer;
    }

    private void ReportUnknownField(Scalar scalar, string name, string key, RecordShape shape, int offset)
    {
        var suggestion = NameSuggester.Closest(name, shape.Fields.Select(f => f.Name));
        var span = scalar.IsPlain && scalar.Span.StartLine == scalar.Span.EndLine ? scalar.Span.Slice(offset, name.Length) : scalar.Span;
        _diagnostics.Report(DiagnosticCatalog.RuleUnknownField, span, name, key, shape.Name, NameSuggester.Hint(suggestion));
    }

    private string? Code(Scalar? code)
    {
        if (code is null) return "rule";
        var text = code.Text;
        var valid = text.Length > 0 && char.IsLetter(text[0]) && text.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is '_' or '.' or '-'));
        if (valid) return text;
        _diagnostics.Report(DiagnosticCatalog.InvalidOptionValue, code.Span, text, "code", "a rule's code is a word: an ASCII letter, then letters, digits, '_', '.' or '-'");
        return null;
    }
}

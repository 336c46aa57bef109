using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Emitting;

/// <summary>
/// Emits <c>Validate()</c> and <c>ValidateCore</c>. <c>ValidateCore(null, …)</c> answers "valid?" and
/// stops at the first failure without building paths or messages, so a valid object allocates
/// nothing; only an invalid one is walked again with a sink that collects every error. Records also
/// get <c>HoldsOwnConstraints()</c>, the check their readers make of what they have just read.
/// </summary>
internal static class ValidationEmitter
{
    private const string Runtime = SourceEmitter.Runtime;
    public const string Sink = Runtime + ".ValidationErrorSink";

    public static void EmitValidate(IndentedWriter writer, string typeName) => writer.Block($$"""
        /// <summary>Checks every constraint of the schema and returns every error found, with JSON Pointer paths.</summary>
        public global::DomainKit.ValidationResult Validate()
        {
            if (ValidateCore(null, "", "{{typeName}}")) return global::DomainKit.ValidationResult.Valid;
            var sink = new {{Sink}}();
            ValidateCore(sink, "", "{{typeName}}");
            return sink.ToResult();
        }
        """);

    public const string CoreSignature = "internal bool ValidateCore(" + Sink + "? sink, string path, string name)";

    public static void EmitRecordCore(IndentedWriter writer, TypeSpec type) =>
        EmitRecordCore(writer, type.Properties, type.Rules, CoreSignature, before: null);

    /// <param name="signature">The method's declaration: records' <see cref="CoreSignature"/>, or a union's override or shared part.</param>
    /// <param name="before">A check to run first, e.g. a union variant's shared part; null for none.</param>
    public static void EmitRecordCore(IndentedWriter writer, EquatableArray<PropertySpec> properties, EquatableArray<RuleSpec> rules, string signature, string? before)
    {
        var checkedProperties = properties.Where(p => Needs(p.Type, p.Constraints)).ToList();
        var hasChecks = checkedProperties.Count > 0 || rules.Count > 0 || before is not null;
        OpenCore(writer, hasChecks, signature);
        if (before is not null) writer.Line($"if (!{before} && sink is null) return false;");
        var context = new CheckContext(writer);
        foreach (var property in checkedProperties)
        {
            context.EmitField(property.Type, property.PropertyName, PathExpression.Parameter("path").Segment(property.WireName),
                CSharpLiteral.String(property.WireName), PatternField(property.PropertyName), property.Constraints);
        }
        RuleEmitter.EmitChecks(writer, rules);
        CloseCore(writer, hasChecks);
    }

    /// <summary>The method a record's reader calls on what it has just read.</summary>
    public const string OwnCheck = "HoldsOwnConstraints";

    /// <summary>
    /// What <c>ValidateCore(null, …)</c> answers, but for the records the fields hold: their own readers checked them.
    /// A reader that reads a record calls it and tells the context when it fails; a document none of whose records
    /// failed needs no second walk, and one that did is walked with a sink, as <c>Validate()</c> does.
    /// </summary>
    /// <param name="before">A check to run first, e.g. a union variant's shared part; null for none.</param>
    public static void EmitOwnCheck(IndentedWriter writer, EquatableArray<PropertySpec> properties, EquatableArray<RuleSpec> rules, string signature, string? before)
    {
        writer.Line()
            .Line("/// <summary>Whether the constraints and rules of this record's own fields hold; the records it holds were checked as they were read.</summary>")
            .Open(signature);
        if (before is not null) writer.Line($"if (!{before}) return false;");
        var context = new CheckContext(writer, ownOnly: true);
        foreach (var property in properties.Where(p => NeedsOwn(p.Type, p.Constraints)))
        {
            context.EmitField(property.Type, property.PropertyName, PathExpression.Parameter("path").Segment(property.WireName),
                CSharpLiteral.String(property.WireName), PatternField(property.PropertyName), property.Constraints);
        }
        RuleEmitter.EmitChecks(writer, rules, ownOnly: true);
        writer.Line("return true;").Close();
    }

    /// <summary>Whether <see cref="EmitOwnCheck"/> has anything to check for these fields and rules.</summary>
    public static bool HasOwnChecks(EquatableArray<PropertySpec> properties, EquatableArray<RuleSpec> rules) =>
        rules.Count > 0 || properties.Any(p => NeedsOwn(p.Type, p.Constraints));

    public static void EmitValueCore(IndentedWriter writer, PropertySpec wrapped)
    {
        var needed = Needs(wrapped.Type, wrapped.Constraints);
        OpenCore(writer, needed, CoreSignature);
        if (needed) new CheckContext(writer).EmitField(wrapped.Type, "Value", PathExpression.Parameter("path"), "name", PatternField("Value"), wrapped.Constraints);
        CloseCore(writer, needed);
    }

    /// <summary>One static matcher per pattern constraint: a greedy pass for a simple pattern, else a regex on the linear-time engine.</summary>
    public static void EmitPatterns(IndentedWriter writer, IEnumerable<PropertySpec> properties)
    {
        foreach (var property in properties)
        {
            var pattern = property.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.Pattern);
            if (pattern is not null) EmitPattern(writer, PatternField(property.PropertyName), pattern.Value);
        }
    }

    /// <summary>A static field named <paramref name="field"/> with an <c>IsMatch(string)</c> for <paramref name="pattern"/>.</summary>
    public static void EmitPattern(IndentedWriter writer, string field, string pattern)
    {
        if (SimplePatterns.Initializer(pattern) is { } simple)
        {
            writer.Line().Line($"// {CSharpLiteral.String(pattern)} is simple: matched in one greedy pass, with the regex engine's result.")
                .Line($"private static readonly global::DomainKit.Runtime.SimplePattern {field} = {simple};");
            return;
        }
        writer.Line().Block($"""
            private static readonly global::System.Text.RegularExpressions.Regex {field} = new({CSharpLiteral.String(pattern)},
                global::System.Text.RegularExpressions.RegexOptions.NonBacktracking | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            """);
    }

    private static string PatternField(string propertyName) => "__Pattern_" + propertyName;

    private static void OpenCore(IndentedWriter writer, bool hasChecks, string signature)
    {
        writer.Line()
            .Line("/// <summary>Validation core: with no sink, answers whether valid; with one, adds every error under <paramref name=\"path\"/>.</summary>")
            .Open(signature);
        if (hasChecks) writer.Line("var errorsBefore = sink?.Count ?? 0;");
    }

    private static void CloseCore(IndentedWriter writer, bool hasChecks) =>
        writer.Line(hasChecks ? "return sink is null || sink.Count == errorsBefore;" : "return true;").Close();

    /// <summary>Whether any of these fields, or any rule, has something to check.</summary>
    public static bool HasChecks(EquatableArray<PropertySpec> properties, EquatableArray<RuleSpec> rules) =>
        rules.Count > 0 || properties.Any(p => Needs(p.Type, p.Constraints));

    /// <summary>Whether a value of this type, with these constraints, has anything to check.</summary>
    private static bool Needs(FieldTypeSpec type, EquatableArray<ConstraintSpec> constraints)
    {
        if (constraints.Count > 0) return true;
        return type.Kind switch
        {
            FieldTypeKind.Primitive => !type.Optional && type.IsReferenceType,
            FieldTypeKind.List or FieldTypeKind.Set or FieldTypeKind.Map => Needs(type.Element!, EquatableArray<ConstraintSpec>.Empty),
            _ => true,
        };
    }

    /// <summary>As <see cref="Needs"/>, where a record's reader has checked it: only a missing one is left to check.</summary>
    private static bool NeedsOwn(FieldTypeSpec type, EquatableArray<ConstraintSpec> constraints)
    {
        if (constraints.Count > 0) return true;
        return type.Kind switch
        {
            FieldTypeKind.Record => !type.Optional,
            FieldTypeKind.Primitive => !type.Optional && type.IsReferenceType,
            FieldTypeKind.List or FieldTypeKind.Set or FieldTypeKind.Map => NeedsOwn(type.Element!, EquatableArray<ConstraintSpec>.Empty),
            _ => true,
        };
    }

    /// <summary>
    /// Writes the checks of the fields of one method. Locals are numbered across the whole method,
    /// so the checks of two fields never declare the same name in one scope. With <c>ownOnly</c>, the checks
    /// of <see cref="EmitOwnCheck"/>: a failure returns false, and records are not entered.
    /// </summary>
    private sealed class CheckContext
    {
        private readonly IndentedWriter _writer;
        private readonly bool _ownOnly;
        private string _name = "";
        private string _patternField = "";
        private readonly LocalNames _locals = new();

        public CheckContext(IndentedWriter writer, bool ownOnly = false)
        {
            _writer = writer;
            _ownOnly = ownOnly;
        }

        /// <summary><paramref name="name"/>: the C# expression naming the field in messages.</summary>
        public void EmitField(FieldTypeSpec type, string value, PathExpression path, string name, string patternField, EquatableArray<ConstraintSpec> constraints)
        {
            _name = name;
            _patternField = patternField;
            Emit(type, value, path, constraints);
        }

        private string Local(string stem) => _locals.Next(stem);

        private void Emit(FieldTypeSpec type, string value, PathExpression path, EquatableArray<ConstraintSpec> constraints)
        {
            if (type.Optional)
            {
                var present = Local("present");
                _writer.Open($"if ({value} is {{ }} {present})");
                EmitPresent(type with { Optional = false }, present, path, constraints);
                _writer.Close();
                return;
            }
            if (type.IsReferenceType)
            {
                Check($"{value} is null", $"Required({path}, {_name})");
                if (type.Kind == FieldTypeKind.Primitive && constraints.Count == 0) return;
                if (_ownOnly)
                {
                    if (type.Kind != FieldTypeKind.Record) EmitPresent(type, value, path, constraints);
                    return;
                }
                _writer.Open("else");
                EmitPresent(type, value, path, constraints);
                _writer.Close();
                return;
            }
            EmitPresent(type, value, path, constraints);
        }

        private void EmitPresent(FieldTypeSpec type, string value, PathExpression path, EquatableArray<ConstraintSpec> constraints)
        {
            switch (type.Kind)
            {
                case FieldTypeKind.Record when _ownOnly:
                    break;
                case FieldTypeKind.Value when _ownOnly:
                    _writer.Line($"if (!{value}.ValidateCore(null, \"\", {_name})) return false;");
                    break;
                case FieldTypeKind.Record:
                case FieldTypeKind.Value:
                    _writer.Line($"if (!{value}.ValidateCore(sink, sink is null ? \"\" : {path}, {_name}) && sink is null) return false;");
                    break;
                case FieldTypeKind.Enum:
                    Check($"!{type.CSharpType}JsonConverter.IsMember({value})", $"Enum({path}, {_name}, \"{type.DeclaredName}\", {value})");
                    break;
                case FieldTypeKind.Primitive when type.Primitive == PrimitiveKind.String:
                    EmitString(value, path, constraints);
                    break;
                case FieldTypeKind.Primitive:
                    EmitBounds(value, path, constraints);
                    break;
                default:
                    EmitCollection(type, value, path, constraints);
                    break;
            }
        }

        private void EmitString(string value, PathExpression path, EquatableArray<ConstraintSpec> constraints)
        {
            var length = "";
            if (constraints.Any(c => c.Definition.Measure == ConstraintMeasure.Length))
            {
                length = Local("length");
                _writer.Line($"var {length} = {Runtime}.ValidationChecks.CodePointLength({value});");
            }
            foreach (var constraint in constraints)
            {
                var definition = constraint.Definition;
                var (condition, failure) = definition.Kind switch
                {
                    ConstraintKind.Pattern => ($"!{_patternField}.IsMatch({value})", $"Pattern({path}, {_name}, {constraint.Literal}, {value})"),
                    ConstraintKind.Format => ($"!{Runtime}.Formats.{FormatCatalog.MethodOf(constraint.Value)}({value})", $"Format({path}, {_name}, {constraint.Literal}, {value})"),
                    _ => Measured(definition, length, constraint.Literal, path),
                };
                Check(condition, failure);
            }
        }

        private void EmitBounds(string value, PathExpression path, EquatableArray<ConstraintSpec> constraints)
        {
            foreach (var constraint in constraints)
            {
                // Negated comparisons, so that NaN fails every bound.
                var definition = constraint.Definition;
                Check($"!({value} {definition.Operator} {constraint.Literal})", $"{definition.SinkMethod}({path}, {_name}, {CSharpLiteral.String(constraint.Value)}, {value})");
            }
        }

        private void EmitCollection(FieldTypeSpec type, string value, PathExpression path, EquatableArray<ConstraintSpec> constraints)
        {
            foreach (var constraint in constraints)
            {
                var definition = constraint.Definition;
                if (definition.Measure == ConstraintMeasure.Count)
                {
                    var (condition, failure) = Measured(definition, $"{value}.Count", constraint.Literal, path);
                    Check(condition, failure);
                }
                else if (definition.Kind == ConstraintKind.Unique && constraint.Literal == "true" && type.Kind != FieldTypeKind.Set)
                {
                    var items = type.Kind == FieldTypeKind.Map ? $"{value}.ValueSpan" : $"{value}.AsSpan()";
                    var duplicate = Local("duplicate");
                    Check($"{Runtime}.ValidationChecks.TryFindDuplicate({items}, out var {duplicate})", $"Unique({path}, {_name}, {duplicate})");
                }
            }
            var element = type.Element!;
            if (_ownOnly ? !NeedsOwn(element, EquatableArray<ConstraintSpec>.Empty) : !Needs(element, EquatableArray<ConstraintSpec>.Empty)) return;
            var map = type.Kind == FieldTypeKind.Map;
            if (element is { Kind: FieldTypeKind.Record or FieldTypeKind.Value, Optional: false })
            {
                var items = map ? $"{value}.ValueSpan" : $"{value}.AsSpan()";
                if (_ownOnly && element.Kind == FieldTypeKind.Record)
                {
                    _writer.Line($"if (!{Runtime}.ValidationChecks.NoneNull({items})) return false;");
                    return;
                }
                // Items that validate themselves: the loop is the runtime's.
                var each = map ? $"EachValue({value}.KeySpan, {items}" : $"EachItem({items}";
                _writer.Line(_ownOnly
                    ? $"if (!{Runtime}.ValidationChecks.{each}, null, \"\", {_name})) return false;"
                    : $"if (!{Runtime}.ValidationChecks.{each}, sink, sink is null ? \"\" : {path}, {_name}) && sink is null) return false;");
                return;
            }
            // Numbered in the order the code declares them. A map's keys only make paths, which a check of the own fields has none of.
            var keys = map && !_ownOnly ? Local("keys") : null;
            var values = Local("items");
            var index = Local("i");
            var item = Local("item");
            if (keys is not null) _writer.Line($"var {keys} = {value}.KeySpan;");
            _writer.Line($"var {values} = {value}.{(map ? "ValueSpan" : "AsSpan()")};")
                .Open($"for (var {index} = 0; {index} < {values}.Length; {index}++)")
                .Line($"var {item} = {values}[{index}];");
            var segment = map ? $"{Runtime}.ValidationChecks.EscapePointer({keys}[{index}])" : $"{Runtime}.ValidationChecks.Index({index})";
            Emit(element, item, path.Dynamic(segment), EquatableArray<ConstraintSpec>.Empty);
            _writer.Close();
        }

        /// <summary>A whole-number measure (a length or a count) against its limit: the failing condition and the sink call.</summary>
        private (string Condition, string Failure) Measured(ConstraintDefinition definition, string measure, string limit, PathExpression path) =>
            ($"{measure} {definition.FailingOperator} {limit}", $"{definition.SinkMethod}({path}, {_name}, {limit}, {measure})");

        private void Check(string condition, string failure)
        {
            if (_ownOnly)
            {
                _writer.Line($"if ({condition}) return false;");
                return;
            }
            _writer.Open($"if ({condition})");
            Fail(failure);
            _writer.Close();
        }

        private void Fail(string call) => _writer.Line("if (sink is null) return false;").Line($"sink.{call};");
    }
}

using System.Linq;
using System.Text;

namespace DomainKit.Schema.Rules;

/// <summary>A checked rule's typed tree as C#: expressions, guards and local functions, for <see cref="RuleEmitter"/>.</summary>
internal static class RuleWriter
{
    private const string Checks = "global::DomainKit.Runtime.ValidationChecks";

    public static string Write(RuleNode node) => node switch
    {
        LiteralNode literal => Literal(literal),
        PrimitiveLiteralNode typed => PrimitiveCatalog.Of(typed.Primitive)!.Read(typed.Text)!.CSharp,
        EnumMemberNode member => member.EnumType + "." + member.Member,
        LocalNode local => local.Name,
        ReadNode read => Read(read),
        NotNode not => $"!({Write(not.Operand)})",
        NegateNode { Checked: true } negate => $"checked(-({Write(negate.Operand)}))",
        NegateNode negate => $"(-({Write(negate.Operand)}))",
        BinaryNode { Ordinal: true } compare => $"(string.CompareOrdinal({Write(compare.Left)}, {Write(compare.Right)}) {compare.Operator} 0)",
        BinaryNode { Checked: true } arithmetic => $"checked({Write(arithmetic.Left)} {arithmetic.Operator} {Write(arithmetic.Right)})",
        BinaryNode binary => $"({Write(binary.Left)} {binary.Operator} {Write(binary.Right)})",
        NullTestNode test => test.IsNull ? $"({Write(test.Operand)} is null)" : $"({Write(test.Operand)} is not null)",
        ConditionalNode conditional => $"({Write(conditional.Condition)} ? {Write(conditional.WhenTrue)} : {Write(conditional.WhenFalse)})",
        AnyEqualNode any => "(" + string.Join(" || ", any.Tests.Select(test => $"{Write(test.Left)} == {Write(test.Right)}")) + ")",
        StringTestNode test => $"{Write(test.Target)}.{char.ToUpperInvariant(test.Function[0]) + test.Function.Substring(1)}({Write(test.Argument)}, global::System.StringComparison.Ordinal)",
        SizeNode { OfString: true } size => $"{Checks}.CodePointLength({Write(size.Value)})",
        SizeNode size => $"{Write(size.Value)}.Count",
        ContainsKeyNode contains => $"{Write(contains.Map)}.ContainsKey({Write(contains.Key)})",
        ContainsNode contains => $"{Write(contains.Collection)}.Contains({Write(contains.Item)})",
        MatchesNode matches => $"{matches.Pattern}.IsMatch({Write(matches.Target)})",
        LocalCallNode call => call.Function + "()",
        ItemsNode items => Write(items.Collection) + (items.OfMap ? ".ValueSpan" : ".AsSpan()"),
        AbsentNode absent => absent.Negated ? $"!({Absent(absent)})" : Absent(absent),
        _ => throw new System.ArgumentOutOfRangeException(nameof(node), node.GetType().Name),
    };

    /// <summary>The guards' C# test, any of them met: the rule is skipped.</summary>
    public static string Guards(EquatableArray<RuleGuard> guards) => string.Join(" || ", guards.Select(Guard));

    public static string Function(RuleFunction function) => function switch
    {
        LoopFunction loop => Loop(loop),
        UniqueFunction unique => Unique(unique),
        SearchFunction search => Search(search),
        _ => throw new System.ArgumentOutOfRangeException(nameof(function), function.GetType().Name),
    };

    private static string Literal(LiteralNode literal) => literal.Kind switch
    {
        RuleLiteralKind.Long => literal.Text + "L",
        RuleLiteralKind.Decimal => literal.Text + "m",
        RuleLiteralKind.String => CSharpLiteral.String(literal.Text),
        RuleLiteralKind.True => "true",
        RuleLiteralKind.False => "false",
        RuleLiteralKind.Null => "null",
        _ => literal.Text,
    };

    private static string Read(ReadNode read)
    {
        var code = read.Owner is ThisNode ? read.Property! : read.Property is null ? Write(read.Owner) : Write(read.Owner) + "." + read.Property;
        code += read.Form switch
        {
            ReadForm.NarrowedReference => "!",
            ReadForm.NarrowedValue => ".GetValueOrDefault()",
            _ => "",
        };
        return read.Unwrap && read.Form != ReadForm.Raw ? code + ".Value" : code;
    }

    private static string Guard(RuleGuard guard) => guard.Reach.Count == 0
        ? $"{Write(guard.Value)} is null"
        : "(" + string.Join(" && ", guard.Reach.Select(r => Write(r) + " is not null")) + $" && {Write(guard.Value)} is null)";

    private static string Absent(AbsentNode absent)
    {
        var property = absent.Field.Property;
        return absent.Form switch
        {
            AbsentForm.OptionalCollection => $"!({property} is {{ Count: > 0 }})",
            AbsentForm.Collection => $"{property}.Count == 0",
            AbsentForm.String => $"string.IsNullOrEmpty({property})",
            AbsentForm.ValueString => absent.Optional ? $"string.IsNullOrEmpty({property}?.Value)" : $"string.IsNullOrEmpty({property}.Value)",
            _ => $"{property} is null",
        };
    }

    private static string Loop(LoopFunction loop)
    {
        var text = new StringBuilder();
        text.Append("bool ").Append(loop.Name).Append("()\n{\n");
        text.Append("    foreach (var ").Append(loop.Item).Append(" in ").Append(Write(loop.Items)).Append(")\n    {\n");
        if (loop.Guards.Count > 0)
            text.Append("        if (").Append(Guards(loop.Guards)).Append(") { __skip = true; return true; }\n");
        var test = Write(loop.Test);
        text.Append(loop.All ? $"        if (!({test})) return false;\n" : $"        if ({test}) return true;\n");
        // Nested macros read this loop's variable, so they are declared inside the loop.
        foreach (var nested in loop.Nested)
        {
            foreach (var line in Function(nested).Split('\n')) text.Append("        ").Append(line).Append('\n');
        }
        text.Append("    }\n    return ").Append(loop.All ? "true" : "false").Append(";\n");
        return text.Append('}').ToString();
    }

    private static string Unique(UniqueFunction unique)
    {
        var name = unique.Name;
        var (all, i, j, keyOf, skips) = (name + "_items", name + "_i", name + "_j", name + "_key", name + "_skips");
        var text = new StringBuilder();
        text.Append("bool ").Append(name).Append("()\n{\n");
        text.Append($"    var {all} = {Write(unique.Items)};\n");
        text.Append($"    for (var {i} = 0; {i} < {all}.Length; {i}++)\n    {{\n");
        if (unique.Guards.Count > 0)
            text.Append($"        if ({skips}({all}[{i}])) {{ __skip = true; return true; }}\n");
        text.Append($"        for (var {j} = 0; {j} < {i}; {j}++)\n        {{\n");
        text.Append($"            if (global::System.Collections.Generic.EqualityComparer<{unique.KeyType}>.Default.Equals({keyOf}({all}[{i}]), {keyOf}({all}[{j}]))) return false;\n");
        text.Append("        }\n    }\n    return true;\n");
        text.Append($"    {unique.KeyType} {keyOf}({unique.ItemType} {unique.Item}) => {Write(unique.Key)};\n");
        if (unique.Guards.Count > 0)
            text.Append($"    bool {skips}({unique.ItemType} {unique.Item}) => {Guards(unique.Guards)};\n");
        return text.Append('}').ToString();
    }

    private static string Search(SearchFunction search)
    {
        var each = search.Each;
        var value = (search.Optional && !search.ReferenceType ? each + ".GetValueOrDefault()" : each) + (search.Unwrap ? ".Value" : "");
        var item = Write(search.Item);
        var test = search.Optional ? $"{each} is not null && {value} == {item}" : $"{value} == {item}";
        return $"bool {search.Name}()\n{{\n    foreach (var {each} in {Write(search.Collection)}.AsSpan()) if ({test}) return true;\n    return false;\n}}";
    }
}

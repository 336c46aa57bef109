using System.Linq;

namespace DomainKit.Schema.Rules;

/// <summary>
/// Emits a record's rules: their checks inside <c>ValidateCore</c>, and one private method per rule that
/// answers whether it holds — guards first (a required value it reads is missing: skipped), macros as
/// local functions with loops, arithmetic checked (an overflow fails the rule). Nothing allocates.
/// </summary>
internal static class RuleEmitter
{
    public static void EmitChecks(IndentedWriter writer, EquatableArray<RuleSpec> rules)
    {
        foreach (var rule in rules)
        {
            if (!rule.IsWhen)
            {
                writer.Open($"if (!{rule.MethodName}())");
                Report(writer, rule, rule.Outcomes[0]);
                writer.Close();
                continue;
            }
            writer.Open($"if ({rule.MethodName}())");
            foreach (var outcome in rule.Outcomes)
            {
                writer.Open($"if ({outcome.Broken})");
                Report(writer, rule, outcome);
                writer.Close();
            }
            writer.Close();
        }
    }

    private static void Report(IndentedWriter writer, RuleSpec rule, RuleOutcome outcome)
    {
        var path = outcome.Pointer.Length == 0 ? "path" : $"path + {CSharpLiteral.String(outcome.Pointer)}";
        writer.Line("if (sink is null) return false;");
        writer.Line($"if (!sink.SkipsRule(path, {rule.MethodName}_Reads)) sink.Rule({path}, {CSharpLiteral.String(rule.Code)}, {CSharpLiteral.String(outcome.Message)});");
    }

    public static void EmitMethods(IndentedWriter writer, EquatableArray<RuleSpec> rules)
    {
        foreach (var rule in rules)
        {
            // A skipped check holds; a skipped 'when' does not apply. An overflow (or a date moved out of range) fails a check and makes a 'when' apply.
            var (skipped, overflow) = rule.IsWhen ? ("false", "true") : ("true", "false");
            writer.Line().Open($"private bool {rule.MethodName}()");
            if (rule.Guards.Count > 0) writer.Line($"if ({string.Join(" || ", rule.Guards)}) return {skipped};");
            if (rule.UsesMacros) writer.Line("var __skip = false;");
            var result = !rule.UsesMacros ? rule.Condition : rule.IsWhen ? $"{rule.Condition} && !__skip" : $"{rule.Condition} || __skip";
            if (rule.UsesArithmetic)
            {
                writer.Block($$"""
                    try
                    {
                        return {{result}};
                    }
                    catch (global::System.OverflowException)
                    {
                        return {{overflow}};
                    }
                    catch (global::System.DivideByZeroException)
                    {
                        return {{overflow}};
                    }
                    catch (global::System.ArgumentOutOfRangeException)
                    {
                        // A date and time moved past its range.
                        return {{overflow}};
                    }
                    """);
            }
            else
            {
                writer.Line($"return {result};");
            }
            foreach (var function in rule.Functions) writer.Line().Block(function);
            writer.Close();
            var reads = string.Join(", ", rule.Reads.Select(CSharpLiteral.String));
            writer.Line().Line($"private static readonly string[] {rule.MethodName}_Reads = {{ {reads} }};");
            for (var i = 0; i < rule.Patterns.Count; i++) ValidationEmitter.EmitPattern(writer, $"{rule.MethodName}_Pattern{i}", rule.Patterns[i]);
        }
    }
}

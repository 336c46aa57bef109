using System.Linq;

namespace DomainKit.Schema.Rules;

/// <summary>
/// Emits a record's rules: their checks inside <c>ValidateCore</c>, and one private method per rule that
/// answers whether it holds — guards first (a required value it reads is missing: skipped), macros as
/// local functions with loops, arithmetic checked (an overflow fails the rule). Nothing allocates.
/// </summary>
internal static class RuleEmitter
{
    /// <param name="ownOnly">For a record's own check: a broken rule returns false, with nothing reported.</param>
    public static void EmitChecks(IndentedWriter writer, EquatableArray<RuleSpec> rules, bool ownOnly = false)
    {
        foreach (var rule in rules)
        {
            if (ownOnly && !rule.IsWhen)
            {
                writer.Line($"if (!{rule.MethodName}()) return false;");
                continue;
            }
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
                if (ownOnly)
                {
                    writer.Line($"if ({RuleWriter.Write(outcome.Broken!)}) return false;");
                    continue;
                }
                writer.Open($"if ({RuleWriter.Write(outcome.Broken!)})");
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
        writer.Line($"if (!sink.SkipsRule(path, {rule.MemberPrefix}_Reads)) sink.Rule({path}, {CSharpLiteral.String(rule.Code)}, {CSharpLiteral.String(outcome.Message)});");
    }

    private static void Evaluate(IndentedWriter writer, RuleSpec rule, string skipped)
    {
        if (!rule.UsesMacros)
        {
            writer.Line($"return {RuleWriter.Write(rule.Condition)};");
            return;
        }
        writer.Line($"var __result = {RuleWriter.Write(rule.Condition)};")
            .Line($"if (__skip) return {skipped};")
            .Line("return __result;");
    }

    public static void EmitMethods(IndentedWriter writer, EquatableArray<RuleSpec> rules)
    {
        foreach (var rule in rules)
        {
            // A skipped check holds; a skipped 'when' does not apply. An overflow (or a date moved out of range) fails a check and makes a 'when' apply.
            var (skipped, overflow) = rule.IsWhen ? ("false", "true") : ("true", "false");
            writer.Line().Open($"private bool {rule.MethodName}()");
            if (rule.Guards.Count > 0) writer.Line($"if ({RuleWriter.Guards(rule.Guards)}) return {skipped};");
            // A macro that meets an item it cannot read (reported as required) sets __skip: the rule is then skipped too.
            if (rule.UsesMacros) writer.Line("var __skip = false;");
            if (rule.UsesArithmetic)
            {
                writer.Open("try");
                Evaluate(writer, rule, skipped);
                writer.Close();
                writer.Block($$"""
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
                Evaluate(writer, rule, skipped);
            }
            foreach (var function in rule.Functions) writer.Line().Block(RuleWriter.Function(function));
            writer.Close();
            var reads = string.Join(", ", rule.Reads.Select(CSharpLiteral.String));
            writer.Line().Line($"private static readonly string[] {rule.MemberPrefix}_Reads = {{ {reads} }};");
            for (var i = 0; i < rule.Patterns.Count; i++) ValidationEmitter.EmitPattern(writer, $"{rule.MemberPrefix}_Pattern{i}", rule.Patterns[i]);
        }
    }
}

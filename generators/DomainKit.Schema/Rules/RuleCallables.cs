using System.Collections.Immutable;
using System.Linq;

namespace DomainKit.Schema.Rules;

/// <summary>One function of the rule language: called bare (<c>size(x)</c>) or on a value (<c>x.size()</c>), how it is written, what it does.</summary>
internal sealed record RuleCallable(string Name, bool OnValue, string Signature, string Doc, bool IsMacro = false);

/// <summary>The rule language's functions and macros: what the checker names when a call is unknown, and what an editor offers.</summary>
internal static class RuleCallables
{
    public static readonly ImmutableArray<RuleCallable> All = ImmutableArray.Create(
        new RuleCallable("size", false, "size(x)", "Code points of a string, count of a collection."),
        new RuleCallable("has", false, "has(x)", "Whether an optional value is there: `x != null`."),
        new RuleCallable("date", false, "date('2025-02-27')", "A date literal."),
        new RuleCallable("datetime", false, "datetime('2025-02-27T10:00:00Z')", "A date-time literal."),
        new RuleCallable("time", false, "time('09:30:00')", "A time-of-day literal."),
        new RuleCallable("duration", false, "duration('01:30:00')", "A duration literal."),
        new RuleCallable("size", true, "x.size()", "Code points of a string, count of a collection."),
        new RuleCallable("startsWith", true, "s.startsWith(t)", "Whether a string starts with another (ordinal)."),
        new RuleCallable("endsWith", true, "s.endsWith(t)", "Whether a string ends with another (ordinal)."),
        new RuleCallable("contains", true, "s.contains(t) / xs.contains(v)", "Whether a string contains another (ordinal), or a collection holds a value."),
        new RuleCallable("matches", true, "s.matches('regex')", "Whether a string matches a literal regular expression (compiled at build time, linear-time engine)."),
        new RuleCallable("all", true, "xs.all(x, test)", "Whether every item passes the test.", IsMacro: true),
        new RuleCallable("exists", true, "xs.exists(x, test)", "Whether some item passes the test.", IsMacro: true),
        new RuleCallable("unique", true, "xs.unique(x, key)", "Whether no two items share the key.", IsMacro: true));

    public static string[] Names(bool onValue) => All.Where(f => f.OnValue == onValue).Select(f => f.Name).ToArray();
}

using System.Collections.Generic;
using System.Linq;

namespace DomainKit.Schema.Evolution;

/// <summary>
/// Compares two field types by what they look like on the wire: a value type is the primitive it wraps, a renamed
/// type is the type it was, and a widening (an <c>int</c> that became a <c>long</c>) fails only baseline readers.
/// </summary>
internal sealed class WireTypes
{
    // Every value of the first reads as the second; not the other way round.
    private static readonly HashSet<(string From, string To)> Widenings = new()
    {
        ("int", "long"), ("int", "decimal"), ("int", "double"), ("long", "decimal"),
    };

    private readonly Dictionary<string, TypeForm> _baseline;
    private readonly Dictionary<string, TypeForm> _current;

    public WireTypes(IEnumerable<TypeForm> baseline, IEnumerable<TypeForm> current)
    {
        _baseline = ByName(baseline);
        _current = ByName(current);
    }

    public bool IsDeclaredNow(string name) => _current.ContainsKey(name);

    /// <summary>Which readers the change from <paramref name="old"/> to <paramref name="now"/> fails; the outer <c>?</c> is not looked at.</summary>
    public CompatibilityDirections Compare(TypeExpression old, TypeExpression now)
    {
        var oldName = Wire(old.Name, _baseline);
        var nowName = Wire(now.Name, _current);
        if (!SameType(oldName, nowName)) return Widenings.Contains((oldName, nowName)) ? CompatibilityDirections.Forward : CompatibilityDirections.Both;
        if (old.Arguments.Count != now.Arguments.Count) return CompatibilityDirections.Both;
        var breaks = CompatibilityDirections.None;
        for (var i = 0; i < old.Arguments.Count; i++)
        {
            var (a, b) = (old.Arguments[i], now.Arguments[i]);
            if (!a.Optional && b.Optional) breaks |= CompatibilityDirections.Forward;
            if (a.Optional && !b.Optional) breaks |= CompatibilityDirections.Backward;
            breaks |= Compare(a, b);
        }
        return breaks;
    }

    private bool SameType(string oldName, string nowName) =>
        oldName == nowName || (_current.TryGetValue(nowName, out var form) && form.RenamedFrom.Contains(oldName) && !_current.ContainsKey(oldName));

    private static string Wire(string name, Dictionary<string, TypeForm> forms) =>
        forms.TryGetValue(name, out var form) && form.Kind == TypeKind.Value && form.Wrapped is { } primitive ? primitive : name;

    private static Dictionary<string, TypeForm> ByName(IEnumerable<TypeForm> forms)
    {
        var byName = new Dictionary<string, TypeForm>(System.StringComparer.Ordinal);
        foreach (var form in forms) byName[form.Name] = form;
        return byName;
    }
}

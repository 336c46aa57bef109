namespace DomainKit.Testing;

/// <summary>The arithmetic and comparisons of rule expressions over the values <see cref="RuleEvaluator"/> reads.</summary>
internal static class RuleArithmetic
{
    public static bool IsNumber(object? value) => value is long or decimal or double;

    public static int Compare(object left, object right) => (left, right) switch
    {
        (long a, long b) => a.CompareTo(b),
        (double, _) or (_, double) => Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture)),
        _ => Convert.ToDecimal(left, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static object Apply(string op, object? left, object? right) => (left, right) switch
    {
        (long a, long b) => op switch
        {
            "+" => checked(a + b),
            "-" => checked(a - b),
            "*" => checked(a * b),
            "/" => a / b,
            "%" => a % b,
            _ => throw new InvalidCastException(op),
        },
        (double, _) or (_, double) when IsNumber(left) && IsNumber(right) => Number(op, Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture)),
        _ when IsNumber(left) && IsNumber(right) => Number(op, Convert.ToDecimal(left, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDecimal(right, System.Globalization.CultureInfo.InvariantCulture)),
        (DateTimeOffset a, TimeSpan b) => op == "+" ? a + b : op == "-" ? a - b : throw new InvalidCastException(op),
        (DateTime a, TimeSpan b) => op == "+" ? a + b : op == "-" ? a - b : throw new InvalidCastException(op),
        (TimeSpan a, TimeSpan b) => op == "+" ? a + b : op == "-" ? a - b : throw new InvalidCastException(op),
        (DateTimeOffset a, DateTimeOffset b) when op == "-" => a - b,
        (DateTime a, DateTime b) when op == "-" => a - b,
        _ => throw new InvalidCastException(op),
    };

    private static object Number<T>(string op, T a, T b)
        where T : System.Numerics.INumber<T> => op switch
        {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => a / b,
            "%" => a % b,
            _ => throw new InvalidCastException(op),
        };
}

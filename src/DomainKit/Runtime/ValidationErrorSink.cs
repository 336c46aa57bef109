using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace DomainKit.Runtime;

/// <summary>
/// Collects validation errors for generated <c>Validate()</c> methods, one method per error code so
/// every message reads the same. Only created once a value is known to be invalid.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValidationErrorSink
{
    private const int MaxShown = 60;
    private readonly List<ValidationError> _errors = new();
    private readonly HashSet<string>? _unreadable;

    /// <summary>A sink for validating a value built in memory.</summary>
    public ValidationErrorSink()
    {
    }

    /// <summary>A sink for validating a value just read, whose read reported <paramref name="structural"/> errors: rules that read those values are skipped.</summary>
    internal ValidationErrorSink(IReadOnlyList<ValidationError> structural)
    {
        if (structural.Count == 0) return;
        _unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in structural) _unreadable.Add(error.Path);
    }

    /// <summary>How many errors have been collected.</summary>
    public int Count => _errors.Count;

    /// <summary>The collected errors as a result.</summary>
    public ValidationResult ToResult() => ValidationResult.FromErrors(_errors.ToArray());

    /// <summary>Adds an error with a code and message of the caller's choosing.</summary>
    public void Add(string path, string code, string message) => _errors.Add(new ValidationError(path, code, message));

    /// <summary>A rule does not hold.</summary>
    public void Rule(string path, string code, string message) => Add(path, code, message);

    /// <summary>
    /// Whether a rule of the record at <paramref name="path"/> that reads <paramref name="reads"/> (JSON Pointers
    /// relative to it; one ending in '/' stands for anything under it) must be skipped, because reading the
    /// document already reported an error for a value it reads (the value is a placeholder, not what was sent).
    /// </summary>
    public bool SkipsRule(string path, string[] reads)
    {
        if (_unreadable is null) return false;
        foreach (var read in reads)
        {
            var full = path + read;
            foreach (var unreadable in _unreadable)
            {
                // The read itself, or a value it sits in, did not read; for "anything under": nor anything under it.
                var within = unreadable == full || (full.Length > unreadable.Length && full[unreadable.Length] == '/' && full.StartsWith(unreadable, StringComparison.Ordinal));
                if (within || (read.EndsWith('/') && unreadable.StartsWith(full, StringComparison.Ordinal))) return true;
            }
        }
        return false;
    }

    /// <summary>A required value is missing (null).</summary>
    public void Required(string path, string name) => Add(path, "required", $"'{name}' is required.");

    /// <summary>A string is shorter than <paramref name="limit"/> code points.</summary>
    public void MinLength(string path, string name, int limit, int actual) =>
        Add(path, "minLength", $"'{name}' must be at least {Quantity(limit, "character")} long; it has {actual}.");

    /// <summary>A string is longer than <paramref name="limit"/> code points.</summary>
    public void MaxLength(string path, string name, int limit, int actual) =>
        Add(path, "maxLength", $"'{name}' must be at most {Quantity(limit, "character")} long; it has {actual}.");

    /// <summary>A string does not match its pattern.</summary>
    public void Pattern(string path, string name, string pattern, string actual) =>
        Add(path, "pattern", $"'{name}' must match the pattern {pattern}; {Show(actual)} does not.");

    /// <summary>A string is not in its format.</summary>
    public void Format(string path, string name, string format, string actual) =>
        Add(path, "format", $"'{name}' must be a valid {Formats.Describe(format)}; {Show(actual)} is not.");

    /// <summary>A value is below its inclusive lower bound.</summary>
    public void Min(string path, string name, string limit, object actual) =>
        Add(path, "min", $"'{name}' must be at least {limit}; it is {Show(actual)}.");

    /// <summary>A value is above its inclusive upper bound.</summary>
    public void Max(string path, string name, string limit, object actual) =>
        Add(path, "max", $"'{name}' must be at most {limit}; it is {Show(actual)}.");

    /// <summary>A value is not above its exclusive lower bound.</summary>
    public void ExclusiveMin(string path, string name, string limit, object actual) =>
        Add(path, "exclusiveMin", $"'{name}' must be greater than {limit}; it is {Show(actual)}.");

    /// <summary>A value is not below its exclusive upper bound.</summary>
    public void ExclusiveMax(string path, string name, string limit, object actual) =>
        Add(path, "exclusiveMax", $"'{name}' must be less than {limit}; it is {Show(actual)}.");

    /// <summary>A collection has fewer than <paramref name="limit"/> items.</summary>
    public void MinItems(string path, string name, int limit, int actual) =>
        Add(path, "minItems", $"'{name}' must have at least {Quantity(limit, "item")}; it has {actual}.");

    /// <summary>A collection has more than <paramref name="limit"/> items.</summary>
    public void MaxItems(string path, string name, int limit, int actual) =>
        Add(path, "maxItems", $"'{name}' must have at most {Quantity(limit, "item")}; it has {actual}.");

    /// <summary>A collection holds the same item twice.</summary>
    public void Unique(string path, string name, object? duplicate) =>
        Add(path, "unique", $"'{name}' must not contain duplicates; {Show(duplicate)} appears more than once.");

    /// <summary>An enum holds a number that is none of its members.</summary>
    public void Enum(string path, string name, string enumName, object actual) =>
        Add(path, "enum", $"'{name}' must be a member of {enumName}; {Show(actual)} is not.");

    private static string Quantity(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>A value as shown in messages: invariant, strings quoted, long text cut short.</summary>
    public static string Show(object? value) => value switch
    {
        null => "null",
        string text => "'" + (text.Length <= MaxShown ? text : text.Substring(0, MaxShown) + "…") + "'",
        DateOnly date => ValueText.Format(date),
        DateTimeOffset moment => ValueText.Format(moment),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Show(value.ToString()),
    };
}

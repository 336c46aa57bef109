using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace DomainKit.Runtime;

/// <summary>
/// State of one read by generated JSON code: where the reader is (a stack of path segments, turned into
/// a JSON Pointer only when an error is reported) and the structural errors found so far.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonReadContext
{
    private readonly List<ValidationError> _errors = new();
    private PathStep[] _path = new PathStep[16];
    private int _depth;
    private bool _constraintBroken;

    // One context per thread is kept between reads, so that reading many small documents allocates only what they hold.
    [ThreadStatic]
    private static JsonReadContext? _spare;

    /// <summary>A context for one read: the thread's spare one, or a new one when it is in use (a read inside a read).</summary>
    internal static JsonReadContext Rent()
    {
        var context = _spare ?? new JsonReadContext();
        _spare = null;
        return context;
    }

    /// <summary>Hands a context back once nothing refers to its errors; it is kept unless a hostile document made it large.</summary>
    internal static void Return(JsonReadContext context)
    {
        if (context._errors.Capacity > 256 || context._path.Length > 256) return;
        context.Clear();
        _spare = context;
    }

    /// <summary>Forgets the errors and the path of the read before, for the next.</summary>
    internal void Clear()
    {
        _errors.Clear();
        _depth = 0;
        _constraintBroken = false;
    }

    /// <summary>A record just read breaks one of its own constraints or rules: the document is walked for every error.</summary>
    public void ConstraintBroken() => _constraintBroken = true;

    /// <summary>Whether every record read since <see cref="Clear"/> held its own constraints and rules.</summary>
    internal bool ConstraintsHeld => !_constraintBroken;

    /// <summary>Structural errors found so far.</summary>
    public int ErrorCount => _errors.Count;

    /// <summary>The errors found so far.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>Enters a property of an object.</summary>
    public void Push(string wireName) => PushStep(wireName, -1);

    /// <summary>Enters an item of an array.</summary>
    public void Push(int index) => PushStep(null, index);

    /// <summary>Enters the property a slot of <paramref name="properties"/> names.</summary>
    internal void Push(JsonPropertySet properties, int slot) => PushStep(properties, slot);

    /// <summary>Leaves the step entered last.</summary>
    public void Pop() => _depth--;

    private void PushStep(object? source, int slot)
    {
        if (_depth == _path.Length) Array.Resize(ref _path, _path.Length * 2);
        ref var step = ref _path[_depth++];
        // Siblings share their source: a reference is stored (which costs the garbage collector's bookkeeping) only when it changes.
        if (!ReferenceEquals(step.Source, source)) step.Source = source;
        step.Slot = slot;
    }

    /// <summary>The JSON Pointer of where the reader is.</summary>
    public string CurrentPath
    {
        get
        {
            var segments = new PointerSegment[_depth];
            for (var i = 0; i < segments.Length; i++) segments[i] = _path[i].Segment;
            return PointerSegment.Format(segments);
        }
    }

    /// <summary>Adds an error at the current path.</summary>
    public void Error(string code, string message) => _errors.Add(new ValidationError(CurrentPath, code, message));

    /// <summary>The token is not what the field's type needs; the value is skipped.</summary>
    public void WrongType(ref Utf8Input reader, string expected)
    {
        Error("type", $"{Subject} must be {expected}, not {Describe(reader.TokenType)}.");
        reader.Skip();
    }

    /// <summary>A string or number that is not a valid value of the field's type, e.g. a malformed date.</summary>
    public void Malformed(string expected, string actual) =>
        Error("type", $"{Subject} must be {expected}; {ValidationErrorSink.Show(actual)} is not.");

    /// <summary>A null where the field's type does not allow one.</summary>
    public void NullNotAllowed() => Error("required", $"{Subject} is required and cannot be null.");

    /// <summary>A string that is none of an enum's members; the value is skipped.</summary>
    public void UnknownMember(ref Utf8Input reader, string enumName, string members)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a string naming a member of " + enumName);
            return;
        }
        var text = reader.TryGetString(out var value) ? value : JsonPrimitives.Raw(ref reader);
        Error("enum", $"{Subject} must be one of {members}; {ValidationErrorSink.Show(text)} is not a member of {enumName}.");
    }

    /// <summary>A union's discriminator that names none of its variants.</summary>
    public void UnknownVariant(ref Utf8Input reader, string unionName, string tags)
    {
        var text = reader.TryGetString(out var value) ? value : JsonPrimitives.Raw(ref reader);
        Error("variant", $"{Subject} must be one of {tags}; {ValidationErrorSink.Show(text)} is not a variant of {unionName}.");
    }

    /// <summary>A required property that is absent or null.</summary>
    public void Missing(string wireName)
    {
        Push(wireName);
        Error("required", $"'{wireName}' is required.");
        Pop();
    }

    /// <summary>A property that appears twice in one object; the second value is skipped.</summary>
    public void Duplicate(ref Utf8Input reader, string wireName)
    {
        Error("unique", $"Property '{wireName}' appears more than once.");
        reader.Skip();
    }

    /// <summary>A property the type does not have, in a schema file that says <c>unknownFields: error</c>.</summary>
    public void Unknown(ref Utf8Input reader, string typeName)
    {
        var name = reader.TryGetString(out var text) ? text : JsonPrimitives.Raw(ref reader);
        Push(name);
        Error("type", $"'{typeName}' has no property '{name}'.");
        Pop();
        reader.Skip();
    }

    /// <summary>
    /// For a union variant's reader: whether to read the object at the reader — true at its start, and true, with the
    /// discriminator (property 0) marked seen, when <paramref name="discriminatorRead"/> says the reader stands past it.
    /// </summary>
    public bool StartVariant(ref Utf8Input reader, bool discriminatorRead, scoped Span<bool> seen, ref int property)
    {
        if (!discriminatorRead) return StartObject(ref reader);
        seen[0] = true;
        property = 0;
        return true;
    }

    /// <summary>Whether the reader is at the start of an object; otherwise reported and skipped.</summary>
    public bool StartObject(ref Utf8Input reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject) return true;
        WrongType(ref reader, "an object");
        return false;
    }

    /// <summary>
    /// Moves to the value of the next known property of the object being read and enters its path, or
    /// returns false at the object's end. Unknown properties are skipped (or reported, for
    /// <c>unknownFields: error</c>); a property seen before is reported and skipped. The caller reads
    /// the value, then calls <see cref="Pop"/>. <paramref name="property"/>: the previous property on
    /// entry (-1 at first), the one to read on return.
    /// </summary>
    // Not inlined: inlined, it added 2 KB to each record's reader, and a stream of records ran 2-3 % slower.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool NextProperty(ref Utf8Input reader, JsonPropertySet properties, scoped Span<bool> seen, ref int property)
    {
        while (true)
        {
            int slot;
            if (properties.PlainName(property + 1) is { } expected && reader.TryReadPlainName(expected)) slot = property + 1;
            else if (reader.ReadPropertyName()) slot = properties.Find(ref reader, property + 1);
            else return false;
            var found = slot < 0 ? -1 : properties.PropertyOf(slot);
            if (found == JsonPropertySet.Reserved)
            {
                SkipProperty(ref reader);
                continue;
            }
            if (found < 0)
            {
                if (!reader.StringIsUtf8())
                {
                    Error("type", "A property name is not valid UTF-8 text.");
                    reader.Skip();
                }
                else if (properties.UnknownFieldsError) Unknown(ref reader, properties.TypeName);
                else SkipProperty(ref reader);
                continue;
            }
            reader.ReadPropertyValue();
            Push(properties, slot);
            if (seen[found])
            {
                Duplicate(ref reader, properties.NameOf(slot));
                Pop();
                continue;
            }
            seen[found] = true;
            property = found;
            return true;
        }
    }

    /// <summary>
    /// Skips a property (the reader at its name), refusing text inside its value that is not UTF-8 (RFC 8259 §8.1: such
    /// text is not JSON, whether read or skipped), at the property's path.
    /// </summary>
    private void SkipProperty(ref Utf8Input reader)
    {
        var name = reader;
        if (reader.SkipValidating()) return;
        Push(name.TryGetString(out var text) ? text : JsonPrimitives.Raw(ref name));
        Error("type", "The value holds text that is not valid UTF-8.");
        Pop();
    }

    /// <summary>Reports each required property of the object just read that was absent.</summary>
    public void CheckRequired(JsonPropertySet properties, ReadOnlySpan<bool> seen)
    {
        if (properties.AllRequiredSeen(seen)) return;
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties.Required[i] && !seen[i]) Missing(properties.WireNames[i]);
        }
    }

    /// <summary>Malformed JSON text: where it is, in bytes.</summary>
    public void Syntax(JsonTextException exception) =>
        Error("type", $"Malformed JSON at line {exception.Line}, byte {exception.BytePositionInLine} (offset {exception.Offset}): {exception.Message}");

    /// <summary>Adds the constraint errors of a value read without structural errors at or under the same path.</summary>
    public void AddConstraintErrors(IReadOnlyList<ValidationError> constraintErrors)
    {
        if (constraintErrors.Count == 0) return;
        HashSet<string>? structural = null;
        if (_errors.Count > 0)
        {
            structural = new HashSet<string>(StringComparer.Ordinal);
            foreach (var error in _errors) structural.Add(error.Path);
        }
        foreach (var error in constraintErrors)
        {
            if (structural is null || (!IsUnderAny(error.Path, structural) && !(error.Code == "required" && HasAnyUnder(error.Path, structural)))) _errors.Add(error);
        }
    }

    // A value that is null because reading it failed inside (a union without its discriminator) is not also "required".
    private static bool HasAnyUnder(string path, HashSet<string> reported)
    {
        foreach (var structural in reported)
        {
            if (structural.Length > path.Length && structural[path.Length] == '/' && structural.StartsWith(path, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsUnderAny(string path, HashSet<string> reported)
    {
        if (reported.Contains(path)) return true;
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (reported.Contains(path.Substring(0, slash))) return true;
        }
        return false;
    }

    private string Subject => _depth == 0 ? "The document" : $"'{(_path[_depth - 1].Segment.Name ?? LastNamedWithIndex())}'";

    private string LastNamedWithIndex()
    {
        for (var i = _depth - 1; i >= 0; i--)
        {
            if (_path[i].Segment.Name is { } name) return name + " item";
        }
        return "item";
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

namespace DomainKit.Schema.Model;

// Index stage, for rules: the fields of records as other files' rules see them (a.b into a nested
// record). Kept apart from the type index, and narrowed per file to the records its rules can reach,
// so editing a record's fields re-checks only the files whose rules could read them.

/// <summary>
/// A field as rules see it. <c>HasDefault</c>: a document may leave it out and still hold a value;
/// <c>RenamedFrom</c>: other names a document may hold it under.
/// </summary>
internal sealed record FieldShape(string Name, string WireName, TypeExpression Type, bool HasDefault, EquatableArray<string> RenamedFrom);

internal sealed record RecordShape(string Name, EquatableArray<FieldShape> Fields);

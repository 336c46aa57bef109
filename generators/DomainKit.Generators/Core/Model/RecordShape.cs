namespace DomainKit.Generators.Core.Model;

// Index stage, for rules: the fields of records as other files' rules see them (a.b into a nested
// record). Kept apart from the type index, and narrowed per file to the records its rules can reach,
// so editing a record's fields re-checks only the files whose rules could read them.

internal sealed record FieldShape(string Name, string WireName, TypeExpression Type);

internal sealed record RecordShape(string Name, EquatableArray<FieldShape> Fields);

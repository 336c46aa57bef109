using System.Text.RegularExpressions;
using DomainKit.LanguageServer.Navigation;
using DomainKit.LanguageServer.Rpc;
using DomainKit.LanguageServer.Workspace;
using DomainKit.Schema.Evolution;

namespace DomainKit.LanguageServer.Features;

/// <summary>
/// Rename of a type, field, enum member or variant in every file of the project. Where a baseline has the old name,
/// a renamed type gets <c>renamedFrom</c>, so the compatibility check reads it as the same one; a renamed field keeps
/// its wire name with <c>json:</c> when forward compatibility is checked (old readers know only the old name), else
/// gets <c>renamedFrom</c> (new readers accept the old name).
/// </summary>
internal static partial class RenameFeature
{
    public static PrepareRenameResult? Prepare(ProjectView view, string path, Position position) =>
        view.Symbols.At(path, position.Line, position.Character) is { } occurrence
            ? new PrepareRenameResult(TextLines.RangeOf(occurrence.Span), occurrence.Symbol.Name)
            : null;

    public static WorkspaceEdit? Rename(ProjectView view, string path, Position position, string newName)
    {
        if (view.Symbols.At(path, position.Line, position.Character) is not { } occurrence) return null;
        if (!Identifier().IsMatch(newName)) throw new RpcException(RpcErrors.InvalidParams, $"'{newName}' is not a name: a letter or '_', then letters, digits or '_'");
        var edits = view.Symbols.Of(occurrence.Symbol)
            .Select(o => (o.Span.FilePath, Edit: new TextEdit(TextLines.RangeOf(o.Span), newName)))
            .ToList();
        if (RenamedFrom(view, occurrence.Symbol) is { } kept) edits.Add(kept);
        return new WorkspaceEdit(edits
            .GroupBy(e => DocumentUri.FromPath(e.FilePath), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Edit).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The <c>renamedFrom</c> entry that keeps a renamed type or field continuing its baseline self, or null when no baseline has it.</summary>
    public static (string FilePath, TextEdit Edit)? RenamedFrom(ProjectView view, Symbol symbol)
    {
        var baseline = view.Compiled.BaselineParsed.SelectMany(f => f.Types).ToList();
        switch (symbol.Kind)
        {
            case SymbolKind.Type when view.Symbols.TypeNamed(symbol.Name) is { } type && baseline.Any(t => t.Name.Text == symbol.Name):
                var lines = view.LinesOf(type.Name.Span.FilePath);
                var edit = type.RenamedFrom.Count > 0
                    ? YamlEdits.AppendItem(lines, type.RenamedFrom[type.RenamedFrom.Count - 1], symbol.Name)
                    : YamlEdits.InsertKey(lines, type.Name.Span, "renamedFrom", "[" + symbol.Name + "]");
                return edit is null ? null : (type.Name.Span.FilePath, edit);
            case SymbolKind.Field when view.Symbols.FieldOf(symbol.Owner, symbol.Name) is { } found
                                      && found.Field.WireNameOverride is null
                                      && baseline.Any(t => t.Name.Text == symbol.Owner.Split('/')[0] && FieldsOf(t).Any(f => f.WireName == symbol.Name)):
                return KeepWireName(view, found.Field, symbol.Name);
            default:
                return null;
        }
    }

    /// <summary>What keeps a field that was <paramref name="oldWire"/> on the wire compatible: <c>json: old</c> under forward checking, else <c>renamedFrom</c>.</summary>
    public static (string FilePath, TextEdit Edit)? KeepWireName(ProjectView view, FieldDeclaration field, string oldWire)
    {
        var lines = view.LinesOf(field.Name.Span.FilePath);
        TextEdit? edit;
        if ((view.Compiled.Settings.Compatibility.Checked & CompatibilityDirections.Forward) != 0)
            edit = YamlEdits.AddFieldKey(lines, field, "json", oldWire);
        else if (field.RenamedFrom.Count > 0)
            edit = YamlEdits.AppendItem(lines, field.RenamedFrom[field.RenamedFrom.Count - 1], oldWire);
        else
            edit = YamlEdits.AddFieldKey(lines, field, "renamedFrom", "[" + oldWire + "]");
        return edit is null ? null : (field.Name.Span.FilePath, edit);
    }

    private static IEnumerable<FieldDeclaration> FieldsOf(TypeDeclaration type) =>
        type.Fields.Concat(type.Union?.Variants.SelectMany(v => v.Fields) ?? []);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}

using DomainKit.Tests.Shared;

namespace DomainKit.LanguageServer.Tests;

public class SymbolsTests
{
    [Fact]
    public void Document_symbols_are_the_types_with_their_fields_members_and_variants()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var symbols = session.Request("textDocument/documentSymbol", new TextDocumentParams(new TextDocumentIdentifier(new Uri(project.SchemaPath("agenda.yaml")).AbsoluteUri)),
            LspJson.Default.TextDocumentParams, LspJson.Default.DocumentSymbolArray)!;
        var agenda = symbols.Single(s => s.Name == "Agenda");
        Assert.Contains(agenda.Children!, c => c.Name == "delegations" && c.Detail == "list<Delegation>");
        var events = symbols.Single(s => s.Name == "DiplomaticEvent");
        Assert.Contains(events.Children!, c => c.Name == "PhoneCall" && c.Children!.Any(f => f.Name == "participants"));
        Assert.Contains(symbols.Single(s => s.Name == "AgendaTopic").Children!, c => c.Name == "VisaPolicy");
        Assert.True(agenda.Range.End.Line > agenda.Range.Start.Line);
    }

    [Fact]
    public void Workspace_symbols_find_types_by_part_of_their_name()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var found = session.Request("workspace/symbol", new WorkspaceSymbolParams("consul"), LspJson.Default.WorkspaceSymbolParams, LspJson.Default.SymbolInformationArray)!;
        Assert.Equal(["Consulate"], found.Select(s => s.Name));
    }

    [Fact]
    public void Folding_follows_the_yaml_structure()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("mission.yaml");
        var ranges = session.Request("textDocument/foldingRange", new TextDocumentParams(new TextDocumentIdentifier(new Uri(project.SchemaPath("mission.yaml")).AbsoluteUri)),
            LspJson.Default.TextDocumentParams, LspJson.Default.FoldingRangeArray)!;
        var rules = TempProject.PositionOf(text, "    rules:").Line;
        var firstRule = TempProject.PositionOf(text, "      - check: staffPresent").Line;
        Assert.Contains(ranges, r => r.StartLine == rules && r.EndLine > firstRule + 2);
        Assert.Contains(ranges, r => r.StartLine == firstRule && r.EndLine == firstRule + 3);
    }

    [Fact]
    public void Semantic_tokens_colour_rule_expressions()
    {
        using var project = new TempProject();
        var session = new LanguageServerSession(project.Folder);
        var text = TempProject.Example("diplomat.yaml");
        var data = session.Request("textDocument/semanticTokens/full", new TextDocumentParams(new TextDocumentIdentifier(new Uri(project.SchemaPath("diplomat.yaml")).AbsoluteUri)),
            LspJson.Default.TextDocumentParams, LspJson.Default.SemanticTokens)!.Data;
        var tokens = new List<(int Line, int Column, int Length, string Type)>();
        var (line, column) = (0, 0);
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            column = data[i] == 0 ? column + data[i + 1] : data[i + 1];
            tokens.Add((line, column, data[i + 2], SemanticTokenTypes.All[data[i + 3]]));
        }
        var check = TempProject.PositionOf(text, "head.country == country && members.all(m, m.country == country)");
        string TypeAt(string marker, int offset = 0)
        {
            var at = TempProject.PositionOf(text, marker, offset);
            return tokens.Single(t => t.Line == at.Line && t.Column == at.Character).Type;
        }
        Assert.Equal("property", TypeAt("head.country =="));
        Assert.Equal("function", TypeAt("all(m,"));
        Assert.Equal("variable", TypeAt("m, m.country", 3));
        Assert.Equal("operator", TypeAt("&& members"));
        Assert.All(tokens, t => Assert.Equal(check.Line, t.Line));
    }
}

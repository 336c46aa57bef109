using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.LanguageServer.Protocol;
using DomainKit.LanguageServer.Rpc;
using DomainKit.LanguageServer.Workspace;
using DomainKit.Tests.Shared;
using Range = DomainKit.LanguageServer.Protocol.Range;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// The language server never falls over: the hostile inputs and mutated example schemas (the schema fuzzer's own
/// mutator, seeded) are typed into an open document, and every request at positions all over it is answered — a
/// value or a refusal with its JSON-RPC code, never an exception. DOMAINKIT_LSP_FUZZ_SEED changes the seed.
/// </summary>
public class LanguageServerFuzzTests
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("DOMAINKIT_LSP_FUZZ_SEED"), out var seed) ? seed : 20261201;

    [Fact]
    public void Every_request_on_hostile_and_mutated_schemas_is_answered()
    {
        var random = new Random(Seed);
        var mutator = new SchemaMutator(random);
        var examples = GeneratorHarness.ExampleSchemas();
        var inputs = KnownHostileSchemaTests.Inputs().Cast<object[]>().Select(row => (string)row[0])
            .Concat(Enumerable.Range(0, 60).Select(_ => mutator.Mutate(examples[random.Next(examples.Length)].Text)))
            .ToList();
        var session = new LanguageServerSession(workspace: new SchemaWorkspace(_ => null));
        const string path = "/fuzz/schema/input.yaml";
        foreach (var (other, text) in examples) session.Open("/fuzz/" + other, text);
        for (var input = 0; input < inputs.Count; input++)
        {
            try
            {
                session.Open(path, inputs[input], input + 1);
                AskEverywhere(session, path, inputs[input], random);
            }
            catch (Exception e) when (e is not RpcException)
            {
                throw new InvalidOperationException($"Input {input} (DOMAINKIT_LSP_FUZZ_SEED={Seed}) broke the server:\n{Shorten(inputs[input])}", e);
            }
        }
    }

    private static void AskEverywhere(LanguageServerSession session, string path, string text, Random random)
    {
        var lines = new TextLines(text);
        var document = new TextDocumentIdentifier(DocumentUri.FromPath(path));
        Answered(() => session.Request("textDocument/documentSymbol", new TextDocumentParams(document), LspJson.Default.TextDocumentParams, LspJson.Default.DocumentSymbolArray));
        Answered(() => session.Request("textDocument/foldingRange", new TextDocumentParams(document), LspJson.Default.TextDocumentParams, LspJson.Default.FoldingRangeArray));
        Answered(() => session.Request("textDocument/semanticTokens/full", new TextDocumentParams(document), LspJson.Default.TextDocumentParams, LspJson.Default.SemanticTokens));
        Answered(() => session.CodeActions(path, new Range(new Position(0, 0), new Position(lines.LineCount, 0))));
        for (var probe = 0; probe < 25; probe++)
        {
            var line = random.Next(Math.Min(lines.LineCount, 400));
            var character = random.Next(lines.Line(line).Length + 2);
            Answered(() => session.Completion(path, line, character));
            Answered(() => session.Hover(path, line, character));
            Answered(() => session.Definition(path, line, character));
            Answered(() => session.References(path, line, character));
            Answered(() => session.Request("textDocument/documentHighlight", LanguageServerSession.At(path, line, character), LspJson.Default.TextDocumentPositionParams, LspJson.Default.DocumentHighlightArray));
            Answered(() => session.Rename(path, line, character, "Renamed"));
        }
    }

    /// <summary>A value, or a refusal the protocol defines (bad parameters, say): anything else escapes to fail the test.</summary>
    private static void Answered(Func<object?> request)
    {
        try
        {
            request();
        }
        catch (RpcException e)
        {
            Assert.True(e.Code != RpcErrors.InternalError, e.Message);
        }
    }

    private static string Shorten(string text) => text.Length <= 2_000 ? text : text[..2_000] + "…";
}

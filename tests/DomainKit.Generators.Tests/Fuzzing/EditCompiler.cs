using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DomainKit.Generators.Tests.Fuzzing;

/// <summary>
/// Compiles the output of an edited schema set against the output of the base set it was edited from,
/// doing only the work an edit can make necessary:
/// <list type="bullet">
/// <item>files whose text changed are parsed and their syntax checked (doc comments included);</item>
/// <item>when their code changed too (more than comment text; <see cref="Code"/>), they are bound, and so are
/// the files that name a type whose declarations changed or went away (<see cref="Surface"/>). Generated code
/// qualifies every other name with <c>global::</c>, so no other file can bind differently.</item>
/// </list>
/// Code already bound once, by any thread, is not bound again.
/// </summary>
internal sealed class EditCompiler
{
    private readonly Compilation _baseOutput;
    private readonly Dictionary<string, BaseFile> _baseFiles;
    private readonly FuzzStatistics _statistics;

    public EditCompiler(Compilation baseOutput, FuzzStatistics statistics)
    {
        var problems = FuzzFailure.Problems(baseOutput.GetDiagnostics());
        if (problems.Count > 0) throw new InvalidOperationException("the base schemas do not compile:\n" + string.Join("\n", problems));
        _baseOutput = baseOutput;
        _baseFiles = baseOutput.SyntaxTrees.ToDictionary(t => t.FilePath, t => new BaseFile(
            t,
            t.GetText().ToString(),
            Surface(t),
            DeclaredTypes([t]),
            t.GetRoot().DescendantTokens().Select(k => k.ValueText).ToHashSet(StringComparer.Ordinal)));
        _statistics = statistics;
    }

    /// <summary>The warnings and errors the edited output compiles with.</summary>
    public IReadOnlyList<Diagnostic> Compile(Compilation output)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var changed = output.SyntaxTrees.Where(t => !_baseFiles.TryGetValue(t.FilePath, out var file) || file.Text != t.GetText().ToString()).ToList();
            var kept = output.SyntaxTrees.Select(t => t.FilePath).ToHashSet();
            var removed = _baseFiles.Keys.Where(path => !kept.Contains(path)).ToList();
            var syntaxProblems = FuzzFailure.Problems(changed.SelectMany(t => t.GetDiagnostics()));
            if (syntaxProblems.Count > 0 || !_statistics.FirstTimeBound(Code(changed, removed))) return syntaxProblems;

            var touchedTypes = DeclaredTypes(changed.Where(t => !_baseFiles.TryGetValue(t.FilePath, out var file) || file.Surface != Surface(t)));
            touchedTypes.UnionWith(removed.SelectMany(path => _baseFiles[path].Declares));
            var dependents = output.SyntaxTrees.Except(changed).Select(t => _baseFiles[t.FilePath]).Where(f => f.Identifiers.Overlaps(touchedTypes)).Select(f => f.Tree);
            var bound = changed.Concat(dependents).ToList();
            Interlocked.Increment(ref _statistics.Compilations);
            Interlocked.Add(ref _statistics.FilesBound, bound.Count);
            var edited = Edit(changed, removed);
            return FuzzFailure.Problems(bound.SelectMany(t => edited.GetSemanticModel(t).GetDiagnostics()));
        }
        finally
        {
            Interlocked.Add(ref _statistics.CompileTicks, clock.ElapsedTicks);
        }
    }

    /// <summary>The base compilation with the changed files swapped in: the files left alone keep their declarations.</summary>
    private Compilation Edit(List<SyntaxTree> changed, List<string> removed)
    {
        var edited = _baseOutput.RemoveSyntaxTrees(removed.Select(path => _baseFiles[path].Tree));
        foreach (var tree in changed)
            edited = _baseFiles.TryGetValue(tree.FilePath, out var file) ? edited.ReplaceSyntaxTree(file.Tree, tree) : edited.AddSyntaxTrees(tree);
        return edited;
    }

    private sealed record BaseFile(SyntaxTree Tree, string Text, string Surface, HashSet<string> Declares, HashSet<string> Identifiers);

    /// <summary>The top-level types the files declare; other files reach nested types through them.</summary>
    private static HashSet<string> DeclaredTypes(IEnumerable<SyntaxTree> trees) => trees
        .SelectMany(t => t.GetRoot().DescendantNodes(node => node is not BaseTypeDeclarationSyntax).OfType<BaseTypeDeclarationSyntax>())
        .Select(d => d.Identifier.ValueText)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The file's tokens outside method bodies and field or property initializers: what other files can see of it.</summary>
    private static string Surface(SyntaxTree tree) => string.Join(" ", tree.GetRoot()
        .DescendantTokens(node => node is not (BlockSyntax or ArrowExpressionClauseSyntax) && node is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax or PropertyDeclarationSyntax })
        .Select(token => token.ValueText));

    /// <summary>
    /// What binding depends on in the changed files: every token, doc comment markup included, but not the
    /// text inside doc comments (checked by the parser) or other comments.
    /// </summary>
    private static UInt128 Code(List<SyntaxTree> changed, List<string> removed)
    {
        var code = new StringBuilder();
        foreach (var path in removed) code.Append("-").Append(path).Append('\0');
        foreach (var tree in changed)
        {
            code.Append(tree.FilePath).Append('\0');
            foreach (var token in tree.GetRoot().DescendantTokens(descendIntoTrivia: true))
            {
                if (!token.IsKind(SyntaxKind.XmlTextLiteralToken) && !token.IsKind(SyntaxKind.XmlTextLiteralNewLineToken) && !token.IsKind(SyntaxKind.XmlEntityLiteralToken))
                    code.Append(token.Text).Append(' ');
            }
        }
        return FuzzStatistics.Key(code);
    }
}

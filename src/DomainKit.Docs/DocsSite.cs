using System.Reflection;
using DomainKit.Schema;
using DomainKit.Schema.Model;
using DomainKit.Testing;

namespace DomainKit.Docs;

/// <summary>A file of the site: its path from the site's root (forward slashes) and its text.</summary>
internal sealed record SiteFile(string Path, string Content);

/// <summary>What a site is built from: the schemas parsed and checked without errors, and the baseline's files if there is one.</summary>
internal sealed record DocsInput(string Title, string SchemaFolder, IReadOnlyList<ParsedSchema> Files, CheckedProject Project, IReadOnlyList<ParsedSchema>? Baseline)
{
    /// <summary>The namespace of files without <c>namespace:</c>, as the build's (for the baseline's files too).</summary>
    public string DefaultNamespace { get; init; } = "";
}

/// <summary>What every page of one site reads: the graph, the paths, reverse references, the examples.</summary>
internal sealed class DocsContext
{
    public DocsContext(DocsInput input)
    {
        Title = input.Title;
        Graph = DomainGraph.Of(input.Project.Types);
        Paths = new SitePaths(input.SchemaFolder);
        Model = DomainModel.Of(input.Project.Types, input.Files);
        Usages = Docs.Usages.Of(Graph.Types);
        Examples = new ExampleDocuments(Model);
    }

    public string Title { get; }

    /// <summary>The types in a stable order (namespace, name), whatever the order of the files.</summary>
    public DomainGraph Graph { get; }

    public SitePaths Paths { get; }

    public DomainModel Model { get; }

    public ILookup<string, Usage> Usages { get; }

    public ExampleDocuments Examples { get; }
}

/// <summary>
/// <c>domainkit docs</c>: a static site that works offline — an index with the domain's diagram, a page per namespace
/// and per schema file with theirs, a page per type, the changes since the baseline when there is one, and a search box
/// over type and field names. Every file is plain text built here; nothing is fetched when a page is opened.
/// </summary>
internal static class DocsSite
{
    public static IReadOnlyList<SiteFile> Build(DocsInput input)
    {
        var site = new DocsContext(input);
        var files = new List<SiteFile>
        {
            new("style.css", Asset("style.css")),
            new("search.js", Asset("search.js")),
            new("search-index.js", SearchIndex.Write(site.Graph.Types)),
            new(SitePaths.Index, OverviewPages.Index(site, hasChanges: input.Baseline is not null)),
        };
        foreach (var ns in site.Graph.Types.Select(t => t.Namespace).Distinct())
            files.Add(new(SitePaths.Namespace(ns), OverviewPages.Namespace(site, ns)));
        foreach (var file in site.Graph.Types.Select(t => t.SourceFile).Distinct())
            files.Add(new(site.Paths.File(file), OverviewPages.File(site, file)));
        foreach (var type in site.Graph.Types) files.Add(new(SitePaths.Type(type), new TypePage(site, type).Write()));
        if (input.Baseline is { } baseline) files.Add(new(SitePaths.Changes, ChangesPage.Write(site, input, baseline)));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static string Asset(string name)
    {
        using var stream = typeof(DocsSite).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"the site's asset {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using DomainKit.Schema;
using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;
using DomainKit.Tool;
using Microsoft.Playwright;

namespace DomainKit.Docs.Tests;

/// <summary>
/// The example domain's site, built once by <c>domainkit docs</c> into a folder of its own, and one headless Debian
/// chromium (<c>DOMAINKIT_CHROMIUM</c>, else <c>/usr/bin/chromium</c>) driven by Playwright to open its pages.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public string Folder { get; } = Directory.CreateTempSubdirectory("domainkit-docs-").FullName;

    public static string Schemas => Path.Combine(AppContext.BaseDirectory, "schema");

    /// <summary>The compiler's own view of the example schemas: what the pages must show.</summary>
    internal static IReadOnlyList<TypeSpec> Types { get; } =
        ProjectChecker.Check(SchemaFiles.In(Schemas).Select(p => SchemaParser.Parse(p, File.ReadAllText(p))).ToList(), "").Types.ToList();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>DOMAINKIT_ARTIFACTS</c>, else <c>artifacts/docs-screenshots</c> at the repository's root.</summary>
    public static string Screenshots { get; } = Environment.GetEnvironmentVariable("DOMAINKIT_ARTIFACTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(RepositoryRoot, "artifacts", "docs-screenshots");

    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "DomainKit.sln"))) return folder.FullName;
            }
            throw new InvalidOperationException("the tests run inside the repository");
        }
    }

    /// <summary>Every page of the site, as paths from its root.</summary>
    public IReadOnlyList<string> Pages => Directory.GetFiles(Folder, "*.html", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    public async Task InitializeAsync()
    {
        var (code, output, errors) = RunTool("docs", Schemas, "--out", Folder);
        Assert.True(code == Cli.Ok, $"domainkit docs exited {code}: {output}{errors}");
        var chromium = Environment.GetEnvironmentVariable("DOMAINKIT_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium)) throw new InvalidOperationException($"No chromium at {chromium}: install Debian's chromium (.ci/run does) or set DOMAINKIT_CHROMIUM.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            // This machine's network is closed: without these, chromium keeps trying to reach its vendor's hosts.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    public static (int Code, string Output, string Errors) RunTool(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = Cli.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>A page of the site opened in a new tab, with every console error and uncaught exception it raised while loading.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, int width = 1400)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") errors.Add($"{path}: console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => errors.Add($"{path}: {error}");
        page.RequestFailed += (_, request) => errors.Add($"{path}: request failed: {request.Url}");
        await page.GotoAsync(new Uri(Path.Combine(Folder, path)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        return (page, errors);
    }

    public static string ShotName(string path) => path.Replace('/', '_').Replace(".html", ".png", StringComparison.Ordinal);
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "the example domain's site";
}

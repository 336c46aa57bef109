using System.CommandLine;
using System.IO;
using System.Linq;

namespace DomainKit.Tool;

/// <summary>
/// <c>domainkit check | diff | baseline | export jsonschema | export mermaid | export svg | docs | lsp</c>. Exit codes: 0 nothing wrong; 1 the schemas have
/// errors (or, for <c>diff</c>, a breaking change); 2 the command line or a folder is wrong.
/// </summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int Problems = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("DomainKit: check YAML domain schemas, find breaking changes against a baseline, export JSON Schema and Mermaid, document the domain.");
        root.Subcommands.Add(Commands.Check());
        root.Subcommands.Add(Commands.Diff());
        root.Subcommands.Add(Commands.Baseline());
        var export = new Command("export", "Write the schemas in another format.");
        export.Subcommands.Add(Commands.ExportJsonSchema());
        export.Subcommands.Add(DocsCommands.ExportMermaid());
        export.Subcommands.Add(DocsCommands.ExportSvg());
        root.Subcommands.Add(export);
        root.Subcommands.Add(DocsCommands.Docs());
        root.Subcommands.Add(Commands.Lsp());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine("domainkit: " + problem.Message);
            error.WriteLine("Try 'domainkit --help'.");
            return Usage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine("domainkit: " + e.Message);
            return Usage;
        }
    }
}

/// <summary>A wrong folder or argument, found while running a command: exit code 2.</summary>
internal sealed class UsageException(string message) : System.Exception(message);

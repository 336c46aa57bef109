using System.CommandLine;
using System.IO;
using System.Linq;
using DomainKit.Docs;
using DomainKit.Schema;

namespace DomainKit.Tool;

/// <summary><c>domainkit docs</c> and <c>domainkit export mermaid</c>: the domain documented and drawn (<c>DomainKit.Docs</c>).</summary>
internal static class DocsCommands
{
    public static Command Docs()
    {
        var folder = Commands.FolderArgument("The schema folder");
        var outFolder = new Option<string>("--out") { Description = "The folder to write the site to (its pages are replaced)", Required = true };
        var title = new Option<string?>("--title") { Description = "The site's title (default: the schemas' namespaces)" };
        var ns = Commands.NamespaceOption();
        var command = new Command("docs", "Write a static site that works offline: the domain's diagram, a page per type (fields, constraints, rules, variants, members, where it is used, an example), the changes since schema-baseline when it exists, and a search box. Refused while the schemas have errors.")
        {
            folder, outFolder, title, ns,
        };
        command.SetAction(result =>
        {
            var (dir, output) = (result.GetValue(folder)!, result.InvocationConfiguration.Output);
            var files = SchemaFolder.Parse(dir);
            var project = ProjectChecker.Check(files, result.GetValue(ns)!);
            if (DiagnosticPrinter.Print(project.Diagnostics, output)) return Cli.Problems;
            var baseline = SchemaFolder.BaselineBeside(dir);
            var name = result.GetValue(title) ?? Title(project);
            var site = DocsSite.Build(new DocsInput(name, dir, files, project, Directory.Exists(baseline) ? SchemaFolder.Parse(baseline) : null) { DefaultNamespace = result.GetValue(ns)! });
            var target = result.GetValue(outFolder)!;
            RemoveOldPages(target);
            foreach (var file in site)
            {
                var path = Path.Combine(target, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }
            output.WriteLine($"{site.Count} file(s) in {target}: {project.Types.Count()} type page(s); open {Path.Combine(target, "index.html")}");
            return Cli.Ok;
        });
        return command;
    }

    // The pages an earlier build wrote (a removed type's page must not linger); nothing else of the folder is touched.
    private static void RemoveOldPages(string target)
    {
        foreach (var folder in new[] { "types", "namespaces", "files" }.Select(d => Path.Combine(target, d)).Where(Directory.Exists))
        {
            foreach (var page in Directory.GetFiles(folder, "*.html")) File.Delete(page);
        }
        if (Directory.Exists(target)) File.Delete(Path.Combine(target, "changes.html"));
    }

    public static Command ExportMermaid() => ExportDiagram(
        "mermaid",
        "Write the domain as a Mermaid classDiagram, for Markdown that GitHub renders: a class per type and variant with its fields; fields holding a record or union and ref<T> fields as relations labelled with the field's name and cardinality. Refused while the schemas have errors.",
        (graph, _) => MermaidDiagram.Write(graph));

    public static Command ExportSvg() => ExportDiagram(
        "svg",
        "Write the domain's diagram, as 'domainkit docs' draws it, as one SVG picture (for a README). Refused while the schemas have errors.",
        (graph, title) => Diagrams.Picture(graph, title));

    private static Command ExportDiagram(string name, string description, System.Func<DomainGraph, string, string> write)
    {
        var folder = Commands.FolderArgument("The schema folder");
        var outFile = new Option<string?>("--out") { Description = "The file to write (default: standard output)" };
        var ns = Commands.NamespaceOption();
        var command = new Command(name, description) { folder, outFile, ns };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var project = ProjectChecker.Check(SchemaFolder.Parse(result.GetValue(folder)!), result.GetValue(ns)!);
            if (DiagnosticPrinter.Print(project.Diagnostics, output)) return Cli.Problems;
            var text = write(DomainGraph.Of(project.Types), Title(project));
            if (result.GetValue(outFile) is { } path) File.WriteAllText(path, text);
            else output.Write(text);
            return Cli.Ok;
        });
        return command;
    }

    private static string Title(CheckedProject project) =>
        string.Join(", ", project.Types.Select(t => t.Namespace).Distinct().Order(System.StringComparer.Ordinal).DefaultIfEmpty("Domain"));
}

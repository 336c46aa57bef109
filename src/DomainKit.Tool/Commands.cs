using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using DomainKit.Schema;
using DomainKit.Schema.Diagnostics;
using DomainKit.Schema.Evolution;

namespace DomainKit.Tool;

/// <summary>The commands: each parses with the generator's parser and checks with its checker, as the build does.</summary>
internal static class Commands
{
    public static Command Check()
    {
        var folder = FolderArgument("The schema folder");
        var compatibility = CompatibilityOption();
        var ns = NamespaceOption();
        var command = new Command("check", "Report every problem the build would report, with the compatibility check when a schema-baseline folder stands beside the schemas. Exit 1 on errors.")
        {
            folder, compatibility, ns,
        };
        command.SetAction(result =>
        {
            var (dir, output) = (result.GetValue(folder)!, result.InvocationConfiguration.Output);
            var files = SchemaFolder.Parse(dir);
            var diagnostics = ProjectChecker.Check(files, result.GetValue(ns)!).Diagnostics.AsEnumerable();
            var baseline = SchemaFolder.BaselineBeside(dir);
            if (Directory.Exists(baseline))
                diagnostics = diagnostics.Concat(CompatibilityChecker.Run(SchemaFolder.Parse(baseline), files, Directions(result.GetValue(compatibility))));
            return Finish(diagnostics, output, $"{files.Count} schema file(s) in {dir}: no errors");
        });
        return command;
    }

    public static Command Diff()
    {
        var baseline = new Argument<string>("baseline") { Description = "The schemas as last released" };
        var current = new Argument<string>("current") { Description = "The schemas now" };
        var compatibility = CompatibilityOption();
        var command = new Command("diff", "Report the changes from the baseline schemas to the current ones that break the chosen compatibility. Exit 1 if any does.")
        {
            baseline, current, compatibility,
        };
        command.SetAction(result =>
        {
            var currentFiles = SchemaFolder.Parse(result.GetValue(current)!);
            var breaks = CompatibilityChecker.Run(SchemaFolder.Parse(result.GetValue(baseline)!), currentFiles, Directions(result.GetValue(compatibility)));
            var syntax = currentFiles.SelectMany(f => f.Diagnostics);
            return Finish(syntax.Concat(breaks), result.InvocationConfiguration.Output, "no breaking changes");
        });
        return command;
    }

    public static Command Baseline()
    {
        var folder = FolderArgument("The schema folder whose files become the baseline");
        var ns = NamespaceOption();
        var command = new Command("baseline", "Copy the schemas into the schema-baseline folder beside them (replacing its YAML files): the release the next changes are checked against. Refused while the schemas have errors.")
        {
            folder, ns,
        };
        command.SetAction(result =>
        {
            var (dir, output) = (result.GetValue(folder)!, result.InvocationConfiguration.Output);
            var files = SchemaFolder.Parse(dir);
            if (DiagnosticPrinter.Print(ProjectChecker.Check(files, result.GetValue(ns)!).Diagnostics, output)) return Cli.Problems;
            var target = SchemaFolder.BaselineBeside(dir);
            if (Directory.Exists(target))
            {
                foreach (var old in SchemaFolder.Files(target)) File.Delete(old);
            }
            foreach (var file in SchemaFolder.Files(dir))
            {
                var copy = Path.Combine(target, Path.GetRelativePath(dir, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy, overwrite: true);
            }
            output.WriteLine($"baseline {target}: {files.Count} schema file(s) from {dir}");
            return Cli.Ok;
        });
        return command;
    }

    public static Command ExportJsonSchema()
    {
        var folder = FolderArgument("The schema folder");
        var outFolder = new Option<string>("--out") { Description = "Where to write one <Type>.schema.json per type", Required = true };
        var ns = NamespaceOption();
        var command = new Command("jsonschema", "Write each type's JSON Schema (2020-12) document, the same text as the generated type's JsonSchema property. Refused while the schemas have errors.")
        {
            folder, outFolder, ns,
        };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var project = ProjectChecker.Check(SchemaFolder.Parse(result.GetValue(folder)!), result.GetValue(ns)!);
            if (DiagnosticPrinter.Print(project.Diagnostics, output)) return Cli.Problems;
            var target = result.GetValue(outFolder)!;
            Directory.CreateDirectory(target);
            var documents = JsonSchemaExport.Documents(project.Types.ToList());
            foreach (var (name, document) in documents) File.WriteAllText(Path.Combine(target, name + ".schema.json"), document);
            output.WriteLine($"{documents.Count} JSON Schema document(s) in {target}");
            return Cli.Ok;
        });
        return command;
    }

    public static Command Lsp()
    {
        var command = new Command("lsp", "Run the language server (LSP 3.17) on stdin and stdout, for editors: the diagnostics of the build as you type, completion, hover, navigation, rename and quick fixes.");
        command.SetAction(_ => DomainKit.LanguageServer.LanguageServerHost.RunAsync(System.Console.OpenStandardInput(), System.Console.OpenStandardOutput()).GetAwaiter().GetResult());
        return command;
    }

    private static int Finish(IEnumerable<SchemaDiagnostic> diagnostics, TextWriter output, string clean)
    {
        var list = diagnostics.ToList();
        if (DiagnosticPrinter.Print(list, output)) return Cli.Problems;
        if (list.Count == 0) output.WriteLine(clean);
        return Cli.Ok;
    }

    private static CompatibilityDirections Directions(string? setting) =>
        Compatibility.Parse(setting) ?? throw new UsageException($"--compatibility '{setting}': expected {Compatibility.Names}");

    internal static Argument<string> FolderArgument(string description) => new("dir")
    {
        Description = description + " (default: schema)",
        DefaultValueFactory = _ => "schema",
    };

    private static Option<string> CompatibilityOption() => new("--compatibility")
    {
        Description = "Which directions to hold the schemas to: " + Compatibility.Names + " (default: full)",
        DefaultValueFactory = _ => "full",
    };

    internal static Option<string> NamespaceOption() => new("--namespace")
    {
        Description = "The namespace of files without 'namespace:' (the build uses DomainKitNamespace or RootNamespace)",
        DefaultValueFactory = _ => "",
    };
}

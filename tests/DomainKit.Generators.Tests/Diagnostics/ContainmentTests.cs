using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Schema;
using DomainKit.Schema.Diagnostics;
using DomainKit.Schema.Parsing;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Diagnostics;

/// <summary>
/// A bug in any stage is a DK9999 at the file it concerns — in the build and in the command line's checker — never
/// an exception out of the generator (CS8785, which drops every generated source). Each stage is made to throw.
/// </summary>
public class ContainmentTests
{
    private const string Current = """
        namespace: Probe
        types:
          Envoy:
            fields:
              name: { type: string, minLength: 1 }
            rules:
              - check: size(name) < 100
        """;

    /// <summary>Each stage; every one of them has a part that concerns one file, so some DK9999 stands at the file.</summary>
    public static TheoryData<string> Stages() => new() { "parse", "index", "shapes", "check", "cycles", "compare", "emit" };

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_bug_in_a_stage_is_DK9999_and_the_build_goes_on(string stage)
    {
        var result = WithFault(stage, () =>
        {
            var files = GeneratorHarness.Files((BaselineHarness.CurrentPath, Current), (BaselineHarness.BaselinePath, Current));
            return GeneratorHarness.CreateDriver(files, BaselineHarness.Options()).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        });
        Assert.Null(result.Exception);
        var bugs = result.Diagnostics.Where(d => d.Id == "DK9999").ToList();
        Assert.NotEmpty(bugs);
        Assert.All(bugs, d => Assert.Contains($"injected into {stage}", d.GetMessage(), StringComparison.Ordinal));
        Assert.Contains(bugs, d => d.Location.GetLineSpan().Path is BaselineHarness.CurrentPath or BaselineHarness.BaselinePath);
    }

    [Fact]
    public void Without_a_fault_the_same_build_has_no_DK9999()
    {
        var files = GeneratorHarness.Files((BaselineHarness.CurrentPath, Current), (BaselineHarness.BaselinePath, Current));
        var result = GeneratorHarness.CreateDriver(files, BaselineHarness.Options()).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics);
        Assert.Single(result.GeneratedSources);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("index")]
    [InlineData("shapes")]
    [InlineData("check")]
    [InlineData("cycles")]
    public void The_command_lines_checker_contains_a_bug_too(string stage)
    {
        var project = WithFault(stage, () => ProjectChecker.Check([SchemaParser.Parse("schema/probe.yaml", Current)], "Probe"));
        Assert.Contains(project.Diagnostics, d => d.Definition == DiagnosticCatalog.InternalError && d.Arguments[0].Contains($"injected into {stage}", StringComparison.Ordinal));
    }

    private static T WithFault<T>(string stage, Func<T> run)
    {
        Contained.InjectFault = name =>
        {
            if (name == stage) throw new InvalidOperationException($"injected into {name}");
        };
        try
        {
            return run();
        }
        finally
        {
            Contained.InjectFault = null;
        }
    }
}

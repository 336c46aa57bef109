using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DomainKit.Generators.Tests.Infrastructure;

/// <summary>Global build properties and per-file metadata, as MSBuild would hand them to the generator.</summary>
public sealed class TestOptionsProvider(
    IReadOnlyDictionary<string, string> global,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile is not null && perFile.TryGetValue(textFile.Path, out var values) ? new Options(values) : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}

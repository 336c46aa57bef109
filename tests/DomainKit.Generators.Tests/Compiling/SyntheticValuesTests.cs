using System.Collections.Concurrent;
using System.Reflection;
using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Testing;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Tests.Compiling;

/// <summary>
/// The 1,000 synthetic types of tests/Shared, generated, compiled and loaded: DomainKit.Testing's valid values of every
/// one, and the broken variants of what each declares, held to <see cref="GeneratedValuesCheck"/>.
/// </summary>
public class SyntheticValuesTests
{
    [Fact]
    public void Every_synthetic_type_has_valid_values_and_broken_variants_that_report_their_one_error()
    {
        var synthetic = new SyntheticDomain();
        var schemas = synthetic.Schemas();
        GeneratorHarness.CreateDriver(GeneratorHarness.Files(schemas), trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var assembly = Load(output);
        var folder = Directory.CreateTempSubdirectory("domainkit-synthetic-");
        try
        {
            foreach (var (path, text) in schemas) File.WriteAllText(Path.Combine(folder.FullName, Path.GetFileName(path)), text);
            var domain = TestDomain.FromFolder(folder.FullName, GeneratorHarness.DefaultNamespace);
            var types = GeneratedValuesCheck.DocumentTypes(assembly).ToList();
            Assert.Equal(synthetic.Types, types.Count);
            var results = new ConcurrentBag<(int Valid, int Broken)>();
            // Each type's values come from its own seed, so the run is the same whichever thread checks it.
            Parallel.ForEach(types, type => results.Add(GeneratedValuesCheck.Run(type, domain, values: 3, brokenOf: 1, seed: 1, nested: false)));
            Assert.Equal(3 * synthetic.Types, results.Sum(r => r.Valid));
            var broken = results.Sum(r => r.Broken);
            Assert.True(broken >= synthetic.Types, $"{broken} broken variants for {synthetic.Types} types");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Assembly Load(Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }
}

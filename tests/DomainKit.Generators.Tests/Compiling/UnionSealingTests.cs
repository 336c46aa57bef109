using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DomainKit.Generators.Tests.Compiling;

/// <summary>A union's variants are all there are: another assembly cannot derive from the base.</summary>
public class UnionSealingTests
{
    private const string Schema = "types:\n  U:\n    union:\n      fields: { on: date }\n      variants:\n        A: { fields: { x: int } }\n        B: {}\n";

    [Fact]
    public void Another_assembly_cannot_derive_from_a_union()
    {
        var (result, output) = GeneratorHarness.Run(("schema/u.yaml", Schema));
        Assert.Empty(result.Diagnostics);
        GeneratedCodeCompilesTests.AssertCompilesCleanly(output);
        using var image = new MemoryStream();
        Assert.True(output.Emit(image).Success);

        var consumer = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("public sealed record Evil : Test.Domain.U { }\npublic sealed record Copy : Test.Domain.U { public Copy(Test.Domain.U original) : base(original) { } }")],
            output.References.Append(MetadataReference.CreateFromImage(image.ToArray())),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = consumer.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ToList();

        // Evil: no accessible constructor, and the internal abstract members cannot be overridden. Copy: the same.
        Assert.Contains("CS0534", errors);
        Assert.NotEmpty(errors);
    }
}

using System;
using System.Threading;

namespace DomainKit.Schema.Diagnostics;

/// <summary>A stage's value, and the DK9999 its bug became (empty when it had none).</summary>
internal sealed record Staged<T>(T Value, EquatableArray<SchemaDiagnostic> Bugs);

/// <summary>
/// Runs a stage so that a bug in it is a DK9999 at the file it concerns, never an exception out of the compiler (in the
/// build, Roslyn's CS8785 would drop every generated source). The compiler is written not to throw; this is the net.
/// </summary>
internal static class Contained
{
    private static readonly AsyncLocal<Action<string>?> Fault = new();

    /// <summary>For tests: called with each stage's name as it starts, on this flow only; throwing from it plays a bug in that stage.</summary>
    public static Action<string>? InjectFault
    {
        get => Fault.Value;
        set => Fault.Value = value;
    }

    /// <summary>DK9999 at the start of <paramref name="filePath"/> ("" for a stage that concerns no one file: the build reports it without a location).</summary>
    public static SchemaDiagnostic Bug(string filePath, Exception e) =>
        new(DiagnosticCatalog.InternalError, SourceSpan.StartOf(filePath), new[] { e.GetType().Name + ": " + e.Message }.ToEquatableArray());

    /// <summary>The stage's result, or <paramref name="instead"/>'s for the bug it had.</summary>
    public static T Run<T>(string stage, Func<T> body, Func<Exception, T> instead)
    {
        try
        {
            Fault.Value?.Invoke(stage);
            return body();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return instead(e);
        }
    }

    /// <summary>A stage of one file whose value carries no diagnostics: on a bug, <paramref name="fallback"/> and the DK9999.</summary>
    public static Staged<T> Run<T>(string stage, string filePath, Func<T> body, T fallback) =>
        Run(stage, () => new Staged<T>(body(), EquatableArray<SchemaDiagnostic>.Empty),
            e => new Staged<T>(fallback, new[] { Bug(filePath, e) }.ToEquatableArray()));

    /// <summary>A stage whose value is diagnostics: on a bug, the DK9999 alone.</summary>
    public static EquatableArray<SchemaDiagnostic> Diagnostics(string stage, string filePath, Func<EquatableArray<SchemaDiagnostic>> body) =>
        Run(stage, body, e => new[] { Bug(filePath, e) }.ToEquatableArray());
}

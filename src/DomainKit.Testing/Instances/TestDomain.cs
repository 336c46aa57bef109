using System.Reflection;
using System.Runtime.CompilerServices;
using CsCheck;
using DomainKit.Runtime;
using DomainKit.Schema.Model;

namespace DomainKit.Testing;

/// <summary>
/// Values of a domain's generated types, drawn from the schema compiler's model of its schema files: valid ones (a
/// CsCheck <see cref="Gen{T}"/> that shrinks, or a seeded sequence for any test framework), and for a valid value its
/// exactly-once-broken variants, each with the one error it must produce.
/// </summary>
public sealed class TestDomain
{
    private readonly DomainModel _model;
    private readonly Dictionary<string, IReadOnlyList<JsonScalar>> _keys;
    private readonly InstanceFactory _factory;

    private TestDomain(DomainModel model, Dictionary<string, IReadOnlyList<JsonScalar>> keys)
    {
        _model = model;
        _keys = keys;
        _factory = new InstanceFactory(model, keys);
    }

    /// <summary>The calling test project's own schemas, as its build gives them to the generator (the package's props record them).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TestDomain FromBuild() => FromSettings(BuildSettings.Of(Assembly.GetCallingAssembly()));

    /// <summary>The YAML files of a folder (for schemas that live in another project).</summary>
    /// <param name="schemaFolder">The folder; a relative path is taken from the calling test file's folder.</param>
    /// <param name="defaultNamespace">The namespace of files without <c>namespace:</c> (the build's <c>DomainKitNamespace</c> or <c>RootNamespace</c>).</param>
    /// <param name="testFile">The calling test's file: filled in by the compiler.</param>
    public static TestDomain FromFolder(string schemaFolder, string defaultNamespace, [CallerFilePath] string testFile = "")
    {
        ArgumentNullException.ThrowIfNull(schemaFolder);
        var folder = Path.IsPathRooted(schemaFolder) || testFile.Length == 0 ? schemaFolder : Path.Combine(Path.GetDirectoryName(testFile)!, schemaFolder);
        return FromSettings(BuildSettings.Folder(folder, defaultNamespace));
    }

    internal static TestDomain FromSources(IEnumerable<(string Path, string Text)> files, string defaultNamespace) =>
        new(DomainModel.Compile(files, defaultNamespace), new(StringComparer.Ordinal));

    /// <summary>
    /// This domain with <c>ref&lt;TTarget&gt;</c> keys drawn from <paramref name="keys"/> (each key as its JSON text
    /// would read unquoted: <c>us-embassy-moscow</c>, <c>42</c>) rather than made up.
    /// </summary>
    /// <typeparam name="TTarget">The referenced type.</typeparam>
    /// <param name="keys">The keys.</param>
    public TestDomain WithKeys<TTarget>(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var target = _model.Of(typeof(TTarget));
        var numeric = _model.KeyOf(target) is { } key && PrimitiveCatalog.Of(key.Type.Primitive) is { IsNumeric: true };
        return WithPool(target, keys.Select(k => numeric ? JsonScalar.Number(k) : JsonScalar.String(k)).ToList());
    }

    /// <summary>This domain with <c>ref&lt;TTarget&gt;</c> keys drawn from the keys of <paramref name="targets"/> (values generated alongside).</summary>
    /// <typeparam name="TTarget">The referenced type.</typeparam>
    /// <param name="targets">The values whose keys may be referenced.</param>
    public TestDomain WithKeysOf<TTarget>(IEnumerable<TTarget> targets)
        where TTarget : IJsonDocument<TTarget>
    {
        ArgumentNullException.ThrowIfNull(targets);
        var target = _model.Of(typeof(TTarget));
        var key = _model.KeyOf(target) ?? throw new GenerationException($"{target.Name} has no key: nothing can refer to it.");
        var pool = targets.Select(t => (InstanceFactory.Parse(JsonWriterCache.ToUtf8Json(t)) as JsonObject)?[key.WireName]).OfType<JsonScalar>().ToList();
        return WithPool(target, pool);
    }

    private TestDomain WithPool(TypeSpec target, IReadOnlyList<JsonScalar> pool) =>
        new(_model, new Dictionary<string, IReadOnlyList<JsonScalar>>(_keys, StringComparer.Ordinal) { [target.FullName] = pool });

    /// <summary>Valid values of a generated record, union or value type: each passes <c>Validate()</c> and reads back from its JSON.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    public Gen<T> Valid<T>()
        where T : IJsonDocument<T> => new ValidGen<T>(_factory, _model.Of(typeof(T)));

    /// <summary>Members of a generated enum, each as likely.</summary>
    /// <typeparam name="T">The generated enum.</typeparam>
    public Gen<T> Members<T>()
        where T : struct, Enum
    {
        var declared = _model.Of(typeof(T));
        var values = declared.Members.Select(m => Enum.Parse<T>(m.Name)).ToArray();
        return Gen.Int[0, values.Length - 1].Select(i => values[i]);
    }

    /// <summary><paramref name="count"/> valid values from a seed: the same seed, the same values.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed; a failure of a test prints the seed of its values.</param>
    public IEnumerable<T> Values<T>(int count, ulong seed = 1)
        where T : IJsonDocument<T>
    {
        var type = _model.Of(typeof(T));
        var pcg = new PCG(1, seed);
        var tally = new Tally();
        for (var i = 0; i < count; i++) yield return _factory.Valid<T>(pcg, type, tally).Value;
    }

    /// <summary>
    /// The exactly-once-broken variants of a valid value: one per constraint of each field (where it first occurs), per
    /// required field, per enum field and per outcome of each rule, that can be broken with everything else still valid.
    /// </summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="valid">A valid value.</param>
    /// <param name="seed">The seed of the broken values drawn.</param>
    /// <param name="nested">Whether to break what the records inside it declare too, or only what <typeparamref name="T"/> declares.</param>
    public IReadOnlyList<BrokenValue<T>> Broken<T>(T valid, ulong seed = 1, bool nested = true)
        where T : IJsonDocument<T>
    {
        ArgumentNullException.ThrowIfNull(valid);
        var type = _model.Of(typeof(T));
        var tree = InstanceFactory.Parse(JsonWriterCache.ToUtf8Json(valid));
        var pcg = new PCG(1, seed);
        return new BrokenValues(_factory).Of(pcg, tree, type, nested).Select(b =>
        {
            var json = b.Json.ToUtf8();
            var value = b.InMemory ? InstanceFactory.ReadUnvalidated<T>(json) : default;
            return new BrokenValue<T>(b.Breaks, b.Path, b.Code, json, value);
        }).ToList();
    }

    /// <summary>How many drawn candidates of a type the generated code accepts, and what refused the others.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="candidates">How many candidates to draw.</param>
    /// <param name="seed">The seed.</param>
    public AcceptanceReport Acceptance<T>(int candidates = 1000, ulong seed = 1)
        where T : IJsonDocument<T>
    {
        var type = _model.Of(typeof(T));
        var pcg = new PCG(1, seed);
        var tally = new Tally();
        for (var i = 0; i < candidates; i++) tally.Accept<T>(_factory.Candidate(pcg, type), out _);
        return tally.Report(type.Name);
    }

    private static TestDomain FromSettings(BuildSettings settings) =>
        FromSources(settings.Schemas.Select(path => (path, File.ReadAllText(path))), settings.DefaultNamespace);
}

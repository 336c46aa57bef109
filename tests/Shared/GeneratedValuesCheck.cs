using System.Reflection;
using System.Text;
using DomainKit.Runtime;
using Xunit;

namespace DomainKit.Testing;

/// <summary>
/// The property every generated type's values must have: every valid value passes Validate() and reads back equal
/// from its JSON; every broken variant is refused by TryFromJson, and by Validate() in memory, with exactly its one error.
/// </summary>
public static class GeneratedValuesCheck
{
    /// <summary>Runs <see cref="Check{T}"/> for a type known only at run time; returns how many valid values and broken variants it checked.</summary>
    public static (int Valid, int Broken) Run(Type type, TestDomain domain, int values, int brokenOf, ulong seed, bool nested = true)
    {
        var method = typeof(GeneratedValuesCheck).GetMethod(nameof(Check))!.MakeGenericMethod(type);
        try
        {
            return ((int, int))method.Invoke(null, [domain, values, brokenOf, seed, nested])!;
        }
        catch (TargetInvocationException failure) when (failure.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    public static (int Valid, int Broken) Check<T>(TestDomain domain, int values, int brokenOf, ulong seed, bool nested)
        where T : IJsonDocument<T>
    {
        var (index, broken) = (0, 0);
        foreach (var value in domain.Values<T>(values, seed))
        {
            var json = JsonWriterCache.ToUtf8Json(value);
            var context = $"{typeof(T).Name} #{index} of seed {seed}: {Encoding.UTF8.GetString(json)}";
            var errors = Validate(value);
            Assert.True(errors.Count == 0, $"{context}\nValidate() reported\n{string.Join("\n", errors)}");
            Assert.True(JsonReading.TryRead<T>(json, DomainJsonOptions.Default, out var read, out var result), $"{context}\nTryFromJson reported\n{result}");
            Assert.Equal(value, read);
            if (index++ >= brokenOf) continue;
            foreach (var variant in domain.Broken(value, seed, nested))
            {
                broken++;
                var expected = $"{variant.ExpectedPath}: {variant.ExpectedCode}";
                var accepted = JsonReading.TryRead<T>(variant.Json, DomainJsonOptions.Default, out _, out var refused);
                Assert.False(accepted, $"{context}\n{variant}: TryFromJson accepted {variant.JsonText}");
                Assert.True(refused.Errors.Select(Show).SequenceEqual([expected]), $"{context}\n{variant}: TryFromJson reported\n{refused}\nfor {variant.JsonText}");
                if (variant.Value is { } inMemory)
                {
                    var reported = Validate(inMemory);
                    Assert.True(reported.Select(Show).SequenceEqual([expected]), $"{context}\n{variant}: Validate() reported\n{string.Join("\n", reported)}\nfor {variant.JsonText}");
                }
            }
        }
        return (index, broken);
    }

    /// <summary>Every type of an assembly that DomainKit generated as a JSON document: records, unions, value types.</summary>
    public static IEnumerable<Type> DocumentTypes(Assembly assembly) => assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>()?.Tool == "DomainKit")
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IJsonDocument<>) && i.GetGenericArguments()[0] == t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static string Show(ValidationError error) => $"{error.Path}: {error.Code}";

    private static IReadOnlyList<ValidationError> Validate<T>(T value)
        where T : IJsonDocument<T>
    {
        if (value.ValidateCore(null, "", T.SchemaName)) return [];
        var sink = new ValidationErrorSink();
        value.ValidateCore(sink, "", T.SchemaName);
        return sink.ToResult().Errors;
    }
}

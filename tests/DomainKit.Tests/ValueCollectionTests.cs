using System.ComponentModel;
using System.Reflection;

namespace DomainKit.Tests;

/// <summary>The runtime's value collections as a user meets them, and what the runtime shows users.</summary>
public class ValueCollectionTests
{
    [Fact]
    public void A_set_is_an_IReadOnlySet_with_set_relations()
    {
        IReadOnlySet<string> set = ValueSet.Create<string>(["en", "ru", "tr"]);

        Assert.True(set.SetEquals(["tr", "en", "ru", "en"]));
        Assert.True(set.IsSubsetOf(["en", "ru", "tr", "fr"]));
        Assert.True(set.IsProperSubsetOf(["en", "ru", "tr", "fr"]));
        Assert.False(set.IsProperSubsetOf(["en", "ru", "tr"]));
        Assert.True(set.IsSupersetOf(["ru"]));
        Assert.True(set.IsProperSupersetOf(["ru", "en"]));
        Assert.False(set.IsProperSupersetOf(["ru", "en", "tr"]));
        Assert.True(set.Overlaps(["fr", "tr"]));
        Assert.False(set.Overlaps(["fr", "de"]));
    }

    [Fact]
    public void Contains_on_a_large_set_hashes_instead_of_scanning()
    {
        var set = Enumerable.Range(0, 10_000).Select(i => new Counted(i)).ToValueSet();
        Counted.Comparisons = 0;

        Assert.True(set.Contains(new Counted(9_999)));
        Assert.False(set.Contains(new Counted(-1)));

        Assert.InRange(Counted.Comparisons, 0, 4);
    }

    [Fact]
    public void Contains_on_a_small_set_is_right_either_way()
    {
        var set = ValueSet.Create<int>([3, 1, 2]);
        Assert.True(set.Contains(2));
        Assert.False(set.Contains(4));
        Assert.False(ValueSet<int>.Empty.Contains(0));
    }

    [Fact]
    public void Sets_compare_equal_in_any_order_without_allocating()
    {
        var items = Enumerable.Range(0, 100).Select(i => "item" + i).ToArray();
        var set = items.ToValueSet();
        var sameOrder = items.ToValueSet();
        var otherOrder = items.Reverse().ToValueSet();
        var small = ValueSet.Create<string>(["a", "b", "c"]);
        var smallReversed = ValueSet.Create<string>(["c", "b", "a"]);
        Assert.True(set.Equals(sameOrder) && set.Equals(otherOrder) && small.Equals(smallReversed));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var equal = set.Equals(sameOrder) & set.Equals(otherOrder) & small.Equals(smallReversed) & !set.Equals(small);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(equal);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_map_enumerates_its_entries_in_key_order_without_allocating()
    {
        ValueMap<int> map = [new("b", 2), new("a", 1), new("c", 3)];
        var keys = "";
        foreach (var entry in map) keys += entry.Key;
        Assert.Equal("abc", keys);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        foreach (var entry in map) sum += entry.Value;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(6, sum);
        Assert.Equal(0, allocated);
        Assert.Equal(["a", "b", "c"], ((IEnumerable<KeyValuePair<string, int>>)map).Select(e => e.Key));
    }

    [Fact]
    public void Lists_know_emptiness_membership_and_position()
    {
        ValueList<string> list = ["en", "ru", "en"];

        Assert.False(list.IsEmpty);
        Assert.True(ValueList<string>.Empty.IsEmpty);
        Assert.True(list.Contains("ru"));
        Assert.False(list.Contains("tr"));
        Assert.Equal(0, list.IndexOf("en"));
        Assert.Equal(-1, list.IndexOf("tr"));
        Assert.True(ValueMap<int>.Empty.IsEmpty && ValueSet<int>.Empty.IsEmpty);
    }

    [Fact]
    public void Any_sequence_becomes_a_value_collection()
    {
        var languages = new[] { "en", "ru", "en" }.Where(l => l.Length == 2);

        Assert.Equal(["en", "ru", "en"], languages.ToValueList());
        Assert.Equal(ValueSet.Create<string>(["ru", "en"]), languages.ToValueSet());
    }

    [Fact]
    public void Plumbing_for_generated_code_lives_in_DomainKit_Runtime_hidden_from_completion()
    {
        var exported = typeof(ValidationResult).Assembly.GetExportedTypes();

        var runtime = exported.Where(t => t.Namespace == "DomainKit.Runtime").ToList();
        Assert.Contains(typeof(DomainKit.Runtime.ValidationErrorSink), runtime);
        Assert.All(runtime.Where(t => !t.IsNested), t =>
            Assert.True(t.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never, $"{t.Name} shows in completion"));

        var root = exported.Where(t => t.Namespace == "DomainKit" && !t.IsNested).Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["ArrayEnumerator`1", "DomainJsonOptions", "DomainValidationException", "IDomainEnum`1", "IDomainValue`2", "IReferenceVisitor", "ReadResult`1", "ReferencePath", "ReferencesAttribute", "ValidationError", "ValidationResult",
             "ValueCollectionExtensions", "ValueList", "ValueList`1", "ValueMap", "ValueMap`1", "ValueSet", "ValueSet`1"],
            root);
        Assert.Equal(["DomainKit", "DomainKit.Runtime"], exported.Select(t => t.Namespace!).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>Counts equality comparisons, to tell a hash lookup from a scan.</summary>
    private sealed record Counted(int Value)
    {
        public static int Comparisons;

        public bool Equals(Counted? other)
        {
            Comparisons++;
            return other is not null && other.Value == Value;
        }

        public override int GetHashCode() => Value;
    }
}

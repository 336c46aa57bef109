using DomainKit.Runtime;
using DomainKit.Tests.WideRecords;

namespace DomainKit.Tests.Json;

/// <summary>
/// A reader keeps which properties it has seen in place for up to 64 of them and on the heap beyond: a record of 70 fields
/// reads, finds a missing required field and a repeated one on both sides of that line.
/// </summary>
public class WideRecordTests
{
    private static string Document(IEnumerable<int> fields) => "{" + string.Join(",", fields.Select(i => $"\"f{i:D2}\":{i}")) + "}";

    [Fact]
    public void Every_field_of_a_record_of_70_is_read()
    {
        var wide = Wide.FromJson(Document(Enumerable.Range(1, 70)));

        Assert.Equal(1, wide.F01);
        Assert.Equal(63, wide.F63);
        Assert.Equal(64, wide.F64);
        Assert.Equal(65, wide.F65);
        Assert.Equal(69, wide.F69);
        Assert.Equal(70, wide.F70);
    }

    [Fact]
    public void Missing_and_repeated_fields_are_reported_on_both_sides_of_the_64th()
    {
        var fields = Enumerable.Range(1, 70).Where(i => i is not (1 or 65)).Concat([63, 70]);

        Assert.False(Wide.TryFromJson(System.Text.Encoding.UTF8.GetBytes(Document(fields)), out _, out var result));

        Assert.Equal(
            [("/f63", "unique"), ("/f70", "unique"), ("/f01", "required"), ("/f65", "required")],
            result.Errors.Select(e => (e.Path, e.Code)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Flags_start_false_and_two_readers_do_not_share_them(int count)
    {
        var first = new SeenProperties();
        var second = new SeenProperties();
        var flags = first.For(count);
        var others = second.For(count);

        Assert.Equal(count, flags.Length);
        Assert.DoesNotContain(true, flags.ToArray());
        if (count == 0) return;
        flags[count - 1] = true;
        Assert.False(others[count - 1]);
    }
}

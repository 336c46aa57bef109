#pragma warning disable CS0618 // Grade.Silver is deprecated in the schema; the tests read it on purpose
using System.Text.Json;

namespace DomainKit.Tests.Evolution;

/// <summary>A generated enum's <see cref="IDomainEnum{TEnum}"/> (on its converter): the JSON's text forms, old names read, nothing else.</summary>
public class EnumTextFormTests
{
    [Fact]
    public void Every_member_is_written_as_JSON_writes_it_and_reads_back()
    {
        foreach (var member in Enum.GetValues<Grade>())
        {
            var text = GradeJsonConverter.ToWireName(member);
            Assert.Equal(JsonSerializer.Serialize(member), JsonSerializer.Serialize(text));
            Assert.True(GradeJsonConverter.TryFromWireName(text, out var read));
            Assert.Equal(member, read);
        }
    }

    [Theory]
    [InlineData("first", Grade.Gold)]
    [InlineData("second", Grade.Silver)]
    public void A_name_a_member_had_before_reads_as_the_member(string old, Grade member)
    {
        Assert.True(GradeJsonConverter.TryFromWireName(old, out var read));
        Assert.Equal(member, read);
    }

    [Theory]
    [InlineData("bronze")]
    [InlineData("Gold")]
    [InlineData("")]
    [InlineData("0")]
    public void Any_other_text_is_not_a_member(string text) => Assert.False(GradeJsonConverter.TryFromWireName(text, out _));

    [Fact]
    public void An_undefined_value_is_written_as_its_number() => Assert.Equal("42", GradeJsonConverter.ToWireName((Grade)42));
}

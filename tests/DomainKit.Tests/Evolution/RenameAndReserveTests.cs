#pragma warning disable CS0618 // Grade.Silver is deprecated in the schema; the tests read it on purpose
using System.Text;
using System.Text.Json;

namespace DomainKit.Tests.Evolution;

/// <summary><c>renamedFrom</c> and <c>reserved</c> (schema/evolution.yaml): old documents still read; new ones are written with the new names.</summary>
public class RenameAndReserveTests
{
    private static (string Path, string Code)[] Errors(string json)
    {
        Assert.False(Office.TryFromJson(Encoding.UTF8.GetBytes(json), out _, out var result));
        return result.Errors.Select(e => (e.Path, e.Code)).ToArray();
    }

    [Theory]
    [InlineData("""{"city":"Houston","staff":3}""")]
    [InlineData("""{"town":"Houston","headcount":3}""")]
    [InlineData("""{"place":"Houston","staff":3}""")]
    public void Old_names_read_as_the_field(string json) => Assert.Equal(new Office { City = "Houston", Staff = 3 }, Office.FromJson(json));

    [Fact]
    public void Writers_write_the_new_names() => Assert.Equal("""{"city":"Houston","staff":3}""", new Office { City = "Houston", Staff = 3 }.ToJson());

    [Fact]
    public void The_old_and_the_new_name_together_are_a_duplicate() =>
        Assert.Equal([("/town", "unique")], Errors("""{"city":"Houston","town":"Dallas"}"""));

    // A reading problem points into the document, at the name it used; a constraint checked on the value read
    // points at the field by its current name (and the value that did not read is also missing there).
    [Fact]
    public void A_reading_problem_under_an_old_name_is_reported_where_the_document_has_it() =>
        Assert.Equal([("/town", "type"), ("/city", "required"), ("/staff", "min")], Errors("""{"town":7,"headcount":-1}"""));

    [Fact]
    public void Reserved_names_are_skipped_silently_even_when_unknown_fields_are_errors()
    {
        Assert.Equal(new Office { City = "Houston" }, Office.FromJson("""{"city":"Houston","fax":"+1 713","telex":{"old":[1,2]}}"""));
        Assert.Equal([("/pager", "type")], Errors("""{"city":"Houston","pager":"555"}"""));
    }
}

/// <summary><c>renamedFrom</c> on enum members and union variants, <c>reserved</c> on a variant.</summary>
public class RenamedMembersAndVariantsTests
{
    [Fact]
    public void Old_member_names_read_as_the_member_and_new_ones_are_written()
    {
        Assert.Equal(Grade.Gold, JsonSerializer.Deserialize<Grade>("\"first\""));
        Assert.Equal(Grade.Silver, JsonSerializer.Deserialize<Grade>("\"second\""));
        Assert.Equal("\"gold\"", JsonSerializer.Serialize(Grade.Gold));
        Assert.NotNull(typeof(Grade).GetField(nameof(Grade.Silver))!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
    }

    [Fact]
    public void Old_tags_read_as_the_variant_and_reserved_fields_are_skipped()
    {
        var read = Award.FromJson("""{"engraving":"1925","metal":"gold","grade":"first","kind":"Trophy"}""");
        Assert.Equal(new Award.Medal { Grade = Grade.Gold, Metal = "gold" }, read);
        Assert.Equal("""{"kind":"Medal","grade":"gold","metal":"gold"}""", read.ToJson());
    }
}

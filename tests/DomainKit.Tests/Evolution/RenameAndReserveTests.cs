using System.Text;

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

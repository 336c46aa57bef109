using DomainKit.Schema.Text;

namespace DomainKit.Generators.Tests.Parsing;

public class NamingTests
{
    [Theory]
    [InlineData("fullName", "FullName")]
    [InlineData("full_name", "FullName")]
    [InlineData("reduced-staff", "ReducedStaff")]
    [InlineData("URL", "URL")]
    [InlineData("_id", "Id")]
    [InlineData("x_2fa", "X2fa")]
    [InlineData("_2fa", "_2fa")]
    [InlineData("class", "Class")]
    public void Pascal_cases_field_and_member_names(string name, string expected) =>
        Assert.Equal(expected, Naming.ToPascalCase(name));

    [Theory]
    [InlineData("Mission", null)]
    [InlineData("mission", "type names start with an upper-case letter A-Z")]
    [InlineData("Mis-sion", "'-' is not allowed; use letters, digits and '_'")]
    [InlineData("", "it is empty")]
    public void Type_name_rules(string name, string? problem) =>
        Assert.Equal(problem, Naming.TypeNameProblem(name));

    [Theory]
    [InlineData("fullName", null)]
    [InlineData("full name", "' ' is not allowed; use letters, digits, '_' and '-'")]
    [InlineData("2fa", "names start with a letter or '_'")]
    [InlineData("__", "it has no letters or digits")]
    public void Member_name_rules(string name, string? problem) =>
        Assert.Equal(problem, Naming.MemberNameProblem(name));

    [Theory]
    [InlineData("Consulat", "Consulate")]
    [InlineData("consulate", "Consulate")]
    [InlineData("Zzzzzz", null)]
    public void Suggests_the_closest_name(string name, string? expected) =>
        Assert.Equal(expected, NameSuggester.Closest(name, ["Consulate", "Mission", "Diplomat"]));
}

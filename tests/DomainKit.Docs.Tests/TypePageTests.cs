using System.Net;
using System.Text.RegularExpressions;

namespace DomainKit.Docs.Tests;

/// <summary>What a type's page says, on a schema that uses each thing a page shows: every constraint in words, wire and C#
/// names, defaults, deprecation, renamedFrom, rules, an enum's members, a union's variants and where a type is used.</summary>
public sealed class TypePageTests
{
    private const string Schema = """
        namespace: Pages
        types:
          Grade:
            enum:
              junior: Less than two years.
              senior: Two years or more.
          Badge:
            value: string
            pattern: '^[A-Z]{3}$'
          Office:
            key: code
            doc: A place people work.
            fields:
              code: { type: string, minLength: 1, maxLength: 8 }
              floors: { type: int, min: 1, max: 90, exclusiveMin: 0, exclusiveMax: 100 }
              email: { type: string?, format: email }
              rooms: { type: list<string>, minItems: 1, maxItems: 40, unique: true }
              opened: { type: date, json: opened_on }
              size: { type: int, default: 3 }
              town: { type: string?, renamedFrom: [city], deprecated: Use the address instead. }
              staff: { type: list<Person>, default: [] }
            rules:
              - check: size <= floors
                path: size
                code: sizeOverFloors
                message: More size than floors.
          Person:
            fields:
              name: string
              grade: Grade
              badge: Badge?
              office: ref<Office>?
          Event:
            union:
              discriminator: kind
              variants:
                Moved:
                  doc: Someone moved offices.
                  fields:
                    to: ref<Office>
                Left: {}
        """;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Site = new(() =>
        SiteBuildTests.Build([("schema/pages.yaml", Schema)], "schema").ToDictionary(f => f.Path, f => f.Content));

    private static string Page(string type) => Site.Value[$"types/Pages.{type}.html"];

    private static string Row(string page, string id) => Regex.Match(page, $"<tr id=\"{id}\">.*?</tr>", RegexOptions.Singleline).Value;

    [Theory]
    [InlineData("field-code", "length at least 1 character; length at most 8 characters")]
    [InlineData("field-floors", "at least 1; at most 90; more than 0; less than 100")]
    [InlineData("field-email", "a valid email")]
    [InlineData("field-rooms", "at least 1 item; at most 40 items; items unique")]
    public void Every_constraint_is_said_in_words(string row, string words) =>
        Assert.Contains($"<td>{WebUtility.HtmlEncode(words)}</td>", Row(Page("Office"), row), StringComparison.Ordinal);

    [Fact]
    public void A_value_types_pattern_is_said_in_words() =>
        Assert.Contains("matches ^[A-Z]{3}$", WebUtility.HtmlDecode(Page("Badge")), StringComparison.Ordinal);

    [Fact]
    public void A_field_shows_its_wire_name_its_CSharp_name_where_it_differs_its_presence_and_its_deprecation()
    {
        var office = Page("Office");

        Assert.Contains("<code>opened_on</code><br><span class=\"muted\">C# Opened</span>", Row(office, "field-opened_on"), StringComparison.Ordinal);
        Assert.Contains("<td>default <code>3</code></td>", Row(office, "field-size"), StringComparison.Ordinal);
        Assert.Contains("<td>required</td>", Row(office, "field-code"), StringComparison.Ordinal);
        Assert.Contains("<td>optional</td>", Row(office, "field-email"), StringComparison.Ordinal);
        var town = Row(office, "field-town");
        Assert.Contains("<strong>Deprecated</strong>: Use the address instead.", town, StringComparison.Ordinal);
        Assert.Contains("Read also as <code>city</code>", town, StringComparison.Ordinal);
        Assert.Contains("<code>list&lt;<a href=\"../types/Pages.Person.html\">Person</a>&gt;</code>", Row(office, "field-staff"), StringComparison.Ordinal);
        Assert.Contains("<p class=\"doc\">A place people work.</p>", office, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_shows_its_expression_code_path_and_message() =>
        Assert.Contains("<tr><td><code>check: size &lt;= floors</code></td><td><code>sizeOverFloors</code></td><td><code>/size</code></td><td>More size than floors.</td></tr>", Page("Office"), StringComparison.Ordinal);

    [Fact]
    public void An_enum_lists_its_members_with_their_docs() =>
        Assert.Contains("<tr id=\"member-senior\"><td><code>Senior</code></td><td><code>\"senior\"</code></td><td><p class=\"doc\">Two years or more.</p>\n</td></tr>", Page("Grade"), StringComparison.Ordinal);

    [Fact]
    public void A_union_lists_its_variants_with_their_tags_and_each_variants_fields()
    {
        var events = Page("Event");

        Assert.Contains("<p>The property <code>kind</code> holds the variant's tag.</p>", events, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"variant-Moved\">Moved <span class=\"muted\">tag <code>\"Moved\"</code></span></h3>", events, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"Moved-field-to\">", events, StringComparison.Ordinal);
        Assert.Contains("No fields of its own.", events, StringComparison.Ordinal);
    }

    [Fact]
    public void Used_by_lists_every_field_that_names_the_type_and_marks_references()
    {
        var office = Page("Office");
        var usedBy = office[office.IndexOf("<h2 id=\"used-by\">", StringComparison.Ordinal)..];

        Assert.Contains("<a href=\"../types/Pages.Event.html#Moved-field-to\">Event.Moved.to</a> <code>ref&lt;Office&gt;</code> <span class=\"muted\">(its key)</span>", usedBy, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../types/Pages.Person.html#field-office\">Person.office</a> <code>ref&lt;Office&gt;?</code> <span class=\"muted\">(its key)</span>", usedBy, StringComparison.Ordinal);
        Assert.Contains("No field of this domain names it.", Page("Event"), StringComparison.Ordinal);
    }
}

using DomainKit.Generators.Tests.Infrastructure;
using DomainKit.Schema.Checking;
using DomainKit.Schema.Diagnostics;
using DomainKit.Schema.Model;
using DomainKit.Schema.Parsing;
using Microsoft.CodeAnalysis;
using static DomainKit.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace DomainKit.Generators.Tests.Diagnostics;

/// <summary>One test (at least) per DK id: the id, and the file, line and column dotnet build prints.</summary>
public partial class DiagnosticLocationTests
{
    private const string Head = "types:\n  A:\n    fields:\n";

    [Fact]
    public void DK0001_duplicate_key_points_at_the_second_key() =>
        Single(Run(Head + "      x: int\n      x: string\n"), "DK0001", 5, 7);

    [Fact]
    public void DK0001_unclosed_flow_sequence_points_at_its_bracket_even_though_YamlDotNet_throws_InvalidOperation() =>
        Single(Run("bad: [unclosed\nmore: 1\nx: y\n"), "DK0001", 1, 6);

    [Fact]
    public void DK0001_tab_indentation_points_at_the_tab_not_the_file_start() =>
        Single(Run("types:\n  A:\n\tfields: {}\n"), "DK0001", 3, 1);

    [Fact]
    public void DK0001_unknown_alias_points_at_the_alias() =>
        Single(Run("types:\n  A: *nowhere\n"), "DK0001", 2, 6);

    [Fact]
    public void DK0001_tag_that_is_not_a_URI_points_at_the_tag_even_though_YamlDotNet_throws_ArgumentException()
    {
        var diagnostic = Single(Run(Head + "      x: { type: 'list<int>', default: !!str[] }\n"), "DK0001", 4, 40);
        Assert.Contains("this tag is not valid", diagnostic.GetMessage());
        Assert.Equal(7, diagnostic.Location.SourceSpan.Length);
    }

    [Fact]
    public void DK0001_unterminated_quote() =>
        Single(Run("types:\n  A:\n    doc: 'never closed\n"), "DK0001", 3, 10);

    [Fact]
    public void DK0002_type_that_is_not_a_mapping()
    {
        var diagnostic = Single(Run("types:\n  A: [1, 2]\n"), "DK0002", 2, 6);
        Assert.Contains("must be a mapping, not a sequence", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0002_root_that_is_not_a_mapping() =>
        Single(Run("- just\n- a list\n"), "DK0002", 1, 1);

    [Fact]
    public void DK0003_unknown_field_key_lists_the_allowed_keys()
    {
        var diagnostic = Single(Run(Head + "      x: { type: int, minimum: 1 }\n"), "DK0003", 4, 23);
        Assert.Contains("allowed keys: type, doc, default", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0003_comma_in_an_unquoted_flow_value_gets_a_hint()
    {
        var diagnostic = Single(Run(Head + "      x: { type: int, doc: One, two }\n"), "DK0003", 4, 33);
        Assert.Contains("quote the value", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0003_unknown_file_key() =>
        Single(Run("namespace: A.B\ntipes:\n  A:\n    fields: {}\ntypes: {}\n"), "DK0003", 2, 1);

    [Fact]
    public void DK0003_misspelt_kind_is_reported_at_the_key_with_a_suggestion_not_as_a_type_without_a_kind()
    {
        var all = Run("types:\n  A:\n    feilds:\n      x: int\n");
        var diagnostic = Single(all, "DK0003", 3, 5);
        Assert.EndsWith("; did you mean 'fields'?", diagnostic.GetMessage());
        Assert.DoesNotContain(all, d => d.Id == "DK0004");
    }

    [Fact]
    public void DK0003_misspelt_field_option_suggests_the_constraint()
    {
        var diagnostic = Single(Run(Head + "      x: { type: int, minimun: 1 }\n"), "DK0003", 4, 23);
        Assert.EndsWith("; did you mean 'min'?", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0003_misspelt_key_of_a_value_type_suggests_the_key()
    {
        var diagnostic = Single(Run("types:\n  A:\n    value: string\n    patern: '^a$'\n"), "DK0003", 4, 5);
        Assert.EndsWith("; did you mean 'pattern'?", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0004_type_with_no_kind() =>
        Single(Run("types:\n  A:\n    doc: nothing else\n"), "DK0004", 2, 3);

    [Fact]
    public void DK0004_type_with_two_kinds()
    {
        var diagnostic = Single(Run("types:\n  A:\n    fields: {}\n    enum: [X]\n"), "DK0004", 2, 3);
        Assert.Contains("but has 'fields' and 'enum'", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0005_unknown_type_suggests_the_closest_name()
    {
        var diagnostic = Single(Run(Head + "      c: list<Consulat>\n  Consulate:\n    fields:\n      city: string\n"), "DK0005", 4, 15);
        Assert.EndsWith("did you mean 'Consulate'?", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0005_misspelt_collection_in_a_generic_suggests_the_collection()
    {
        var diagnostic = Single(Run(Head + "      l: lst<string>\n"), "DK0005", 4, 10);
        Assert.Equal("Unknown type 'lst'; did you mean 'list'?", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0005_misspelt_primitive_suggests_the_primitive()
    {
        var diagnostic = Single(Run(Head + "      c: strng\n"), "DK0005", 4, 10);
        Assert.EndsWith("did you mean 'string'?", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0006_type_declared_in_two_files_is_reported_on_the_later_file()
    {
        var (result, _) = GeneratorHarness.Run(
            ("schema/b.yaml", "types:\n  Shared:\n    fields:\n      x: int\n"),
            ("schema/a.yaml", "types:\n  Other:\n    enum: [X]\n  Shared:\n    enum: [Y]\n"));

        var diagnostic = Single(result.Diagnostics, "DK0006", 2, 3, "schema/b.yaml");
        Assert.Contains("already declared in a.yaml(4,3)", diagnostic.GetMessage());
        Assert.Single(result.GeneratedTrees, t => t.FilePath.EndsWith("Shared.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void DK0006_names_differing_only_in_case_clash() =>
        Single(Run("types:\n  Talks:\n    enum: [A]\n  TALKS:\n    enum: [B]\n"), "DK0006", 4, 3);

    [Fact]
    public void DK0007_lower_case_type_name() =>
        Single(Run("types:\n  mission:\n    fields:\n      x: int\n"), "DK0007", 2, 3);

    [Fact]
    public void DK0007_field_name_with_a_space() =>
        Single(Run(Head + "      'full name': string\n"), "DK0007", 4, 7);

    [Fact]
    public void DK0007_enum_member_name() =>
        Single(Run("types:\n  E:\n    enum: [Good, 'not good']\n"), "DK0007", 3, 18);

    [Fact]
    public void DK0008_two_fields_with_the_same_property_name() =>
        Single(Run(Head + "      full_name: string\n      fullName: string\n"), "DK0008", 5, 7);

    [Fact]
    public void DK0008_field_clashing_with_a_generated_member()
    {
        var diagnostic = Single(Run(Head + "      validate: bool\n"), "DK0008", 4, 7);
        Assert.Contains("the generated member 'Validate'", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0008_field_clashing_with_the_check_a_reader_makes()
    {
        var diagnostic = Single(Run(Head + "      holdsOwnConstraints: bool\n"), "DK0008", 4, 7);
        Assert.Contains("the generated member 'HoldsOwnConstraints'", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0008_field_named_like_its_record() =>
        Single(Run(Head + "      a: int\n"), "DK0008", 4, 7);

    [Fact]
    public void DK0009_constraint_that_does_not_fit_the_type() =>
        Single(Run(Head + "      n: { type: int, pattern: 'x' }\n"), "DK0009", 4, 23);

    [Fact]
    public void DK0009_string_constraint_on_a_value_type_field() =>
        Single(Run(Head + "      c: { type: C, maxLength: 3 }\n  C:\n    value: string\n"), "DK0009", 4, 21);

    [Fact]
    public void DK0010_min_above_max() =>
        Single(Run(Head + "      n: { type: int, min: 5, max: 1 }\n"), "DK0010", 4, 23);

    [Fact]
    public void DK0010_min_length_above_max_length_on_a_value_type() =>
        Single(Run("types:\n  V:\n    value: string\n    minLength: 9\n    maxLength: 2\n"), "DK0010", 4, 5);

    [Fact]
    public void DK0010_equal_exclusive_bounds() =>
        Single(Run(Head + "      d: { type: date, exclusiveMin: '2025-01-01', exclusiveMax: '2025-01-01' }\n"), "DK0010", 4, 24);

    [Fact]
    public void DK0011_pattern_that_does_not_compile() =>
        Single(Run(Head + "      s: { type: string, pattern: '(' }\n"), "DK0011", 4, 35);

    [Fact]
    public void DK0012_default_below_min() =>
        Single(Run(Head + "      n: { type: int, min: 1, default: 0 }\n"), "DK0012", 4, 40);

    [Fact]
    public void DK0012_default_not_matching_pattern() =>
        Single(Run(Head + "      s: { type: string, pattern: '^[A-Z]+$', default: abc }\n"), "DK0012", 4, 56);

    [Fact]
    public void DK0012_empty_default_for_a_list_with_min_items() =>
        Single(Run(Head + "      l: { type: list<int>, minItems: 1, default: [] }\n"), "DK0012", 4, 51);

    [Fact]
    public void DK0014_unknown_format() =>
        Single(Run(Head + "      s: { type: string, format: phone }\n"), "DK0014", 4, 34);

    [Fact]
    public void DK0014_misspelt_format_suggests_the_format()
    {
        var diagnostic = Single(Run(Head + "      s: { type: string, format: emial }\n"), "DK0014", 4, 34);
        Assert.EndsWith("; did you mean 'email'?", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0014_negative_length() =>
        Single(Run(Head + "      s: { type: string, minLength: -1 }\n"), "DK0014", 4, 37);

    [Fact]
    public void DK0014_bad_unknown_fields_value() =>
        Single(Run("unknownFields: maybe\ntypes: {}\n"), "DK0014", 1, 16);

    [Fact]
    public void DK0015_map_with_a_key_type()
    {
        var diagnostic = Single(Run(Head + "      m: map<string, int>\n"), "DK0015", 4, 10);
        Assert.Contains("map keys are always strings", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0015_unclosed_generic() =>
        Single(Run(Head + "      l: list<int\n"), "DK0015", 4, 18);

    [Fact]
    public void DK0016_default_of_the_wrong_type() =>
        Single(Run(Head + "      n: { type: int, default: many }\n"), "DK0016", 4, 32);

    [Fact]
    public void DK0016_unknown_enum_member_as_default() =>
        Single(Run(Head + "      e: { type: E, default: Maybe }\n  E:\n    enum: [Yes, No]\n"), "DK0016", 4, 30);

    [Fact]
    public void DK0017_anchor_is_reported_once_even_when_aliased_twice() =>
        Single(Run("types:\n  A: &shared\n    fields:\n      x: int\n  B: *shared\n  C: *shared\n"), "DK0017", 2, 6);

    [Fact]
    public void DK0018_invalid_namespace() =>
        Single(Run("namespace: 1Bad.Name\ntypes:\n  A:\n    fields:\n      x: int\n"), "DK0018", 1, 12);

    [Fact]
    public void DK0019_two_fields_with_the_same_wire_name() =>
        Single(Run(Head + "      a1: { type: int, json: x }\n      b1: { type: int, json: x }\n"), "DK0019", 5, 30);

    [Fact]
    public void DK0020_value_type_wrapping_a_list() =>
        Single(Run("types:\n  V:\n    value: list<string>\n"), "DK0020", 3, 12);

    [Fact]
    public void DK0021_field_without_a_type() =>
        Single(Run(Head + "      x: { doc: no type here }\n"), "DK0021", 4, 7);

    [Fact]
    public void DK0021_file_without_types() =>
        Single(Run("namespace: Only.A.Namespace\n"), "DK0021", 1, 1);

    [Fact]
    public void DK0022_file_too_large() =>
        Single(Run("# " + new string('x', 4 * 1024 * 1024) + "\ntypes: {}\n"), "DK0022", 1, 1);

    [Fact]
    public void DK0023_deprecated_required_field_is_a_warning()
    {
        var diagnostic = Single(Run(Head + "      old: { type: int, deprecated: true }\n      fine: { type: int?, deprecated: true }\n"), "DK0023", 4, 7);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
    }

    [Fact]
    public void DK0024_pattern_with_a_backreference_is_refused_for_the_linear_time_engine() =>
        Single(Run(Head + "      s: { type: string, pattern: '(a)\\1' }\n"), "DK0024", 4, 35);

    [Fact]
    public void DK0025_deep_nesting_is_refused_before_it_can_overflow_the_stack()
    {
        var diagnostic = Single(Run("types: " + new string('[', 100_000) + new string(']', 100_000) + "\n"), "DK0025", 1, 71);
        Assert.Contains("deeper than 64", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0025_block_nesting_counts_too() =>
        Single(Run("types:\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i + 1) + "-\n"))), "DK0025", 65, 65);

    [Fact]
    public void DK9999_an_unexpected_exception_becomes_a_located_diagnostic_not_CS8785()
    {
        var schema = DomainKit.Schema.Parsing.SchemaParser.Parse("schema/test.yaml", Head + "      x: int\n");

        var result = DomainKit.Schema.Checking.SchemaChecker.CheckSafely(schema, index: null!, "Ns");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DK9999", diagnostic.Definition.Id);
        Assert.Equal("schema/test.yaml", diagnostic.Span.FilePath);
        Assert.Empty(result.Types);
    }

    [Fact]
    public void DK0026_records_that_require_each_other_warn_at_the_field_that_closes_the_cycle()
    {
        var all = Run("types:\n  A:\n    fields:\n      b: B\n  B:\n    fields:\n      name: string\n      a: A\n");
        var diagnostic = Single(all, "DK0026", 8, 7);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains("(A → B → A)", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0026_a_record_that_requires_itself()
    {
        var diagnostic = Single(Run(Head + "      next: A\n"), "DK0026", 4, 7);
        Assert.Contains("(A → A)", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0026_across_files_points_into_the_file_that_closes_the_cycle()
    {
        var (result, _) = GeneratorHarness.Run(
            ("schema/a.yaml", "types:\n  A:\n    fields:\n      b: B\n"),
            ("schema/b.yaml", "types:\n  B:\n    fields:\n      a: A\n"));
        Single(result.Diagnostics, "DK0026", 4, 7, "schema/b.yaml");
    }

    [Theory]
    [InlineData("a: A?")]
    [InlineData("a: list<A>")]
    [InlineData("a: map<A>")]
    [InlineData("a: { type: A? }")]
    public void DK0026_not_when_the_cycle_can_end(string field) =>
        Assert.DoesNotContain(Run("types:\n  A:\n    fields:\n      b: B\n  B:\n    fields:\n      " + field + "\n"), d => d.Id == "DK0026");

    // Rules: fields on line 4, 'rules:' on line 5, the first rule on line 6 ("      - check: " is 15 columns).
    private static IReadOnlyList<Diagnostic> RunRules(string fields, string rules) => Run(Head + fields + "    rules:\n" + rules);

    [Fact]
    public void DK0027_a_rule_that_is_both_a_check_and_a_when_points_at_the_when() =>
        Single(RunRules("      x: int\n", "      - check: x > 0\n        when: x > 1\n        require: [x]\n"), "DK0027", 7, 9);

    [Fact]
    public void DK0028_syntax_error_points_at_the_token_in_a_plain_scalar() =>
        Single(RunRules("      x: int\n", "      - check: x >> 0\n"), "DK0028", 6, 19);

    [Fact]
    public void DK0028_syntax_error_points_at_the_token_in_quoted_and_block_scalars()
    {
        Single(RunRules("      x: int\n", "      - check: 'x >> 0'\n"), "DK0028", 6, 20);
        Single(RunRules("      x: int\n", "      - check: \"x >> 0\"\n"), "DK0028", 6, 20);
        Single(RunRules("      x: int\n", "      - check: >-\n          x > 0 &&\n          x >> 1\n"), "DK0028", 8, 14);
        Single(RunRules("      x: int\n", "      - check: |-\n          x > 0 &&\n          x >> 1\n"), "DK0028", 8, 14);
    }

    [Fact]
    public void DK0029_unknown_name_suggests_the_closest_field()
    {
        var diagnostic = Single(RunRules("      staff: int\n", "      - check: 0 <= staf\n"), "DK0029", 6, 21);
        Assert.EndsWith("did you mean 'staff'?", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("      - check: s == 'x' && q > 0\n", 6, 28)]
    [InlineData("      - check: 's == ''x'' && q > 0'\n", 6, 31)]
    [InlineData("      - check: \"s == \\\"x\\\" && q > 0\"\n", 6, 31)]
    [InlineData("      - check: >-\n          s == 'x' &&\n          q > 0\n", 8, 11)]
    [InlineData("      - check: |\n          s == 'x'\n            && q > 0\n", 8, 16)]
    [InlineData("      - { code: c, check: \"s != 'x' || q > 0\" }\n", 6, 40)]
    public void DK0029_is_located_at_the_name_in_every_scalar_style(string rule, int line, int column) =>
        Single(RunRules("      s: string\n", rule), "DK0029", line, column);

    [Fact]
    public void DK0030_type_mismatch_points_at_the_operator()
    {
        var diagnostic = Single(RunRules("      s: string\n", "      - check: s > 1\n"), "DK0030", 6, 18);
        Assert.Contains("cannot order 'string' and 'int'", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0031_optional_field_used_without_a_guard_points_at_its_use() =>
        Single(RunRules("      c: int?\n", "      - check: c == null && c > 0\n"), "DK0031", 6, 29);

    [Fact]
    public void DK0032_check_that_is_not_a_boolean_points_at_the_expression()
    {
        var diagnostic = Single(RunRules("      x: int\n", "      - check: x + 1\n"), "DK0032", 6, 16);
        Assert.Contains("is 'int'", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0033_unknown_field_in_path_require_and_forbid()
    {
        Single(RunRules("      x: int\n", "      - check: x > 0\n        path: y\n"), "DK0033", 7, 15);
        Single(RunRules("      x: int\n      y: int?\n", "      - when: x > 0\n        require: [y, z]\n"), "DK0033", 8, 22, "schema/test.yaml");
    }

    // Unions: "types:\n  U:\n    union:\n" puts 'union:' on line 3.
    private const string Union = "types:\n  U:\n    union:\n";

    [Fact]
    public void DK0034_duplicate_tag_points_at_the_second_tag() =>
        Single(Run(Union + "      variants:\n        A: { tag: x }\n        B: { tag: x }\n"), "DK0034", 6, 19);

    [Fact]
    public void DK0034_a_tag_that_is_another_variants_name() =>
        Single(Run(Union + "      variants:\n        A: {}\n        B: { tag: A }\n"), "DK0034", 6, 19);

    [Fact]
    public void DK0035_variant_field_repeating_a_shared_field_or_the_discriminator()
    {
        Single(Run(Union + "      fields: { on: date }\n      variants:\n        A: { fields: { on: date } }\n"), "DK0035", 6, 24);
        Single(Run(Union + "      variants:\n        A: { fields: { kind: string } }\n"), "DK0035", 5, 24);
        Single(Run(Union + "      discriminator: type\n      fields: { type: string }\n      variants: { A: {} }\n"), "DK0035", 5, 17);
    }

    [Fact]
    public void DK0036_union_without_variants_points_at_union() =>
        Single(Run(Union + "      fields: { on: date }\n"), "DK0036", 3, 5);

    [Fact]
    public void DK0008_variant_named_like_a_generated_member_or_the_union() =>
        Single(Run(Union + "      variants:\n        Match: {}\n        U: {}\n").Where(d => d.GetMessage().Contains("'Match'")), "DK0008", 5, 9);

    [Fact]
    public void DK0008_shared_field_clashing_with_the_check_a_variant_reader_makes() =>
        Assert.Contains("the generated member 'HoldsSharedConstraints'",
            Single(Run(Union + "      fields: { holdsSharedConstraints: int }\n      variants: { A: {} }\n"), "DK0008", 4, 17).GetMessage());

    [Fact]
    public void DK0037_key_naming_a_missing_optional_or_collection_field_points_at_the_key()
    {
        const string Keyed = "types:\n  A:\n    key: {0}\n    fields:\n      id: int\n      note: string?\n      tags: list<string>\n";
        Assert.EndsWith("names no field (did you mean 'id'?); a key names a required field that is not a collection",
            Single(Run(Keyed.Replace("{0}", "idd")), "DK0037", 3, 10).GetMessage());
        Assert.Contains("names the optional field 'note'", Single(Run(Keyed.Replace("{0}", "note")), "DK0037", 3, 10).GetMessage());
        Single(Run(Keyed.Replace("{0}", "tags")), "DK0037", 3, 10);
    }

    [Fact]
    public void DK0038_ref_to_a_type_without_a_key_points_at_the_type_name()
    {
        const string Types = "types:\n  Post:\n    fields:\n      code: string\n  Rank:\n    enum: [A]\n  Roster:\n    fields:\n";
        Assert.Contains("it has no 'key:'", Single(Run(Types + "      home: ref<Post>\n"), "DK0038", 9, 17).GetMessage());
        Assert.Contains("it is not a record", Single(Run(Types + "      rank: list<ref<Rank>>\n"), "DK0038", 9, 22).GetMessage());
        Assert.Contains("did you mean 'Post'?", Single(Run(Types + "      home: ref<Pots>\n"), "DK0005", 9, 17).GetMessage());
    }

    [Fact]
    public void DK0039_a_reserved_name_declared_again_as_a_field_or_an_old_name()
    {
        const string Reserved = "types:\n  A:\n    reserved: [fax]\n    fields:\n";
        Single(Run(Reserved + "      fax: string\n"), "DK0039", 5, 7);
        Single(Run(Reserved + "      phone: { type: string, json: fax }\n"), "DK0039", 5, 36);
        Single(Run(Reserved + "      phone: { type: string, renamedFrom: [tel, fax] }\n"), "DK0039", 5, 49);
    }

    [Fact]
    public void DK0039_a_reserved_enum_member_declared_again() =>
        Single(Run("types:\n  E:\n    reserved: [b]\n    enum: [a, b]\n"), "DK0039", 4, 15);

    [Fact]
    public void DK0034_an_old_tag_that_another_variant_has() =>
        Single(Run(Union + "      variants:\n        A: {}\n        B: { renamedFrom: [A] }\n"), "DK0034", 6, 28);

    [Fact]
    public void DK0019_an_old_name_that_another_field_has() =>
        Single(Run(Head + "      city: string\n      town: { type: string, renamedFrom: [city] }\n"), "DK0019", 5, 43);

    [Fact]
    public void Every_catalog_rule_has_a_test_in_these_files()
    {
        var source = string.Concat(Directory.GetFiles(SourceDirectory(), "DiagnosticLocationTests*.cs").Select(File.ReadAllText));
        var untested = DomainKit.Schema.Diagnostics.DiagnosticCatalog.All
            .Where(rule => !source.Contains($"void {rule.Id}_", StringComparison.Ordinal))
            .Select(rule => rule.Id)
            .ToList();
        Assert.Empty(untested);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

using DomainKit.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static DomainKit.Generators.Tests.Infrastructure.BaselineHarness;
using static DomainKit.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace DomainKit.Generators.Tests.Diagnostics;

/// <summary>The compatibility check's diagnostics: at the current YAML node; for something removed, at the type or file that lost it.</summary>
public partial class DiagnosticLocationTests
{
    private const string Office = "types:\n  Office:\n    fields:\n      city: string\n";

    [Fact]
    public void DK0040_a_removed_type_points_at_the_start_of_the_file_that_lost_it()
    {
        var diagnostic = Single(Check(Office + "  Desk:\n    fields:\n      size: int\n", Office), "DK0040", 1, 1, CurrentPath);
        Assert.StartsWith("Type 'Desk' of the baseline (test.yaml) is gone (if another type is it renamed, give that type renamedFrom: [Desk]); this breaks backward", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0040_a_type_whose_file_is_gone_points_at_the_type_in_the_baseline()
    {
        var files = GeneratorHarness.Files((CurrentPath, Office), ("schema-baseline/desks.yaml", "types:\n  Desk:\n    fields:\n      size: int\n"));
        var diagnostics = GeneratorHarness.Run(files, Options(null, "schema-baseline/desks.yaml")).Result.Diagnostics;
        Single(diagnostics, "DK0040", 2, 3, "schema-baseline/desks.yaml");
    }

    [Fact]
    public void DK0041_a_type_that_changed_kind_points_at_its_name() =>
        Single(Check(Office, "types:\n  Office:\n    enum: [city]\n"), "DK0041", 2, 3, CurrentPath);

    [Fact]
    public void DK0042_a_required_field_added_points_at_the_field() =>
        Single(Check(Office, Office + "      phone: string\n"), "DK0042", 5, 7, CurrentPath);

    [Fact]
    public void DK0043_a_field_added_where_the_baseline_rejects_unknown_fields_points_at_the_field() =>
        Single(Check("unknownFields: error\n" + Office, Office + "      phone: string?\n"), "DK0043", 5, 7, CurrentPath);

    [Fact]
    public void DK0044_a_removed_field_points_at_its_type_and_names_a_likely_rename()
    {
        var diagnostic = Single(Check(Office + "      fax: string?\n", Office + "      phone: string?\n"), "DK0044", 2, 3, CurrentPath);
        Assert.StartsWith("Field 'fax' was removed from 'Office' without reserving its name (list it under 'reserved') (if 'phone' is it renamed, give it renamedFrom: [fax]); this breaks backward", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0045_a_wire_name_changed_in_place_points_at_the_new_name_and_asks_for_renamedFrom()
    {
        var diagnostic = Single(Check(Office, "types:\n  Office:\n    fields:\n      city: { type: string, json: town }\n"), "DK0045", 4, 35, CurrentPath);
        Assert.StartsWith("Field 'city' of 'Office' is now written 'town', not 'city' (add renamedFrom: [city] so that old documents are still read); this breaks backward and forward", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0046_a_field_made_required_points_at_its_type() =>
        Single(Check(Office + "      fax: string?\n", Office + "      fax: string\n"), "DK0046", 5, 12, CurrentPath);

    [Fact]
    public void DK0047_a_changed_field_type_points_at_the_type()
    {
        var diagnostic = Single(Check(Office + "      staff: long\n", Office + "      staff: int\n"), "DK0047", 5, 14, CurrentPath);
        Assert.StartsWith("'staff' of 'Office' changed type from 'long' to 'int'", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0048_a_tightened_constraint_points_at_its_value_and_a_removed_one_at_the_field()
    {
        var tightened = Single(Check(Office + "      code: { type: string, maxLength: 9 }\n", Office + "      code: { type: string, maxLength: 8 }\n"), "DK0048", 5, 40, CurrentPath);
        Assert.StartsWith("'code' of 'Office': 'maxLength' went from 9 to 8; this breaks backward", tightened.GetMessage());
        Single(Check(Office + "      code: { type: string, maxLength: 9 }\n", Office + "      code: string\n"), "DK0048", 5, 7, CurrentPath);
    }

    [Fact]
    public void DK0049_an_added_enum_member_points_at_the_member() =>
        Single(Check("types:\n  Grade:\n    enum: [low, high]\n", "types:\n  Grade:\n    enum: [low, mid, high]\n"), "DK0049", 3, 17, CurrentPath);

    [Fact]
    public void DK0050_a_removed_variant_points_at_its_union()
    {
        const string Head = "types:\n  Event:\n    union:\n      variants:\n";
        var diagnostic = Single(Check(Head + "        Opened: {}\n        Closed: {}\n", Head + "        Opened: {}\n"), "DK0050", 2, 3, CurrentPath);
        Assert.StartsWith("Variant 'Closed' was removed from 'Event'; this breaks backward", diagnostic.GetMessage());
    }

    [Fact]
    public void DK0051_a_changed_default_points_at_the_new_value() =>
        Single(Check(Office + "      floor: { type: int, default: 1 }\n", Office + "      floor: { type: int, default: 0 }\n"), "DK0051", 5, 36, CurrentPath);

    [Fact]
    public void DK0052_a_changed_discriminator_points_at_it() =>
        Single(Check("types:\n  Event:\n    union:\n      variants:\n        Opened: {}\n",
            "types:\n  Event:\n    union:\n      discriminator: type\n      variants:\n        Opened: {}\n"), "DK0052", 4, 22, CurrentPath);

    [Fact]
    public void DK0053_an_added_rule_points_at_its_expression_and_a_removed_one_at_the_type()
    {
        const string Rules = "    rules:\n      - check: size(city) > 1\n";
        Single(Check(Office, Office + Rules), "DK0053", 6, 16, CurrentPath);
        var removed = Single(Check(Office + Rules, Office), "DK0053", 2, 3, CurrentPath);
        Assert.StartsWith("Rule 'check: size(city) > 1' of 'Office' was removed; this breaks forward", removed.GetMessage());
    }

    [Fact]
    public void DK0054_a_name_reserved_in_the_baseline_declared_again_points_at_it() =>
        Single(Check("types:\n  Office:\n    reserved: [fax]\n    fields:\n      city: string\n", Office + "      fax: string?\n"), "DK0054", 5, 7, CurrentPath);

    [Fact]
    public void DK0055_a_baseline_file_with_errors_is_a_warning_at_its_start_and_is_left_out()
    {
        var all = Check("types:\n  Office: [1\n", Office);
        var diagnostic = Single(all, "DK0055", 1, 1, BaselinePath);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Single(all);
    }

    [Fact]
    public void DK0014_an_unknown_compatibility_setting_is_reported_without_a_location_and_full_is_checked()
    {
        var all = Check(Office, Office + "      phone: string\n", "sideways");
        var invalid = Assert.Single(all, d => d.Id == "DK0014");
        Assert.Equal(Location.None, invalid.Location);
        Assert.Contains("'sideways' for 'DomainKitCompatibility'", invalid.GetMessage());
        Assert.Contains(all, d => d.Id == "DK0042");
    }
}

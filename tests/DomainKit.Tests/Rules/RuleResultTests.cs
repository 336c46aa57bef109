using System.Text;

namespace DomainKit.Tests.Rules;

/// <summary>Rules in <c>TryFromJson</c> results beside structural errors, and what holding rules cost.</summary>
public class RuleResultTests
{
    private static (string Path, string Code)[] Errors(string json)
    {
        Assert.False(Probe.TryFromJson(Encoding.UTF8.GetBytes(json), out _, out var result));
        return result.Errors.Select(e => (e.Path, e.Code)).ToArray();
    }

    [Fact]
    public void A_rule_error_comes_in_the_same_result_as_the_structural_errors()
    {
        var errors = Errors("""{"req":1,"s":7,"level":"high"}""");
        Assert.Equal([("/s", "type"), ("", "in"), ("", "qualified"), ("/part", "highNeedsPart")], errors);
    }

    [Fact]
    public void A_rule_that_reads_a_missing_required_field_is_skipped()
    {
        // 'req' is absent: the reader reports it, and 'req > 0' is not run on the placeholder 0.
        Assert.Equal([("/req", "required")], Errors("""{"i":1}"""));
    }

    [Fact]
    public void A_rule_that_reads_a_value_of_the_wrong_type_is_skipped()
    {
        Assert.Equal([("/req", "type")], Errors("""{"req":"one"}"""));
        Assert.Equal([("/parts/0/name", "required")], Errors("""{"req":1,"parts":[{"size":1}]}"""));
    }

    [Fact]
    public void A_rule_whose_values_were_read_still_runs_beside_other_errors()
    {
        // 'oi' did not read, so 'has(oi)' is skipped; the rules over 'i' run and two of them fail.
        Assert.Equal([("/oi", "type"), ("", "subtract"), ("", "divide")], Errors("""{"req":1,"i":200,"oi":"x"}"""));
    }

    [Fact]
    public void FromJson_reads_a_document_that_holds_every_rule()
    {
        var probe = Probe.FromJson("""{"req":3,"s":"abc","words":["main","abc"],"parts":[{"name":"a","size":3},{"name":"b"}],"tags":["t"],"scores":{"a":1}}""");
        Assert.True(probe.Validate().IsValid);
    }

    [Fact]
    public void Validating_a_valid_probe_with_every_rule_and_macro_allocates_nothing()
    {
        var probe = Probe.FromJson("""
            {"req":3,"i":5,"l":7,"m":3.5,"d":1.5,"s":"abc","on":"2020-01-01","at":"2030-01-01T00:00:00Z","t":"09:00:00",
             "span":"01:00:00","level":"mid","tag":"t","part":{"name":"p","size":2},"oi":4,
             "parts":[{"name":"a","size":3},{"name":"b"}],"words":["main","abc"],"scores":{"a":1,"b":2},"tags":["t","u"]}
            """);
        Assert.True(probe.Validate().IsValid);
        for (var i = 0; i < 100; i++) probe.Validate();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = probe.Validate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid);
        Assert.Equal(0, allocated);
    }
}

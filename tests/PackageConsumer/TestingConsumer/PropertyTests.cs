using CsCheck;
using DomainKit.Testing;
using Talks.Model;

namespace TestingConsumer;

public class PropertyTests
{
    private static readonly TestDomain Domain = TestDomain.FromBuild();

    [Fact]
    public void Every_generated_envoy_is_valid_and_reads_back_equal() =>
        Domain.Valid<Envoy>().Sample(envoy => envoy.Validate().IsValid && Envoy.FromJson(envoy.ToJson()) == envoy, iter: 500);

    [Fact]
    public void Every_broken_envoy_is_refused_with_exactly_its_error()
    {
        foreach (var envoy in Domain.Values<Envoy>(20, seed: 3))
        {
            var variants = Domain.Broken(envoy);
            Assert.Contains(variants, v => v.ExpectedPath == "/name" && v.ExpectedCode == "minLength");
            foreach (var variant in variants)
            {
                Assert.False(Envoy.TryFromJson(variant.Json, out _, out var result));
                Assert.Equal([(variant.ExpectedPath, variant.ExpectedCode)], result.Errors.Select(e => (e.Path, e.Code)));
            }
        }
    }

    [Fact]
    public void Both_sides_come_up() =>
        Assert.Equal([Side.Host, Side.Guest], Domain.Members<Side>().Array[40].Generate(new PCG(1, 5), null, out _).Distinct().Order());
}

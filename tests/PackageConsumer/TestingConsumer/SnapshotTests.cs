using DomainKit.Testing;
using Talks.Model;

namespace TestingConsumer;

public class SnapshotTests
{
    [Fact]
    public void The_generated_code_is_as_reviewed() => GeneratedCode.MatchSnapshots();

    [Fact]
    public void An_envoy_is_as_reviewed() =>
        ValueSnapshot.Match(new Envoy { Name = "Darchiyev", Side = Side.Guest, Languages = ["ru", "en"] }, "envoy");
}

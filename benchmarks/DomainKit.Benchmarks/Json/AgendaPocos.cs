using System.Text.Json.Serialization;

namespace DomainKit.Benchmarks.Json;

// Hand-written records of the same shape as the generated Agenda, for System.Text.Json source generation.

public enum RankPoco { Ambassador, Minister, Counselor, Director, DeputyAssistantSecretary, Secretary, Attache }

public enum AgendaTopicPoco { StaffingLevels, VisaPolicy, DiplomaticBanking, OperationalIssues, Ukraine, PoliticalAndSecurity, UnitedNationsMission, JointVentures, LeadersSummit }

public enum ItemStatusPoco
{
    [JsonStringEnumMemberName("proposed")] Proposed,
    [JsonStringEnumMemberName("agreed")] Agreed,
    [JsonStringEnumMemberName("resolved")] Resolved,
    [JsonStringEnumMemberName("deferred")] Deferred,
}

public enum EventKindPoco { PhoneCall, HighLevelMeeting, WorkingTalks }

public sealed record DiplomatPoco
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("fullName")] public required string FullName { get; init; }
    [JsonPropertyName("rank")] public required RankPoco Rank { get; init; }
    [JsonPropertyName("country")] public required string Country { get; init; }
    [JsonPropertyName("ministry")] public string? Ministry { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("languages")] public required List<string> Languages { get; init; }
    [JsonPropertyName("accredited_on")] public DateOnly? AccreditedOn { get; init; }
    [JsonPropertyName("leadsDelegation")] public bool LeadsDelegation { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
}

public sealed record DelegationPoco
{
    [JsonPropertyName("country")] public required string Country { get; init; }
    [JsonPropertyName("head")] public required DiplomatPoco Head { get; init; }
    [JsonPropertyName("members")] public List<DiplomatPoco> Members { get; init; } = [];
}

public sealed record AgendaItemPoco
{
    [JsonPropertyName("topic")] public required AgendaTopicPoco Topic { get; init; }
    [JsonPropertyName("summary")] public required string Summary { get; init; }
    [JsonPropertyName("status")] public ItemStatusPoco Status { get; init; }
    [JsonPropertyName("allottedTime")] public TimeSpan? AllottedTime { get; init; }
    [JsonPropertyName("priority")] public int Priority { get; init; } = 3;
}

/// <summary>The union's three variants in one class, in the order DomainKit writes: tag, shared fields, the variant's.</summary>
public sealed record DiplomaticEventPoco
{
    [JsonPropertyName("kind")] public required EventKindPoco Kind { get; init; }
    [JsonPropertyName("on")] public required DateOnly On { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("place")] public string? Place { get; init; }
    [JsonPropertyName("participants")] public List<string>? Participants { get; init; }
    [JsonPropertyName("heads")] public List<string>? Heads { get; init; }
}

public sealed record AgendaPoco
{
    [JsonPropertyName("id")] public required Guid Id { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("city")] public required string City { get; init; }
    [JsonPropertyName("heldOn")] public required DateOnly HeldOn { get; init; }
    [JsonPropertyName("startsAt")] public DateTimeOffset? StartsAt { get; init; }
    [JsonPropertyName("delegations")] public required List<DelegationPoco> Delegations { get; init; }
    [JsonPropertyName("items")] public required List<AgendaItemPoco> Items { get; init; }
    [JsonPropertyName("offAgenda")] public List<AgendaTopicPoco> OffAgenda { get; init; } = [];
    [JsonPropertyName("missionsInScope")] public List<string> MissionsInScope { get; init; } = [];
    [JsonPropertyName("precedingEvents")] public List<DiplomaticEventPoco> PrecedingEvents { get; init; } = [];
    [JsonPropertyName("possibleFollowUps")] public List<AgendaItemPoco> PossibleFollowUps { get; init; } = [];
    [JsonPropertyName("notesByDelegation")] public Dictionary<string, List<string>> NotesByDelegation { get; init; } = [];
}

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AgendaPoco))]
public sealed partial class AgendaJsonContext : JsonSerializerContext;

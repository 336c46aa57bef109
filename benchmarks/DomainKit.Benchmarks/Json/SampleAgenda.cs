using Diplomacy.Domain;

namespace DomainKit.Benchmarks.Json;

/// <summary>A realistic agenda document of about 10 KB: two delegations of eight, a dozen items, events and notes.</summary>
internal static class SampleAgenda
{
    public static Agenda Create()
    {
        Diplomat Person(string id, string name, Rank rank, string country, int i) => new()
        {
            Id = DiplomatId.From(id),
            FullName = name,
            Rank = rank,
            Country = CountryCode.From(country),
            Ministry = country == "US" ? "U.S. Department of State" : "Ministry of Foreign Affairs of the Russian Federation",
            Email = $"{id}@{(country == "US" ? "state.gov" : "mid.ru")}",
            Languages = country == "US" ? ["en", "ru"] : ["ru", "en", "tr"],
            AccreditedOn = new DateOnly(2020 + i % 5, 1 + i % 12, 1 + i % 28),
            LeadsDelegation = i == 0,
        };
        Delegation Team(string country, string lead, string leadName, Rank rank) => new()
        {
            Country = CountryCode.From(country),
            Head = Person(lead, leadName, rank, country, 0),
            Members = ValueList.From(Enumerable.Range(1, 8).Select(i => Person($"{country.ToLowerInvariant()}-expert-{i}", $"Expert {i} of the {country} delegation", Rank.Counselor, country, i))),
        };
        AgendaItem Item(AgendaTopic topic, string summary, int i) => new()
        {
            Topic = topic,
            Summary = summary + " — " + string.Join(' ', Enumerable.Repeat("discussion point", 1 + i % 4)),
            Status = (ItemStatus)(i % 4),
            AllottedTime = TimeSpan.FromMinutes(30 + 15 * (i % 5)),
            Priority = 1 + i % 5,
        };
        return new Agenda
        {
            Id = Guid.Parse("5f0c1d2e-2025-0227-9a1b-1c2d3e4f5a6b"),
            Title = "Restoring the functioning of diplomatic missions",
            City = "Istanbul",
            HeldOn = new DateOnly(2025, 2, 27),
            StartsAt = new DateTimeOffset(2025, 2, 27, 10, 0, 0, TimeSpan.FromHours(3)),
            Delegations =
            [
                Team("US", "sonata-coulter", "Sonata Coulter", Rank.DeputyAssistantSecretary),
                Team("RU", "aleksandr-darchiyev", "Aleksandr Darchiyev", Rank.Director),
            ],
            Items = ValueList.From(Enumerable.Range(0, 12).Select(i => Item((AgendaTopic)(i % 4), $"Agenda item {i}: staffing, visas, banking and operations", i))),
            OffAgenda = [AgendaTopic.Ukraine, AgendaTopic.PoliticalAndSecurity, AgendaTopic.UnitedNationsMission],
            MissionsInScope = [MissionId.From("us-embassy-moscow"), MissionId.From("ru-embassy-washington"), MissionId.From("ru-consulate-new-york"), MissionId.From("ru-consulate-houston")],
            PrecedingEvents =
            [
                new DiplomaticEvent.PhoneCall { On = new DateOnly(2025, 2, 12), Participants = ["Donald Trump", "Vladimir Putin"], Summary = "Leaders agree to start talks." },
                new DiplomaticEvent.HighLevelMeeting { On = new DateOnly(2025, 2, 18), Place = "Riyadh", Participants = ["Marco Rubio", "Sergei Lavrov"] },
            ],
            PossibleFollowUps = [Item(AgendaTopic.JointVentures, "Joint projects on rare earth deposits", 1), Item(AgendaTopic.LeadersSummit, "A future summit; no date set", 2)],
            NotesByDelegation = [new("US", ["no political or security issues", "Ukraine is not on the agenda"]), new("RU", ["systemic problems caused by the previous administration"])],
        };
    }

    public static AgendaPoco ToPoco(Agenda a) => new()
    {
        Id = a.Id,
        Title = a.Title,
        City = a.City,
        HeldOn = a.HeldOn,
        StartsAt = a.StartsAt,
        Delegations = a.Delegations.Select(d => new DelegationPoco { Country = d.Country.Value, Head = ToPoco(d.Head), Members = d.Members.Select(ToPoco).ToList() }).ToList(),
        Items = a.Items.Select(ToPoco).ToList(),
        OffAgenda = a.OffAgenda.Select(t => (AgendaTopicPoco)(int)t).ToList(),
        MissionsInScope = a.MissionsInScope.Select(m => m.Value).ToList(),
        PrecedingEvents = a.PrecedingEvents.Select(e => e.Match(
            phoneCall: call => new DiplomaticEventPoco { Kind = EventKindPoco.PhoneCall, On = e.On, Summary = e.Summary, Participants = [.. call.Participants] },
            highLevelMeeting: meeting => new DiplomaticEventPoco { Kind = EventKindPoco.HighLevelMeeting, On = e.On, Summary = e.Summary, Place = meeting.Place, Participants = [.. meeting.Participants] },
            workingTalks: talks => new DiplomaticEventPoco { Kind = EventKindPoco.WorkingTalks, On = e.On, Summary = e.Summary, Place = talks.Place, Heads = [.. talks.Heads.Select(h => h.Value)] })).ToList(),
        PossibleFollowUps = a.PossibleFollowUps.Select(ToPoco).ToList(),
        NotesByDelegation = a.NotesByDelegation.ToDictionary(n => n.Key, n => n.Value.ToList()),
    };

    private static DiplomatPoco ToPoco(Diplomat d) => new()
    {
        Id = d.Id.Value,
        FullName = d.FullName,
        Rank = (RankPoco)(int)d.Rank,
        Country = d.Country.Value,
        Ministry = d.Ministry,
        Email = d.Email,
        Languages = [.. d.Languages],
        AccreditedOn = d.AccreditedOn,
        LeadsDelegation = d.LeadsDelegation,
    };

    private static AgendaItemPoco ToPoco(AgendaItem i) => new()
    {
        Topic = (AgendaTopicPoco)(int)i.Topic,
        Summary = i.Summary,
        Status = (ItemStatusPoco)(int)i.Status,
        AllottedTime = i.AllottedTime,
        Priority = i.Priority,
    };
}

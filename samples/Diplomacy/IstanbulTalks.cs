using Diplomacy.Domain;

namespace Diplomacy;

/// <summary>The Russia–U.S. talks in Istanbul on 27 February 2025, as typed DomainKit records.</summary>
internal static class IstanbulTalks
{
    public static Agenda Agenda() => new()
    {
        Id = Guid.Parse("5f0c1d2e-2025-0227-9a1b-1c2d3e4f5a6b"),
        Title = "Restoring the functioning of diplomatic missions",
        City = "Istanbul",
        HeldOn = new DateOnly(2025, 2, 27),
        Delegations =
        [
            new Delegation { Country = CountryCode.From("US"), Head = Diplomat("sonata-coulter", "Sonata Coulter", Rank.DeputyAssistantSecretary, "US") },
            new Delegation { Country = CountryCode.From("RU"), Head = Diplomat("aleksandr-darchiyev", "Aleksandr Darchiyev", Rank.Director, "RU") },
        ],
        Items =
        [
            Item(AgendaTopic.StaffingLevels, "Staffing levels and visa policies"),
            Item(AgendaTopic.DiplomaticBanking, "Diplomatic banking"),
            Item(AgendaTopic.OperationalIssues, "Operational issues at embassies and consulates"),
        ],
        OffAgenda = [AgendaTopic.Ukraine, AgendaTopic.PoliticalAndSecurity, AgendaTopic.UnitedNationsMission],
        MissionsInScope =
        [
            MissionId.From("us-embassy-moscow"),
            MissionId.From("ru-embassy-washington"),
        ],
        PrecedingEvents =
        [
            new DiplomaticEvent.PhoneCall { On = new DateOnly(2025, 2, 12), Participants = ["Donald Trump", "Vladimir Putin"] },
            new DiplomaticEvent.HighLevelMeeting { On = new DateOnly(2025, 2, 18), Place = "Riyadh", Participants = ["Marco Rubio", "Sergei Lavrov"] },
        ],
        PossibleFollowUps =
        [
            Item(AgendaTopic.JointVentures, "Joint business ventures, such as rare earth deposits") with { Status = ItemStatus.Deferred },
            Item(AgendaTopic.LeadersSummit, "A future Trump–Putin summit; no date set") with { Status = ItemStatus.Deferred },
        ],
    };

    public static Dossier Dossier() => new()
    {
        Agenda = Agenda(),
        Missions =
        [
            new Mission
            {
                Id = MissionId.From("us-embassy-moscow"),
                Kind = MissionKind.Embassy,
                SendingCountry = CountryCode.From("US"),
                HostCountry = CountryCode.From("RU"),
                City = "Moscow",
                Status = PostStatus.ReducedStaff,
                StaffCeiling = 455,
                OpenedOn = new DateOnly(1933, 11, 16),
                Contacts = [new("phone", "+7 495 728-5000")],
                Tags = ["restoration-talks"],
            },
            new Mission
            {
                Id = MissionId.From("ru-embassy-washington"),
                Kind = MissionKind.Embassy,
                SendingCountry = CountryCode.From("RU"),
                HostCountry = CountryCode.From("US"),
                City = "Washington",
                Status = PostStatus.ReducedStaff,
                StaffCeiling = 455,
                OpenedOn = new DateOnly(1933, 11, 16),
                Consulates =
                [
                    new Consulate { Id = MissionId.From("ru-consulate-new-york"), City = "New York", District = ["NY", "NJ", "CT", "PA"] },
                    new Consulate { Id = MissionId.From("ru-consulate-houston"), City = "Houston", District = ["TX", "LA", "OK"] },
                ],
                Contacts = [new("phone", "+1 202 298 5700")],
                Tags = ["restoration-talks"],
            },
        ],
    };

    private static Diplomat Diplomat(string id, string name, Rank rank, string country) => new()
    {
        Id = DiplomatId.From(id),
        FullName = name,
        Rank = rank,
        Country = CountryCode.From(country),
        Languages = country == "US" ? ["en"] : ["ru"],
        LeadsDelegation = true,
    };

    private static AgendaItem Item(AgendaTopic topic, string summary) => new() { Topic = topic, Summary = summary };
}

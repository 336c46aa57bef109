using Diplomacy.Domain;

namespace DomainKit.Tests;

/// <summary>The Istanbul talks of 27 February 2025, as the example schemas model them.</summary>
internal static class TestData
{
    public static Diplomat Coulter() => new()
    {
        Id = DiplomatId.From("sonata-coulter"),
        FullName = "Sonata Coulter",
        Rank = Rank.DeputyAssistantSecretary,
        Country = CountryCode.From("US"),
        Ministry = "U.S. Department of State",
        Languages = ["en", "ru"],
        LeadsDelegation = true,
    };

    public static Diplomat Darchiyev() => new()
    {
        Id = DiplomatId.From("aleksandr-darchiyev"),
        FullName = "Aleksandr Darchiyev",
        Rank = Rank.Director,
        Country = CountryCode.From("RU"),
        Ministry = "Ministry of Foreign Affairs of the Russian Federation",
        Languages = ["ru", "en"],
        LeadsDelegation = true,
    };

    public static Mission RussianEmbassyInWashington() => new()
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
            new Consulate { Id = MissionId.From("ru-consulate-new-york"), City = "New York", District = ["NY", "NJ", "CT"] },
            new Consulate { Id = MissionId.From("ru-consulate-houston"), City = "Houston", District = ["TX", "LA"] },
        ],
        Contacts = [new("phone", "+1 202 298 5700")],
    };

    /// <summary>Every field of Mission set, nested records and collections included, all valid.</summary>
    public static Mission FullyPopulatedMission() => RussianEmbassyInWashington() with
    {
        Head = Darchiyev() with { Email = "a.darchiyev@mid.ru", AccreditedOn = new DateOnly(2024, 9, 1) },
        StaffPresent = 120,
        RegistryNumber = 1933,
        AnnualBudgetUsd = 48_500_000.50m,
        Location = new GeoPoint { Latitude = 38.9296, Longitude = -77.0703 },
        ClosedOn = null,
        Consulates =
        [
            new Consulate
            {
                Id = MissionId.From("ru-consulate-new-york"),
                City = "New York",
                Status = PostStatus.Operating,
                Staff = StaffCount.From(40),
                District = ["NY", "NJ", "CT", "PA"],
                OpensAt = new TimeOnly(9, 30),
                Website = new Uri("https://newyork.mid.ru"),
            },
            new Consulate
            {
                Id = MissionId.From("ru-consulate-houston"),
                City = "Houston",
                Status = PostStatus.Suspended,
                Staff = StaffCount.From(0),
                District = ["TX", "LA", "OK"],
            },
        ],
        Contacts = [new("phone", "+1 202 298 5700"), new("email", "rusembusa@mid.ru")],
        Tags = ["embassy", "restoration-talks"],
    };

    /// <summary>The agenda of the talks, with every kind of field the Agenda schema has.</summary>
    public static Agenda IstanbulAgenda() => new()
    {
        Id = Guid.Parse("5f0c1d2e-2025-0227-9a1b-1c2d3e4f5a6b"),
        Title = "Restoring the functioning of diplomatic missions",
        City = "Istanbul",
        HeldOn = new DateOnly(2025, 2, 27),
        StartsAt = new DateTimeOffset(2025, 2, 27, 10, 0, 0, TimeSpan.FromHours(3)),
        Delegations =
        [
            new Delegation { Country = CountryCode.From("US"), Head = Coulter() },
            new Delegation { Country = CountryCode.From("RU"), Head = Darchiyev(), Members = [Darchiyev() with { Id = DiplomatId.From("ru-expert-1"), FullName = "Expert One", LeadsDelegation = false }] },
        ],
        Items =
        [
            new AgendaItem { Topic = AgendaTopic.StaffingLevels, Summary = "Staffing levels and visa policies", AllottedTime = TimeSpan.FromMinutes(90) },
            new AgendaItem { Topic = AgendaTopic.DiplomaticBanking, Summary = "Diplomatic banking", Priority = 2 },
            new AgendaItem { Topic = AgendaTopic.OperationalIssues, Summary = "Operational issues at embassies and consulates", Status = ItemStatus.Agreed },
        ],
        OffAgenda = [AgendaTopic.Ukraine, AgendaTopic.PoliticalAndSecurity, AgendaTopic.UnitedNationsMission],
        MissionsInScope = [MissionId.From("us-embassy-moscow"), MissionId.From("ru-embassy-washington")],
        PrecedingEvents =
        [
            new DiplomaticEvent.PhoneCall { On = new DateOnly(2025, 2, 12), Participants = ["Donald Trump", "Vladimir Putin"] },
            new DiplomaticEvent.HighLevelMeeting { On = new DateOnly(2025, 2, 18), Place = "Riyadh", Participants = ["Marco Rubio", "Sergei Lavrov"] },
        ],
        PossibleFollowUps = [new AgendaItem { Topic = AgendaTopic.JointVentures, Summary = "Rare earth deposits", Status = ItemStatus.Deferred }],
        NotesByDelegation = [new("US", ["no political or security issues", "Ukraine is not on the agenda"]), new("RU", ["systemic problems"])],
    };
}

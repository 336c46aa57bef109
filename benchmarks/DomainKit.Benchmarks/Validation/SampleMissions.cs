using Diplomacy.Domain;

namespace DomainKit.Benchmarks.Validation;

internal static class SampleMissions
{
    /// <summary>The Russian embassy in Washington with every field set: nested head, consulates, contacts, tags.</summary>
    public static Mission Valid() => new()
    {
        Id = MissionId.From("ru-embassy-washington"),
        Kind = MissionKind.Embassy,
        SendingCountry = CountryCode.From("RU"),
        HostCountry = CountryCode.From("US"),
        City = "Washington",
        Status = PostStatus.ReducedStaff,
        Head = new Diplomat
        {
            Id = DiplomatId.From("aleksandr-darchiyev"),
            FullName = "Aleksandr Darchiyev",
            Rank = Rank.Director,
            Country = CountryCode.From("RU"),
            Ministry = "Ministry of Foreign Affairs",
            Email = "a.darchiyev@mid.ru",
            Languages = ["ru", "en"],
            AccreditedOn = new DateOnly(2024, 9, 1),
        },
        StaffCeiling = 455,
        StaffPresent = 120,
        RegistryNumber = 1933,
        AnnualBudgetUsd = 48_500_000.50m,
        Location = new GeoPoint { Latitude = 38.9296, Longitude = -77.0703 },
        OpenedOn = new DateOnly(1933, 11, 16),
        Consulates =
        [
            new Consulate { Id = MissionId.From("ru-consulate-new-york"), City = "New York", Staff = StaffCount.From(40), District = ["NY", "NJ", "CT", "PA"], Website = new Uri("https://newyork.mid.ru") },
            new Consulate { Id = MissionId.From("ru-consulate-houston"), City = "Houston", Status = PostStatus.Suspended, Staff = StaffCount.From(0), District = ["TX", "LA", "OK"] },
        ],
        Contacts = [new("phone", "+1 202 298 5700"), new("email", "rusembusa@mid.ru")],
        Tags = ["embassy", "restoration-talks"],
    };

    /// <summary>Four problems: an empty city, staff over the ceiling, a bad head e-mail, an undefined consulate status.</summary>
    /// <remarks>Staff over the ceiling (6,000 of 5,000) breaks a constraint; the rule staffPresent &lt;= staffCeiling holds.</remarks>
    public static Mission Invalid()
    {
        var valid = Valid();
        return valid with
        {
            City = "",
            StaffCeiling = 6000,
            Head = valid.Head! with { Email = "not-an-email" },
            Consulates = [valid.Consulates[0] with { Status = (PostStatus)9 }, valid.Consulates[1]],
        };
    }
}

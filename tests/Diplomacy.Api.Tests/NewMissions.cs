using Diplomacy.Domain;

namespace Diplomacy.Api.Tests;

/// <summary>A small valid mission with the id asked for: what the API tests and the load run create.</summary>
internal static class NewMissions
{
    public static Mission Consulate(string id) => new()
    {
        Id = MissionId.From(id),
        Kind = MissionKind.ConsulateGeneral,
        SendingCountry = CountryCode.From("US"),
        HostCountry = CountryCode.From("RU"),
        City = "Vladivostok",
        Status = PostStatus.Suspended,
        StaffCeiling = 12,
        OpenedOn = new DateOnly(1992, 9, 1),
        Contacts = [new("phone", "+7 423 000")],
        Consulates = [],
        Tags = ["far-east"],
        Location = new GeoPoint { Latitude = 43.1, Longitude = 131.9 },
    };
}

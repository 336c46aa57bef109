using Bogus;
using Diplomacy.Domain;

namespace DomainKit.Benchmarks.Testing;

/// <summary>
/// Valid missions the way a Bogus user writes them: every constraint and rule of schema/*.yaml by hand (lengths,
/// patterns, bounds, unique consulate ids, closedOn with status closed and not before openedOn, two countries).
/// </summary>
internal static class BogusMissions
{
    private static readonly Faker<Diplomat> Diplomats = new Faker<Diplomat>().CustomInstantiator(f => new Diplomat
    {
        Id = DiplomatId.From(f.Random.String2(1, "abcdefghijklmnopqrstuvwxyz") + f.Random.String2(f.Random.Int(2, 12), "abcdefghijklmnopqrstuvwxyz0123456789-")),
        FullName = f.Name.FullName(),
        Rank = f.PickRandom<Rank>(),
        Country = CountryCode.From(f.Random.String2(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        Ministry = f.Random.Bool() ? f.Commerce.Department() : null,
        Email = f.Random.Bool() ? f.Internet.Email() : null,
        Languages = [.. f.Random.WordsArray(1, 3).Distinct()],
        AccreditedOn = f.Random.Bool() ? f.Date.PastDateOnly(20) : null,
    });

    private static readonly Faker<Consulate> Consulates = new Faker<Consulate>().CustomInstantiator(f => new Consulate
    {
        Id = MissionId.From(f.Random.String2(f.Random.Int(3, 20), "abcdefghijklmnopqrstuvwxyz-")),
        City = f.Address.City(),
        Status = f.PickRandom<PostStatus>(),
        Staff = f.Random.Bool() ? StaffCount.From(f.Random.Int(0, 5000)) : null,
        District = [.. f.Random.WordsArray(0, 4).Distinct()],
        Website = f.Random.Bool() ? new Uri(f.Internet.Url()) : null,
    });

    public static readonly Faker<Mission> Missions = new Faker<Mission>().CustomInstantiator(f =>
    {
        var sending = f.Random.String2(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        var host = f.Random.String2(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        while (host == sending) host = f.Random.String2(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        var status = f.PickRandom<PostStatus>();
        var openedOn = f.Date.PastDateOnly(100);
        var ceiling = f.Random.Int(0, 5000);
        return new Mission
        {
            Id = MissionId.From(f.Random.String2(f.Random.Int(3, 30), "abcdefghijklmnopqrstuvwxyz-")),
            Kind = f.PickRandom<MissionKind>(),
            SendingCountry = CountryCode.From(sending),
            HostCountry = CountryCode.From(host),
            City = f.Address.City(),
            Status = status,
            Head = f.Random.Bool() ? Diplomats.Generate() : null,
            StaffCeiling = ceiling,
            StaffPresent = f.Random.Int(0, ceiling),
            RegistryNumber = f.Random.Bool() ? f.Random.Long(1, 100_000) : null,
            AnnualBudgetUsd = f.Random.Bool() ? f.Finance.Amount(0, 100_000_000) : null,
            Location = f.Random.Bool() ? new GeoPoint { Latitude = f.Address.Latitude(), Longitude = f.Address.Longitude() } : null,
            OpenedOn = openedOn,
            ClosedOn = status == PostStatus.Closed ? openedOn.AddDays(f.Random.Int(0, 3650)) : null,
            Consulates = [.. Consulates.Generate(f.Random.Int(0, 3)).DistinctBy(c => c.Id)],
            Contacts = [.. f.Random.WordsArray(0, 3).Distinct().Select(w => new KeyValuePair<string, string>(w, f.Phone.PhoneNumber()))],
            Tags = [.. f.Random.WordsArray(0, 3)],
        };
    });
}

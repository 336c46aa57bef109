using CsCheck;
using Diplomacy.Domain;

#pragma warning disable CS0618 // Diplomat.Title is deprecated in the schema; the generator still sets it

namespace DomainKit.Tests.Json;

/// <summary>CsCheck generators of valid instances of every example type, reaching for the awkward corners.</summary>
internal static class ExampleGenerators
{
    // Code points from ASCII, Latin-1, Cyrillic, CJK and the supplementary planes (surrogate pairs in UTF-16).
    private static readonly Gen<string> CodePoint = Gen.Frequency(
        (6, Gen.Int[0x20, 0x7E]),
        (1, Gen.Int[0x00, 0x1F]),
        (2, Gen.Int[0xA0, 0x24F]),
        (2, Gen.Int[0x400, 0x4FF]),
        (1, Gen.Int[0x4E00, 0x9FFF]),
        (2, Gen.Int[0x1F300, 0x1FAFF]),
        (1, Gen.Int[0x10000, 0x10FFFF])).Select(char.ConvertFromUtf32);

    public static Gen<string> Text(int min, int max) => CodePoint.Array[min, max].Select(parts => string.Concat(parts));

    private static Gen<string> Lower(int min, int max) => Gen.Char['a', 'z'].Array[min, max].Select(c => new string(c));

    public static readonly Gen<CountryCode> Country = Gen.Char['A', 'Z'].Array[2].Select(c => CountryCode.From(new string(c)));

    public static readonly Gen<DiplomatId> DiplomatIds = Gen.Select(
        Gen.Char['a', 'z'],
        Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['0', '9'], Gen.Const('-')).Array[2, 39],
        (first, rest) => DiplomatId.From(first + new string(rest)));

    public static readonly Gen<MissionId> MissionIds = Text(3, 60).Select(MissionId.From);

    public static readonly Gen<StaffCount> Staff = Gen.Int[0, 5000].Select(StaffCount.From);

    public static readonly Gen<DateOnly> AnyDate = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<string> Email = Gen.Select(Lower(1, 12), Lower(1, 12), Gen.OneOf<string>("org", "gov", "ru", "example"), (user, host, tld) => $"{user}@{host}.{tld}");

    private static readonly Gen<Uri> Website = Gen.Select(Lower(1, 12), Text(0, 8), (host, path) => new Uri($"https://{host}.example/{Uri.EscapeDataString(path)}"));

    private static readonly Gen<decimal> Money = Gen.Frequency(
        (4, Gen.Decimal[0m, 1_000_000_000m]),
        (1, Gen.OneOf<decimal>(0m, decimal.MaxValue, 0.0000000000000000000000000001m, 1.000m, 79228162514264337593543950.335m)));

    // Keys with the characters JSON and JSON Pointer treat specially.
    private static readonly Gen<string> MapKey = Gen.Frequency(
        (4, Text(0, 12)),
        (1, Gen.OneOf<string>("", "a/b", "~", "~1", "\"quoted\"", "\\", "\u0000", "😀")));

    public static Gen<ValueMap<T>> Map<T>(Gen<T> values, int max) =>
        Gen.Select(MapKey, values).List[0, max].Select(entries =>
            ValueMap.From(entries.DistinctBy(e => e.Item1).Select(e => new KeyValuePair<string, T>(e.Item1, e.Item2))));

    public static readonly Gen<Diplomat> Diplomats =
        Gen.Select(DiplomatIds, Text(1, 200), Gen.Enum<Rank>(), Country, Text(0, 200).Null(), Email.Null(), Lower(2, 3).List[1, 4])
        .Select(Gen.Select(AnyDate.Nullable(), Gen.Bool, Text(0, 30).Null()), (a, b) => new Diplomat
        {
            Id = a.Item1,
            FullName = a.Item2,
            Rank = a.Item3,
            Country = a.Item4,
            Ministry = a.Item5,
            Email = a.Item6,
            Languages = ValueList.From(a.Item7.Distinct()),
            AccreditedOn = b.Item1,
            LeadsDelegation = b.Item2,
            Title = b.Item3,
        });

    // The schema's rules: the head and the members come from the delegation's country.
    public static readonly Gen<Delegation> Delegations = Gen.Select(Country, Diplomats, Diplomats.List[0, 3],
        (country, head, members) => InCountry(new Delegation { Country = country, Head = head, Members = ValueList.From(members) }, country));

    private static Delegation InCountry(Delegation delegation, CountryCode country) => delegation with
    {
        Country = country,
        Head = delegation.Head with { Country = country },
        Members = ValueList.From(delegation.Members.Select(m => m with { Country = country })),
    };

    // The schema's rules: each delegation at the talks comes from a different country.
    private static ValueList<Delegation> FromDistinctCountries(IEnumerable<Delegation> delegations)
    {
        var seen = new HashSet<CountryCode>();
        var result = new List<Delegation>();
        foreach (var delegation in delegations)
        {
            var country = delegation.Country;
            while (!seen.Add(country)) country = CountryCode.From(NextCode(country.Value));
            result.Add(country == delegation.Country ? delegation : InCountry(delegation, country));
        }
        return ValueList.From(result);
    }

    private static string NextCode(string code) =>
        code[1] < 'Z' ? $"{code[0]}{(char)(code[1] + 1)}" : $"{(code[0] < 'Z' ? (char)(code[0] + 1) : 'A')}A";

    public static readonly Gen<Consulate> Consulates =
        Gen.Select(MissionIds, Text(1, 100), Gen.Enum<PostStatus>(), Staff.Nullable(), Text(0, 10).List[0, 5], Gen.TimeOnly.Nullable(), Website.Null())
        .Select(t => new Consulate
        {
            Id = t.Item1,
            City = t.Item2,
            Status = t.Item3,
            Staff = t.Item4,
            District = ValueSet.From(t.Item5),
            OpensAt = t.Item6,
            Website = t.Item7,
        });

    public static readonly Gen<GeoPoint> GeoPoints = Gen.Select(
        Gen.Frequency((5, Gen.Double[-90, 90]), (1, Gen.OneOf<double>(-90.0, 90.0, 0.0, -0.0, double.Epsilon))),
        Gen.Frequency((5, Gen.Double[-180, 180]), (1, Gen.OneOf<double>(-180.0, 180.0, 1e-300))),
        (latitude, longitude) => new GeoPoint { Latitude = latitude, Longitude = longitude });

    public static readonly Gen<Mission> Missions =
        Gen.Select(MissionIds, Gen.Enum<MissionKind>(), Country, Country, Text(1, 100), Gen.Enum<PostStatus>(), Diplomats.Null())
        .Select(Gen.Select(Gen.Int[0, 5000], Gen.Int[0, int.MaxValue], Gen.Long[1, long.MaxValue].Nullable(), Money.Nullable(), GeoPoints.Null(),
                Gen.Int[new DateOnly(1700, 1, 1).DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber), AnyDate.Nullable()),
            Gen.Select(Consulates.List[0, 3], Map(Text(0, 20), 5), Text(0, 12).List[0, 6]),
            (a, b, c) => new Mission
            {
                Id = a.Item1,
                Kind = a.Item2,
                SendingCountry = a.Item3,
                HostCountry = a.Item4 == a.Item3 ? CountryCode.From(NextCode(a.Item3.Value)) : a.Item4,
                City = a.Item5,
                Status = a.Item6,
                Head = a.Item7,
                StaffCeiling = b.Item1,
                StaffPresent = b.Item2 % (b.Item1 + 1),
                RegistryNumber = b.Item3,
                AnnualBudgetUsd = b.Item4,
                Location = b.Item5,
                OpenedOn = b.Item6,
                ClosedOn = a.Item6 != PostStatus.Closed ? null : b.Item7 is { } closed && closed >= b.Item6 ? closed : b.Item6,
                Consulates = ValueList.From(c.Item1.DistinctBy(consulate => consulate.Id)),
                Contacts = c.Item2,
                Tags = ValueSet.From(c.Item3),
            });

    public static readonly Gen<AgendaItem> AgendaItems = Gen.Select(Gen.Enum<AgendaTopic>(), Text(0, 2000), Gen.Enum<ItemStatus>(), Gen.TimeSpan.Nullable(), Gen.Int[1, 5],
        (topic, summary, status, time, priority) => new AgendaItem { Topic = topic, Summary = summary, Status = status, AllottedTime = time, Priority = priority });

    // A union: each variant with the shared fields.
    public static readonly Gen<DiplomaticEvent> Events = Gen.OneOf<DiplomaticEvent>(
        Gen.Select(AnyDate, Text(0, 100).Null(), Text(0, 40).List[2, 4],
            (on, summary, participants) => new DiplomaticEvent.PhoneCall { On = on, Summary = summary, Participants = ValueList.From(participants) }),
        Gen.Select(AnyDate, Text(0, 100).Null(), Text(0, 40), Text(0, 40).List[1, 4],
            (on, summary, place, participants) => new DiplomaticEvent.HighLevelMeeting { On = on, Summary = summary, Place = place, Participants = ValueList.From(participants) }),
        Gen.Select(AnyDate, Text(0, 100).Null(), Text(0, 40), DiplomatIds.List[2, 4],
            (on, summary, place, heads) => new DiplomaticEvent.WorkingTalks { On = on, Summary = summary, Place = place, Heads = ValueList.From(heads.Distinct()) })
            .Where(talks => talks.Heads.Count >= 2));

    private static readonly Gen<DateTimeOffset> TalksStart = Gen.Select(
        Gen.Long[new DateTime(2025, 1, 1).Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay],
        Gen.Int[-14 * 60, 14 * 60],
        (ticks, offsetMinutes) => new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes)));

    public static readonly Gen<Agenda> Agendas =
        Gen.Select(Gen.Guid, Text(1, 300), Text(0, 40), AnyDate, TalksStart.Nullable(), Delegations.List[2, 4], AgendaItems.List[1, 3])
        .Select(Gen.Select(Gen.Enum<AgendaTopic>().List[0, 4], MissionIds.List[0, 4], Events.List[0, 3], AgendaItems.List[0, 2], Map(Text(0, 15).List[0, 3].Select(ValueList.From), 4)),
            (a, b) => new Agenda
            {
                Id = a.Item1,
                Title = a.Item2,
                City = a.Item3,
                HeldOn = a.Item4,
                StartsAt = a.Item5,
                Delegations = FromDistinctCountries(a.Item6),
                Items = ValueList.From(a.Item7),
                OffAgenda = ValueList.From(b.Item1.Where(topic => !a.Item7.Any(item => item.Topic == topic))),
                MissionsInScope = ValueSet.From(b.Item2),
                PrecedingEvents = ValueList.From(b.Item3),
                PossibleFollowUps = ValueList.From(b.Item4),
                NotesByDelegation = b.Item5,
            });
}

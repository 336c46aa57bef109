using System.Reflection;
using Diplomacy;
using Diplomacy.Domain;
using DomainKit;

// With a path: validate that file as a dossier and exit non-zero when it is invalid.
if (args.Length > 0)
{
    if (!File.Exists(args[0]))
    {
        Console.Error.WriteLine($"No such file: {args[0]}");
        return 2;
    }
    var valid = Dossier.TryFromJson(File.ReadAllBytes(args[0]), out _, out var fileResult);
    Console.WriteLine(valid ? $"{args[0]}: valid" : $"{args[0]}: {fileResult.Errors.Count} problem(s)");
    Print(fileResult);
    return valid ? 0 : 1;
}

// Without arguments: the Istanbul talks of 27 February 2025, read from the embedded JSON.
if (!Dossier.TryFromJson(Embedded("istanbul-talks.json"), out var dossier, out var result))
{
    Console.WriteLine("The embedded dossier is invalid:");
    Print(result);
    return 1;
}
Summarize(dossier);

Console.WriteLine();
Console.WriteLine("What DomainKit reports for a broken dossier (every problem, in one pass):");
Dossier.TryFromJson(Embedded("broken-dossier.json"), out _, out var broken);
Print(broken);

Console.WriteLine();
var json = dossier.ToJson();
var back = Dossier.FromJson(json);
Console.WriteLine($"Round trip: ToJson wrote {json.Length} characters; FromJson read back an equal dossier: {back == dossier}");
var revised = dossier with { Agenda = dossier.Agenda with { Items = [.. dossier.Agenda.Items, dossier.Agenda.PossibleFollowUps[0]] } };
Console.WriteLine($"Records compare by value: the same facts are equal ({IstanbulTalks.Dossier() == dossier}), a revised agenda is not ({revised == dossier}).");
return back == dossier ? 0 : 1;

static void Summarize(Dossier dossier)
{
    var agenda = dossier.Agenda;
    Console.WriteLine($"{agenda.Title} — {agenda.City}, {agenda.HeldOn:yyyy-MM-dd}");
    foreach (var delegation in agenda.Delegations)
    {
        Console.WriteLine($"  {delegation.Country} delegation led by {delegation.Head.FullName} ({delegation.Head.Rank})");
    }
    Console.WriteLine("Earlier steps:");
    foreach (var step in agenda.PrecedingEvents)
    {
        // A union: Match has one function per variant, so a new variant breaks this call until it is handled.
        var what = step.Match(
            phoneCall: call => $"phone call: {string.Join(" and ", call.Participants)}",
            highLevelMeeting: meeting => $"meeting in {meeting.Place}: {string.Join(" and ", meeting.Participants)}",
            workingTalks: talks => $"working talks in {talks.Place}, led by {string.Join(" and ", talks.Heads)}");
        Console.WriteLine($"  {step.On:yyyy-MM-dd} {what}");
    }
    Console.WriteLine("On the agenda:");
    foreach (var item in agenda.Items) Console.WriteLine($"  - {item.Summary} [{item.Status}]");
    Console.WriteLine($"Off the agenda: {string.Join(", ", agenda.OffAgenda)}");
    Console.WriteLine("Missions in scope:");
    foreach (var mission in dossier.Missions)
    {
        Console.WriteLine($"  {mission.SendingCountry} {mission.Kind} in {mission.City} ({mission.Status}, staff ceiling {mission.StaffCeiling})");
        foreach (var consulate in mission.Consulates) Console.WriteLine($"    consulate in {consulate.City}: {string.Join(", ", consulate.District)}");
    }
    Console.WriteLine("Possibly later:");
    foreach (var item in agenda.PossibleFollowUps) Console.WriteLine($"  - {item.Summary} [{item.Status}]");

    // missionsInScope is a set<ref<Mission>>: check every reference in the agenda against the dossier's missions.
    var references = new KnownMissions(dossier.Missions.Select(m => m.Id).ToHashSet());
    agenda.VisitReferences(ref references);
    Console.WriteLine(references.Missing.Count == 0
        ? $"References: all {references.Checked} missions in scope are in the dossier."
        : $"References: {string.Join(", ", references.Missing)} not in the dossier.");
}

static void Print(ValidationResult result)
{
    foreach (var error in result.Errors) Console.WriteLine($"  {error.Path,-40} {error.Code,-10} {error.Message}");
}

static byte[] Embedded(string name)
{
    using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Diplomacy.data." + name)
        ?? throw new InvalidOperationException($"embedded resource {name} is missing");
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}

/// <summary>Collects the references to missions the dossier does not have; a struct, so visiting allocates nothing.</summary>
internal struct KnownMissions(HashSet<MissionId> known) : IReferenceVisitor
{
    public int Checked;
    public List<string> Missing = [];

    public void Visit<TKey>(in ReferencePath path, Type target, TKey key)
    {
        if (target != typeof(Mission) || key is not MissionId id) return;
        Checked++;
        if (!known.Contains(id)) Missing.Add($"{id} (at {path})");
    }
}

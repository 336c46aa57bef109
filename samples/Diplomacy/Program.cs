using Diplomacy;

var agenda = IstanbulTalks.Agenda();

Console.WriteLine($"{agenda.Title} — {agenda.City}, {agenda.HeldOn:yyyy-MM-dd}");
foreach (var delegation in agenda.Delegations)
{
    Console.WriteLine($"  {delegation.Country} delegation led by {delegation.Head.FullName} ({delegation.Head.Rank})");
}
Console.WriteLine("On the agenda:");
foreach (var item in agenda.Items) Console.WriteLine($"  - {item.Summary} [{item.Status}]");
Console.WriteLine($"Off the agenda: {string.Join(", ", agenda.OffAgenda)}");
Console.WriteLine($"Missions in scope: {string.Join(", ", agenda.MissionsInScope)}");

var copy = IstanbulTalks.Agenda();
Console.WriteLine($"Two agendas built from the same facts are equal: {agenda == copy}");
var revised = agenda with { Items = [.. agenda.Items, agenda.PossibleFollowUps[0]] };
Console.WriteLine($"After adding a follow-up item they differ: {agenda != revised} ({revised.Items.Count} items)");

if (Environment.GetEnvironmentVariable("DOMAINKIT_SHOW_JSON") == "1") Console.WriteLine(agenda.ToJson());

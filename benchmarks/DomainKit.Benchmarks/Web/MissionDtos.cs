using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Benchmarks.Web;

using ValidationResult = System.ComponentModel.DataAnnotations.ValidationResult;

// The peer of POST /missions: schema/mission.yaml's Mission (with Diplomat, Consulate, GeoPoint) as a .NET user
// would write it for System.Text.Json source generation and DataAnnotations: the same constraints as attributes,
// the same six rules (and the nested objects, which DataAnnotations does not visit) in IValidatableObject.

public sealed class MissionDto : IValidatableObject
{
    [Required, StringLength(60, MinimumLength = 3)] public string Id { get; set; } = null!;
    [Required, AllowedValues("Embassy", "ConsulateGeneral", "PermanentMission")] public string Kind { get; set; } = null!;
    [Required, RegularExpression("^[A-Z]{2}$")] public string SendingCountry { get; set; } = null!;
    [Required, RegularExpression("^[A-Z]{2}$")] public string HostCountry { get; set; } = null!;
    [Required, StringLength(100, MinimumLength = 1)] public string City { get; set; } = null!;
    [Required, AllowedValues("operating", "reduced-staff", "suspended", "closed")] public string Status { get; set; } = null!;
    public DiplomatDto? Head { get; set; }
    [JsonRequired, Range(0, 5000)] public int StaffCeiling { get; set; }
    [Range(0, int.MaxValue)] public int StaffPresent { get; set; }
    [Range(1, long.MaxValue)] public long? RegistryNumber { get; set; }
    [Range(typeof(decimal), "0", "79228162514264337593543950335")] public decimal? AnnualBudgetUsd { get; set; }
    public GeoPointDto? Location { get; set; }
    [JsonRequired] public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public List<ConsulateDto> Consulates { get; set; } = [];
    [Required] public Dictionary<string, string> Contacts { get; set; } = null!;
    public HashSet<string> Tags { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OpenedOn < new DateOnly(1700, 1, 1)) yield return new ValidationResult("openedOn is before 1700.", [nameof(OpenedOn)]);
        if (StaffPresent > StaffCeiling) yield return new ValidationResult("More staff present than the host country allows.", [nameof(StaffPresent)]);
        if (ClosedOn is { } closed && closed < OpenedOn) yield return new ValidationResult("A mission cannot close before it opened.", [nameof(ClosedOn)]);
        if (Status == "closed" && ClosedOn is null) yield return new ValidationResult("closedOn is required when closed.", [nameof(ClosedOn)]);
        if (Status != "closed" && ClosedOn is not null) yield return new ValidationResult("closedOn must be absent unless closed.", [nameof(ClosedOn)]);
        if (SendingCountry == HostCountry) yield return new ValidationResult("A mission is hosted by a country other than the one that sends it.", [nameof(HostCountry)]);
        if (Consulates.Select(c => c.Id).Distinct().Count() != Consulates.Count) yield return new ValidationResult("Two consulates of one mission share an id.", [nameof(Consulates)]);
        foreach (var nested in Nested())
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(nested, new ValidationContext(nested), results, validateAllProperties: true);
            foreach (var result in results) yield return result;
        }
    }

    private IEnumerable<object> Nested()
    {
        if (Head is not null) yield return Head;
        if (Location is not null) yield return Location;
        foreach (var consulate in Consulates) yield return consulate;
    }
}

public sealed class DiplomatDto : IValidatableObject
{
    [Required, RegularExpression("^[a-z][a-z0-9-]{2,39}$")] public string Id { get; set; } = null!;
    [Required, StringLength(200, MinimumLength = 1)] public string FullName { get; set; } = null!;
    [Required, AllowedValues("Ambassador", "Minister", "Counselor", "Director", "DeputyAssistantSecretary", "Secretary", "Attache")] public string Rank { get; set; } = null!;
    [Required, RegularExpression("^[A-Z]{2}$")] public string Country { get; set; } = null!;
    [StringLength(200)] public string? Ministry { get; set; }
    [EmailAddress] public string? Email { get; set; }
    [Required, MinLength(1)] public List<string> Languages { get; set; } = null!;
    [JsonPropertyName("accredited_on")] public DateOnly? AccreditedOn { get; set; }
    public bool LeadsDelegation { get; set; }
    public string? Title { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Languages.Distinct().Count() != Languages.Count) yield return new ValidationResult("Languages repeat.", [nameof(Languages)]);
    }
}

public sealed class ConsulateDto
{
    [Required, StringLength(60, MinimumLength = 3)] public string Id { get; set; } = null!;
    [Required, StringLength(100, MinimumLength = 1)] public string City { get; set; } = null!;
    [AllowedValues("operating", "reduced-staff", "suspended", "closed")] public string Status { get; set; } = "operating";
    [Range(0, 5000)] public int? Staff { get; set; }
    [Required] public HashSet<string> District { get; set; } = null!;
    public TimeOnly? OpensAt { get; set; }
    public Uri? Website { get; set; }
}

public sealed class GeoPointDto
{
    [Range(-90.0, 90.0)] public double Latitude { get; set; }
    [Range(-180.0, 180.0)] public double Longitude { get; set; }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MissionDto))]
public sealed partial class PeerJsonContext : JsonSerializerContext;

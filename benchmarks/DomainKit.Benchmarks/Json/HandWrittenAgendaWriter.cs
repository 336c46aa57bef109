using System.Buffers;
using System.Text;
using System.Text.Json;

namespace DomainKit.Benchmarks.Json;

/// <summary>What a careful developer would write by hand with Utf8JsonWriter: pre-encoded names, a reused writer and buffer.</summary>
public static class HandWrittenAgendaWriter
{
    private static readonly ArrayBufferWriter<byte> Buffer = new(16 * 1024);
    private static readonly Utf8JsonWriter Writer = new(Buffer, new JsonWriterOptions { SkipValidation = true });

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id"), Title = JsonEncodedText.Encode("title"), City = JsonEncodedText.Encode("city"),
        HeldOn = JsonEncodedText.Encode("heldOn"), StartsAt = JsonEncodedText.Encode("startsAt"), Delegations = JsonEncodedText.Encode("delegations"),
        Items = JsonEncodedText.Encode("items"), OffAgenda = JsonEncodedText.Encode("offAgenda"), MissionsInScope = JsonEncodedText.Encode("missionsInScope"),
        PrecedingEvents = JsonEncodedText.Encode("precedingEvents"), PossibleFollowUps = JsonEncodedText.Encode("possibleFollowUps"),
        NotesByDelegation = JsonEncodedText.Encode("notesByDelegation"), Country = JsonEncodedText.Encode("country"), Head = JsonEncodedText.Encode("head"),
        Members = JsonEncodedText.Encode("members"), FullName = JsonEncodedText.Encode("fullName"), RankName = JsonEncodedText.Encode("rank"),
        Ministry = JsonEncodedText.Encode("ministry"), Email = JsonEncodedText.Encode("email"), Languages = JsonEncodedText.Encode("languages"),
        AccreditedOn = JsonEncodedText.Encode("accredited_on"), LeadsDelegation = JsonEncodedText.Encode("leadsDelegation"), TitleOld = JsonEncodedText.Encode("title"),
        Topic = JsonEncodedText.Encode("topic"), Summary = JsonEncodedText.Encode("summary"), Status = JsonEncodedText.Encode("status"),
        AllottedTime = JsonEncodedText.Encode("allottedTime"), Priority = JsonEncodedText.Encode("priority"), Kind = JsonEncodedText.Encode("kind"),
        On = JsonEncodedText.Encode("on"), Place = JsonEncodedText.Encode("place"), Participants = JsonEncodedText.Encode("participants");

    private static readonly JsonEncodedText[] Ranks = Enum.GetNames<RankPoco>().Select(n => JsonEncodedText.Encode(n)).ToArray();
    private static readonly JsonEncodedText[] Topics = Enum.GetNames<AgendaTopicPoco>().Select(n => JsonEncodedText.Encode(n)).ToArray();
    private static readonly JsonEncodedText[] Statuses = new[] { "proposed", "agreed", "resolved", "deferred" }.Select(n => JsonEncodedText.Encode(n)).ToArray();
    private static readonly JsonEncodedText[] Kinds = Enum.GetNames<EventKindPoco>().Select(n => JsonEncodedText.Encode(n)).ToArray();

    public static string ToJson(AgendaPoco agenda)
    {
        Buffer.ResetWrittenCount();
        Writer.Reset(Buffer);
        Write(Writer, agenda);
        Writer.Flush();
        return Encoding.UTF8.GetString(Buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter w, AgendaPoco a)
    {
        w.WriteStartObject();
        w.WriteString(Id, a.Id);
        w.WriteString(Title, a.Title);
        w.WriteString(City, a.City);
        w.WritePropertyName(HeldOn);
        WriteDate(w, a.HeldOn);
        if (a.StartsAt is { } startsAt) w.WriteString(StartsAt, startsAt);
        w.WriteStartArray(Delegations);
        foreach (var d in a.Delegations)
        {
            w.WriteStartObject();
            w.WriteString(Country, d.Country);
            w.WritePropertyName(Head);
            Write(w, d.Head);
            w.WriteStartArray(Members);
            foreach (var m in d.Members) Write(w, m);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(Items);
        foreach (var i in a.Items) Write(w, i);
        w.WriteEndArray();
        w.WriteStartArray(OffAgenda);
        foreach (var t in a.OffAgenda) w.WriteStringValue(Topics[(int)t]);
        w.WriteEndArray();
        w.WriteStartArray(MissionsInScope);
        foreach (var m in a.MissionsInScope) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteStartArray(PrecedingEvents);
        foreach (var e in a.PrecedingEvents)
        {
            w.WriteStartObject();
            w.WriteString(Kind, Kinds[(int)e.Kind]);
            w.WritePropertyName(On);
            WriteDate(w, e.On);
            if (e.Summary is { } summary) w.WriteString(Summary, summary);
            if (e.Place is { } place) w.WriteString(Place, place);
            if (e.Participants is { } participants)
            {
                w.WriteStartArray(Participants);
                foreach (var p in participants) w.WriteStringValue(p);
                w.WriteEndArray();
            }
            if (e.Heads is { } heads)
            {
                w.WriteStartArray("heads");
                foreach (var h in heads) w.WriteStringValue(h);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(PossibleFollowUps);
        foreach (var i in a.PossibleFollowUps) Write(w, i);
        w.WriteEndArray();
        w.WriteStartObject(NotesByDelegation);
        foreach (var (key, notes) in a.NotesByDelegation.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            w.WriteStartArray(key);
            foreach (var n in notes) w.WriteStringValue(n);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, DiplomatPoco d)
    {
        w.WriteStartObject();
        w.WriteString(Id, d.Id);
        w.WriteString(FullName, d.FullName);
        w.WriteString(RankName, Ranks[(int)d.Rank]);
        w.WriteString(Country, d.Country);
        if (d.Ministry is { } ministry) w.WriteString(Ministry, ministry);
        if (d.Email is { } email) w.WriteString(Email, email);
        w.WriteStartArray(Languages);
        foreach (var l in d.Languages) w.WriteStringValue(l);
        w.WriteEndArray();
        if (d.AccreditedOn is { } on)
        {
            w.WritePropertyName(AccreditedOn);
            WriteDate(w, on);
        }
        w.WriteBoolean(LeadsDelegation, d.LeadsDelegation);
        if (d.Title is { } title) w.WriteString(TitleOld, title);
        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, AgendaItemPoco i)
    {
        w.WriteStartObject();
        w.WriteString(Topic, Topics[(int)i.Topic]);
        w.WriteString(Summary, i.Summary);
        w.WriteString(Status, Statuses[(int)i.Status]);
        if (i.AllottedTime is { } time)
        {
            Span<byte> utf8 = stackalloc byte[32];
            time.TryFormat(utf8, out var written, "c");
            w.WriteString(AllottedTime, utf8[..written]);
        }
        w.WriteNumber(Priority, i.Priority);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, DateOnly date)
    {
        Span<byte> utf8 = stackalloc byte[10];
        date.TryFormat(utf8, out var written, "yyyy-MM-dd");
        w.WriteStringValue(utf8[..written]);
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Pipeline.Mapping;
using Ingest.TextAnalysis;
using Ingest.TextAnalysis.Expressions;

namespace Ingest.Cli.Extraction;

/// <summary>
/// Runs the extraction in process on one input line and writes the result in the format of the evaluation's
/// section 3: an article (a line with a <c>body</c>) gets figures, dates, entities, quotes and events with spans into
/// the body as received; an expression case (a line with an <c>input</c>) gets every expression found. The same
/// objects are what <c>ingest eval</c> scores, so the scores describe exactly what <c>ingest extract</c> prints.
/// </summary>
internal static class ExtractionOutput
{
    /// <summary>Extracts from one parsed input line; throws <see cref="InvalidDataException"/> for a line that is neither kind.</summary>
    public static JsonObject Extract(JsonElement line)
    {
        if (line.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("each line must be a JSON object");
        }

        if (line.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String)
        {
            return Article(line, body.GetString()!);
        }

        if (line.TryGetProperty("input", out var input) && input.ValueKind == JsonValueKind.String)
        {
            return ExpressionCase(line, input.GetString()!);
        }

        throw new InvalidDataException("a line needs a string 'body' (an article) or 'input' (an expression case)");
    }

    private static JsonObject Article(JsonElement line, string body)
    {
        var language = OptionalString(line, "lang");
        var reference = OptionalDate(line, "published_at");
        var result = TextAnalyzer.Analyze(body, language, reference);

        var figures = new JsonArray();
        foreach (var f in result.Figures)
        {
            figures.Add(new JsonObject
            {
                ["text"] = f.Text,
                ["span"] = Span(f.Span),
                ["kind"] = WireNames.Of(f.Kind),
                ["value"] = f.Value,
                ["value_max"] = f.ValueMax,
                ["unit"] = f.Unit,
                ["qualifier"] = WireNames.Of(f.Qualifier),
                ["change"] = WireNames.Of(f.Change),
                ["subject"] = f.Subject,
                ["period"] = f.Period is { } p ? Range(p) : null,
            });
        }

        var dates = new JsonArray();
        foreach (var d in result.Dates)
        {
            dates.Add(new JsonObject
            {
                ["text"] = d.Text,
                ["span"] = Span(d.Span),
                ["start"] = Iso(d.Range?.Start),
                ["end"] = Iso(d.Range?.End),
                ["granularity"] = WireNames.Of(d.Granularity),
            });
        }

        var entities = new JsonArray();
        foreach (var e in result.Entities)
        {
            var mentions = new JsonArray();
            foreach (var m in e.Mentions)
            {
                mentions.Add(new JsonObject { ["text"] = m.Text, ["span"] = Span(m.Span) });
            }

            entities.Add(new JsonObject
            {
                ["id"] = e.Id,
                ["type"] = WireNames.Of(e.Type),
                ["name"] = e.Name,
                ["country"] = e.Country,
                ["mentions"] = mentions,
            });
        }

        var quotes = new JsonArray();
        foreach (var q in result.Quotes)
        {
            quotes.Add(new JsonObject
            {
                ["text"] = q.Text,
                ["span"] = Span(q.Span),
                ["speaker"] = q.SpeakerId,
                ["verb"] = q.ReportingVerb,
            });
        }

        var events = new JsonArray();
        foreach (var v in result.Events)
        {
            var actors = new JsonArray();
            var targets = new JsonArray();
            foreach (var p in v.Participants)
            {
                // FORMAT.md lists actors initiator first; sources come before targets in the participant list.
                actors.Add(p.EntityId);
                if (p.Role == TextAnalysis.Events.EventRole.Target)
                {
                    targets.Add(p.EntityId);
                }
            }

            events.Add(new JsonObject
            {
                ["id"] = v.Id,
                ["type"] = v.Type,
                ["mode"] = v.Mode,
                ["cameo"] = v.Cameo,
                ["actors"] = actors,
                ["targets"] = targets,
                ["location"] = v.LocationId,
                ["date"] = Iso(v.Date),
                ["negated"] = v.Negated,
                ["future"] = v.Future,
                ["hypothetical"] = v.Hypothetical,
                ["trigger"] = v.Trigger,
                ["span"] = Span(v.Span),
                ["text"] = v.Text,
            });
        }

        return new JsonObject
        {
            ["id"] = OptionalString(line, "id"),
            ["lang"] = result.Language,
            ["figures"] = figures,
            ["dates"] = dates,
            ["entities"] = entities,
            ["quotes"] = quotes,
            ["events"] = events,
        };
    }

    private static JsonObject ExpressionCase(JsonElement line, string input)
    {
        var document = AnalysisDocument.Create(input, OptionalString(line, "lang"), OptionalDate(line, "ref"));
        var found = new JsonArray();
        foreach (var x in ExpressionScanner.Scan(document))
        {
            var item = new JsonObject { ["kind"] = KindName(x.Kind) };
            if (x.Kind == ExpressionKind.Date)
            {
                item["start"] = Iso(x.Range?.Start);
                item["end"] = Iso(x.Range?.End);
                item["granularity"] = x.Granularity is { } g ? WireNames.Of(g) : null;
            }
            else
            {
                item["value"] = x.Value;
                item["value_max"] = x.ValueMax;
                item["unit"] = x.Unit;
                item["qualifier"] = WireNames.Of(x.Qualifier);
            }

            item["text"] = x.Text;
            item["span"] = Span(x.Span);
            found.Add(item);
        }

        var output = new JsonObject();
        if (OptionalString(line, "suite") is { } suite)
        {
            output["suite"] = suite;
        }

        output["input"] = input;
        output["found"] = found;
        return output;
    }

    public static string KindName(ExpressionKind kind) => kind switch
    {
        ExpressionKind.Number => "number",
        ExpressionKind.Ordinal => "ordinal",
        ExpressionKind.Money => "money",
        ExpressionKind.Percent => "percent",
        ExpressionKind.Quantity => "quantity",
        ExpressionKind.Count => "count",
        ExpressionKind.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static JsonArray Span(TextSpan span) => [span.Start, span.End];

    private static JsonObject Range(DateRange range) => new() { ["start"] = Iso(range.Start), ["end"] = Iso(range.End) };

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? OptionalString(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? OptionalDate(JsonElement line, string name)
    {
        if (OptionalString(line, name) is not { } text)
        {
            return null;
        }

        // Gold files carry ISO dates; a full timestamp is accepted too, its date part being what relative dates need.
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? DateOnly.FromDateTime(instant.UtcDateTime)
            : throw new InvalidDataException($"'{name}' is not a date: {text}");
    }
}

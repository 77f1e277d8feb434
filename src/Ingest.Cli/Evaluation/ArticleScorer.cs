using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// Scores one article's extraction against its gold, as the evaluation's FORMAT.md says: figures match on kind,
/// unit and value (one part in a million), then qualifier and change are accuracies over the matched pairs; dates on
/// start, end and granularity; entities on type and one shared mention (diacritics, tatweel and extra spaces removed);
/// quotes on a text overlap of at least half (of the longer of the two), with the speaker right when the system's
/// speaker has a mention among the gold speaker's mentions. FORMAT.md does not define event scoring: an event
/// matches on its type and at least one shared actor; its full actor list and its date are then accuracies.
/// </summary>
internal sealed class ArticleScorer(EvaluationReport report, TextWriter? details)
{
    public void Score(JsonObject gold, JsonObject system)
    {
        var language = gold["lang"]?.GetValue<string>() ?? "?";
        var id = gold["id"]?.GetValue<string>() ?? "?";
        var body = gold["body"]!.GetValue<string>();
        details?.WriteLine($"== {id} ({language})");

        var goldEntities = Items(gold, "entities");
        var systemEntities = Items(system, "entities");
        var systemById = systemEntities.Where(e => e["id"] is not null).ToDictionary(e => e["id"]!.GetValue<string>());

        ScoreFigures(language, Items(gold, "figures"), Items(system, "figures"));
        ScoreDates(language, Items(gold, "dates"), Items(system, "dates"));
        ScoreEntities(language, goldEntities, systemEntities);
        ScoreQuotes(language, body, Items(gold, "quotes"), Items(system, "quotes"), goldEntities, systemById);
        ScoreEvents(language, Items(gold, "events"), Items(system, "events"), goldEntities, systemById);
    }

    private void ScoreFigures(string language, List<JsonObject> gold, List<JsonObject> system)
    {
        var pairs = OneToOne.Match(gold, system,
            (g, s) => Str(g, "kind") == Str(s, "kind") && Str(g, "unit") == Str(s, "unit") && SameValue(Num(g, "value"), Num(s, "value")),
            (g, s) => SameText(Str(g, "text"), Str(s, "text")) ? 1 : 0);
        report.Add(language, "figures", pairs.Count, system.Count, gold.Count);
        foreach (var (g, s) in pairs)
        {
            report.Accuracy(language, "figures.qualifier", (Str(g, "qualifier") ?? "exact") == (Str(s, "qualifier") ?? "exact"));
            report.Accuracy(language, "figures.change", Str(g, "change") == Str(s, "change"));
            if (details is not null && ((Str(g, "qualifier") ?? "exact") != (Str(s, "qualifier") ?? "exact") || Str(g, "change") != Str(s, "change")))
            {
                details.WriteLine($"   figure attribute: gold {Describe(g)} | system {Describe(s)}");
            }
        }

        Misses("figure", gold, system, pairs, Describe);
    }

    private void ScoreDates(string language, List<JsonObject> gold, List<JsonObject> system)
    {
        var pairs = OneToOne.Match(gold, system,
            (g, s) => Str(g, "start") == Str(s, "start") && Str(g, "end") == Str(s, "end") && Str(g, "granularity") == Str(s, "granularity"),
            (g, s) => SameText(Str(g, "text"), Str(s, "text")) ? 1 : 0);
        report.Add(language, "dates", pairs.Count, system.Count, gold.Count);
        Misses("date", gold, system, pairs, d => $"\"{Str(d, "text")}\" {Str(d, "start") ?? "null"}..{Str(d, "end") ?? "null"} {Str(d, "granularity")}");
    }

    private void ScoreEntities(string language, List<JsonObject> gold, List<JsonObject> system)
    {
        var pairs = OneToOne.Match(gold, system,
            (g, s) => Str(g, "type") == Str(s, "type") && Mentions(g).Overlaps(Mentions(s)),
            (g, s) => Mentions(g).Intersect(Mentions(s)).Count());
        report.Add(language, "entities", pairs.Count, system.Count, gold.Count);
        foreach (var type in new[] { "person", "organization", "location" })
        {
            report.Add(language, "entities." + type,
                pairs.Count(p => Str(p.Gold, "type") == type),
                system.Count(s => Str(s, "type") == type),
                gold.Count(g => Str(g, "type") == type));
        }

        Misses("entity", gold, system, pairs,
            e => $"{Str(e, "type")} {Str(e, "name")} [{string.Join(" | ", e["mentions"]!.AsArray().Select(m => m is JsonObject o ? Str(o, "text") : m!.GetValue<string>()))}]");
    }

    private void ScoreQuotes(string language, string body, List<JsonObject> gold, List<JsonObject> system,
        List<JsonObject> goldEntities, Dictionary<string, JsonObject> systemById)
    {
        var pairs = OneToOne.Match(gold, system,
            (g, s) => QuoteOverlap(body, Str(g, "text") ?? string.Empty, s) >= 0.5,
            (g, s) => QuoteOverlap(body, Str(g, "text") ?? string.Empty, s));
        report.Add(language, "quotes", pairs.Count, system.Count, gold.Count);
        foreach (var (g, s) in pairs)
        {
            var right = SameEntity(Str(g, "speaker"), Str(s, "speaker"), goldEntities, systemById);
            report.Accuracy(language, "quotes.speaker", right);
            if (!right)
            {
                details?.WriteLine($"   quote speaker: gold {Str(g, "speaker") ?? "null"} | system {NameOf(Str(s, "speaker"), systemById)}: \"{Clip(Str(g, "text"))}\"");
            }
        }

        Misses("quote", gold, system, pairs, q => $"\"{Clip(Str(q, "text"))}\"");
    }

    private void ScoreEvents(string language, List<JsonObject> gold, List<JsonObject> system,
        List<JsonObject> goldEntities, Dictionary<string, JsonObject> systemById)
    {
        var pairs = OneToOne.Match(gold, system,
            (g, s) => Str(g, "type") == Str(s, "type")
                && Actors(g).Any(a => Actors(s).Any(b => SameEntity(a, b, goldEntities, systemById))),
            (g, s) => Actors(g).Count(a => Actors(s).Any(b => SameEntity(a, b, goldEntities, systemById))));
        report.Add(language, "events", pairs.Count, system.Count, gold.Count);
        foreach (var (g, s) in pairs)
        {
            var goldActors = Actors(g);
            var systemActors = Actors(s);
            report.Accuracy(language, "events.actors", goldActors.Count == systemActors.Count
                && goldActors.All(a => systemActors.Any(b => SameEntity(a, b, goldEntities, systemById))));
            report.Accuracy(language, "events.date", Str(g, "date") == Str(s, "date"));
        }

        Misses("event", gold, system, pairs, e =>
            $"{Str(e, "type")}/{Str(e, "mode")} [{string.Join(", ", Actors(e).Select(a => e.ContainsKey("id") ? NameOf(a, systemById) : a))}] {Str(e, "date") ?? "-"} \"{Clip(Str(e, "text"))}\"");
    }

    /// <summary>Writes the gold items nothing matched and the system items that matched nothing.</summary>
    private void Misses(string what, List<JsonObject> gold, List<JsonObject> system, List<(JsonObject Gold, JsonObject System)> pairs, Func<JsonObject, string> describe)
    {
        if (details is null)
        {
            return;
        }

        foreach (var g in gold.Where(g => !pairs.Any(p => ReferenceEquals(p.Gold, g))))
        {
            details.WriteLine($"   missed {what}: {describe(g)}");
        }

        foreach (var s in system.Where(s => !pairs.Any(p => ReferenceEquals(p.System, s))))
        {
            details.WriteLine($"   extra  {what}: {describe(s)}");
        }
    }

    private static bool SameEntity(string? goldName, string? systemId, List<JsonObject> goldEntities, Dictionary<string, JsonObject> systemById)
    {
        if (goldName is null || systemId is null)
        {
            return goldName is null && systemId is null;
        }

        if (!systemById.TryGetValue(systemId, out var entity))
        {
            return false;
        }

        var goldEntity = goldEntities.FirstOrDefault(e => Str(e, "name") == goldName);
        if (goldEntity is not null)
        {
            return Mentions(goldEntity).Overlaps(Mentions(entity));
        }

        return string.Equals(Str(entity, "name"), goldName, StringComparison.OrdinalIgnoreCase);
    }

    private static string NameOf(string? id, Dictionary<string, JsonObject> systemById) =>
        id is not null && systemById.TryGetValue(id, out var e) ? Str(e, "name") ?? id : id ?? "null";

    /// <summary>How much a system quote overlaps the gold one, as a share of the longer of the two.</summary>
    private static double QuoteOverlap(string body, string goldText, JsonObject system)
    {
        var systemText = Str(system, "text") ?? string.Empty;
        var span = system["span"]?.AsArray();
        var at = body.IndexOf(goldText, StringComparison.Ordinal);
        if (at >= 0 && span is { Count: 2 })
        {
            var start = span[0]!.GetValue<int>();
            var end = span[1]!.GetValue<int>();
            var overlap = Math.Min(end, at + goldText.Length) - Math.Max(start, at);
            return overlap <= 0 ? 0 : (double)overlap / Math.Max(end - start, goldText.Length);
        }

        // The gold text is not verbatim in the body (re-spaced by the annotator): compare the cleaned texts.
        var g = Clean(goldText);
        var s = Clean(systemText);
        if (g.Length == 0 || s.Length == 0)
        {
            return 0;
        }

        return g.Contains(s, StringComparison.Ordinal) || s.Contains(g, StringComparison.Ordinal)
            ? (double)Math.Min(g.Length, s.Length) / Math.Max(g.Length, s.Length)
            : 0;
    }

    private static List<string> Actors(JsonObject item) =>
        item["actors"]?.AsArray().Select(a => a!.GetValue<string>()).ToList() ?? [];

    /// <summary>An entity's mentions, cleaned; gold lists them as strings, the system as objects with a text and a span.</summary>
    private static HashSet<string> Mentions(JsonObject entity) =>
        entity["mentions"]!.AsArray().Select(m => Clean(m is JsonObject o ? Str(o, "text") ?? string.Empty : m!.GetValue<string>())).ToHashSet(StringComparer.Ordinal);

    /// <summary>Removes diacritics (Arabic harakat and Latin accents), tatweel and extra spaces, as FORMAT.md says.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool SameText(string? a, string? b) => a is not null && b is not null && Clean(a) == Clean(b);

    /// <summary>Two values agree to within one part in a million (FORMAT.md's figure and expression rule).</summary>
    public static bool SameValue(decimal? a, decimal? b) =>
        a is { } x && b is { } y && (x == y || Math.Abs(x - y) <= Math.Max(Math.Abs(x), Math.Abs(y)) / 1_000_000m);

    private static string Describe(JsonObject f) => string.Create(CultureInfo.InvariantCulture,
        $"\"{Str(f, "text")}\" {Str(f, "kind")} {Num(f, "value")}{(Num(f, "value_max") is { } max ? $"-{max}" : string.Empty)} {Str(f, "unit")} {Str(f, "qualifier")} {Str(f, "change") ?? "-"}");

    private static string Clip(string? text) => text is null ? string.Empty : text.Length <= 60 ? text : text[..60] + "…";

    public static List<JsonObject> Items(JsonObject article, string list) =>
        article[list] is JsonArray array ? array.OfType<JsonObject>().ToList() : [];

    public static string? Str(JsonObject item, string name) =>
        item[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static decimal? Num(JsonObject item, string name) =>
        item[name] is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;
}

using System.Text.Json.Nodes;
using Ingest.Cli.Extraction;

namespace Ingest.Cli.Evaluation;

/// <summary>
/// Scores an expression case: it passes when every expected item is found (same kind; numbers by value within one
/// part in a million, plus <c>value_max</c> and <c>unit</c> when the case gives them; dates by start, end and
/// granularity) and nothing else of the kind the suite tests is found (so an input that must yield nothing passes
/// only when nothing of that kind comes out, and "ثلاثة وعشرين" read as 3 and 20 fails).
/// </summary>
internal sealed class ExpressionScorer(EvaluationReport report, TextWriter? details)
{
    public void Score(JsonObject gold, JsonObject system)
    {
        var suite = ArticleScorer.Str(gold, "suite") ?? "unnamed";
        var expect = ArticleScorer.Items(gold, "expect");
        var found = ArticleScorer.Items(system, "found");
        var pairs = OneToOne.Match(expect, found, Matches);
        var tested = SuiteKind(suite) ?? expect.Select(e => ArticleScorer.Str(e, "kind")).FirstOrDefault();
        var extra = found.Where(f => !pairs.Any(p => ReferenceEquals(p.System, f)) && ArticleScorer.Str(f, "kind") == tested).ToList();
        var passed = pairs.Count == expect.Count && extra.Count == 0;
        report.Case(suite, passed);
        if (!passed && details is not null)
        {
            details.WriteLine($"{suite}: \"{ArticleScorer.Str(gold, "input")}\" expected {new JsonArray(expect.Select(e => (JsonNode)e.DeepClone()).ToArray()).ToJsonString(JsonLines.Options)} found {new JsonArray(found.Select(f => (JsonNode)f.DeepClone()).ToArray()).ToJsonString(JsonLines.Options)}");
        }
    }

    private static bool Matches(JsonObject expected, JsonObject found)
    {
        var kind = ArticleScorer.Str(expected, "kind");
        if (kind != ArticleScorer.Str(found, "kind"))
        {
            return false;
        }

        if (kind == "date")
        {
            return ArticleScorer.Str(expected, "start") == ArticleScorer.Str(found, "start")
                && ArticleScorer.Str(expected, "end") == ArticleScorer.Str(found, "end")
                && (ArticleScorer.Str(expected, "granularity") is not { } g || g == ArticleScorer.Str(found, "granularity"));
        }

        return ArticleScorer.SameValue(ArticleScorer.Num(expected, "value"), ArticleScorer.Num(found, "value"))
            && (ArticleScorer.Num(expected, "value_max") is not { } max || ArticleScorer.SameValue(max, ArticleScorer.Num(found, "value_max")))
            && (ArticleScorer.Str(expected, "unit") is not { } unit || unit == ArticleScorer.Str(found, "unit"));
    }

    /// <summary>The kind a suite tests, from its name ("duckling/AmountOfMoney/AR" tests money).</summary>
    private static string? SuiteKind(string suite)
    {
        var parts = suite.Split('/');
        return parts.Length < 2 ? null : parts[1] switch
        {
            "Numeral" => "number",
            "Ordinal" => "ordinal",
            "AmountOfMoney" => "money",
            "Quantity" => "quantity",
            "Time" => "date",
            "Percentage" => "percent",
            _ => null,
        };
    }
}

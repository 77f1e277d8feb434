using System.CommandLine;
using System.Text.Json.Nodes;
using Ingest.Cli.Evaluation;
using Ingest.Cli.Extraction;

namespace Ingest.Cli.Commands;

/// <summary>
/// <c>ingest eval --gold FILE…</c>: runs the extraction over gold files (annotated articles or expression cases),
/// scores it as the evaluation's FORMAT.md says and prints precision, recall and F1 per list and language, and pass
/// rates per suite. <c>--details</c> lists every miss, <c>--json</c> writes the scores for tracking.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold") { Description = "Gold JSON Lines file (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        var details = new Option<bool>("--details") { Description = "List every missed and extra item" };
        var json = new Option<string?>("--json") { Description = "Also write the scores to this JSON file" };
        var command = new Command("eval", "Score the extraction against gold articles or expression cases") { gold, details, json };
        command.SetAction(parse =>
        {
            var report = new EvaluationReport();
            var detailWriter = parse.GetValue(details) ? Console.Out : null;
            var articles = new ArticleScorer(report, detailWriter);
            var expressions = new ExpressionScorer(report, detailWriter);
            var failed = 0;
            foreach (var path in parse.GetValue(gold)!)
            {
                foreach (var line in JsonLines.Read(path))
                {
                    if (line.Value is not { } value || JsonNode.Parse(value.GetRawText()) is not JsonObject goldItem)
                    {
                        failed++;
                        Console.Error.WriteLine($"{line.Source}:{line.Number}: {line.Error ?? "not a JSON object"}");
                        continue;
                    }

                    // Score what `ingest extract` prints, serialized and read back, not the objects in memory.
                    var system = (JsonObject)JsonNode.Parse(ExtractionOutput.Extract(value).ToJsonString(JsonLines.Options))!;
                    if (goldItem.ContainsKey("body"))
                    {
                        report.Articles++;
                        articles.Score(goldItem, system);
                    }
                    else
                    {
                        expressions.Score(goldItem, system);
                    }
                }
            }

            report.Print(Console.Out);
            if (parse.GetValue(json) is { } jsonPath)
            {
                File.WriteAllText(jsonPath, report.ToJson().ToJsonString(new System.Text.Json.JsonSerializerOptions(JsonLines.Options) { WriteIndented = true }));
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}

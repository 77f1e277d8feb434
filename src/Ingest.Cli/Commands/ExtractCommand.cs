using System.CommandLine;
using System.Text.Json.Nodes;
using Ingest.Cli.Extraction;

namespace Ingest.Cli.Commands;

/// <summary>
/// <c>ingest extract</c>: the pipeline's extraction in process, with no broker and no database. JSON Lines in
/// (articles with a <c>body</c>, or expression cases with an <c>input</c>), JSON Lines out in the evaluation format.
/// A line that cannot be read is reported on standard error with its number, the others still go through, and the
/// exit code is 1.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON Lines files; none or '-' reads standard input", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write here instead of standard output" };
        var command = new Command("extract", "Run the extraction on JSON Lines articles or expression cases and print the results as JSON Lines") { files, output };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) is { Length: > 0 } given ? given : ["-"];
            var path = parse.GetValue(output);
            using var writer = path is null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(path);
            var failed = 0;
            foreach (var p in paths)
            {
                foreach (var line in JsonLines.Read(p))
                {
                    JsonObject result;
                    try
                    {
                        result = line.Value is { } value
                            ? ExtractionOutput.Extract(value)
                            : throw new InvalidDataException(line.Error);
                    }
                    catch (InvalidDataException e)
                    {
                        failed++;
                        Console.Error.WriteLine($"{line.Source}:{line.Number}: {e.Message}");
                        continue;
                    }

                    writer.WriteLine(result.ToJsonString(JsonLines.Options));
                }
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}

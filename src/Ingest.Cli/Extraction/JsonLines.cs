using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ingest.Cli.Extraction;

/// <summary>Reading and writing the JSON Lines that <c>extract</c> and <c>eval</c> speak.</summary>
internal static class JsonLines
{
    /// <summary>Arabic and French written as they are, not \u-escaped, so output lines stay readable.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line of input: its number and either the parsed object or why it could not be parsed.</summary>
    public readonly record struct Line(string Source, int Number, JsonElement? Value, string? Error);

    /// <summary>
    /// The non-blank lines of <paramref name="path"/> ("-" for standard input), parsed one by one so that a broken
    /// line is reported with its number and the others still go through.
    /// </summary>
    public static IEnumerable<Line> Read(string path)
    {
        using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(path);
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonElement? value = null;
            string? error = null;
            try
            {
                using var document = JsonDocument.Parse(text);
                value = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                error = "not JSON: " + e.Message;
            }

            yield return new Line(path, number, value, error);
        }
    }
}

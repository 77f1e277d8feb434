using System.Reflection;

namespace Ingest.TextAnalysis.Data;

/// <summary>
/// Reads the lexicons and gazetteers compiled into this assembly. Data files are tab-separated UTF-8; lines that
/// start with '#' are the header (where the data came from, its licence, the script that made it) and comments.
/// Resources are read once, into immutable tables held by the rule classes that use them.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>
    /// The rows of <c>Data/<paramref name="name"/></c> (e.g. "Dates/months.tsv"), split on tabs, comments and
    /// blank lines skipped.
    /// </summary>
    public static IEnumerable<string[]> ReadTsv(string name)
    {
        var resource = "Ingest.TextAnalysis.Data." + name.Replace('\\', '/').Replace('/', '.');
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Data file '{name}' is not embedded in {typeof(EmbeddedData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }
}

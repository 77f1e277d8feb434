namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// The calendar expressions of an article, with their text and span in the original and their resolved range
/// (see <see cref="DateScanner"/> for the forms found).
/// </summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = DateScanner.Scan(document, expressions: false);
        var mentions = new List<DateMention>(found.Count);
        foreach (var f in found)
        {
            mentions.Add(ToMention(document, f));
        }

        return mentions;
    }

    internal static DateMention ToMention(AnalysisDocument document, FoundDate f)
    {
        var tokens = document.Tokens;
        var start = tokens[f.Start].Start;
        var end = tokens[f.End - 1].End;
        return new DateMention(document.OriginalText(start, end), document.ToOriginal(start, end), tokens[f.Start].Sentence, f.Range, f.Granularity);
    }
}

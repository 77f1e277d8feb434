using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// The calendar expressions of an article, with their text and span in the original and their resolved range
/// (see <see cref="DateScanner"/> for the forms found).
/// </summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(AnalysisDocument document) => Extract(document, []);

    /// <summary>
    /// The dates of the article outside the names of its people and bodies: "رجب" in "رجب طيب أردوغان" and "Ramadan" in
    /// "le député Ramadan Abdelkader" are part of a name, not a date.
    /// </summary>
    public static IReadOnlyList<DateMention> Extract(AnalysisDocument document, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var found = DateScanner.Scan(document, expressions: false);
        var mentions = new List<DateMention>(found.Count);
        foreach (var f in found)
        {
            var mention = ToMention(document, f);
            if (!InName(mention.Span, entities))
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    private static bool InName(TextSpan span, IReadOnlyList<Entity> entities)
    {
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Location)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                if (m.Span.Overlaps(span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal static DateMention ToMention(AnalysisDocument document, FoundDate f)
    {
        var tokens = document.Tokens;
        var start = tokens[f.Start].Start;
        var end = tokens[f.End - 1].End;
        return new DateMention(document.OriginalText(start, end), document.ToOriginal(start, end), tokens[f.Start].Sentence, f.Range, f.Granularity);
    }
}

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
        string? country = null;
        foreach (var f in found)
        {
            var mention = ToMention(document, f);
            if (f.Fiscal is { } fiscal && f.Range is not null)
            {
                country ??= MainCountry(entities) ?? string.Empty;
                if (FiscalRange(fiscal, country, document.ReferenceDate) is { } range)
                {
                    mention = mention with { Range = range, Granularity = fiscal.Months == 3 ? DateGranularity.Quarter : DateGranularity.Range };
                }
            }

            if (!InName(mention.Span, entities))
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    /// <summary>
    /// "العام المالي 2024/2025" in an Egyptian article runs from July to June, "fiscal year 2025/26" in an Indian one from
    /// April to March, and "the current fiscal year" of a Kuwaiti one written in February 2026 from April 2025: the
    /// year the country's government counts from its first day, or the months of it meant. Null for a country whose
    /// fiscal year is the calendar's, or an article about no one country: the calendar reading stays.
    /// </summary>
    internal static DateRange? FiscalRange(FiscalPart fiscal, string country, DateOnly? reference)
    {
        if (!DateLexicons.FiscalYearStarts.TryGetValue(country, out var start))
        {
            return null;
        }

        var year = fiscal.Year;
        if (fiscal.Relative)
        {
            if (reference is not { } today)
            {
                return null;
            }

            // The fiscal year under way on the article's date, then as many years on or back as the phrase says.
            year += today >= new DateOnly(today.Year, start.Month, start.Day) ? today.Year : today.Year - 1;
        }

        var first = new DateOnly(year, start.Month, start.Day).AddMonths(fiscal.FirstMonth);
        return new DateRange(first, first.AddMonths(fiscal.Months).AddDays(-1));
    }

    /// <summary>
    /// The country the article is about: the one its places, people and bodies name most often (counting every
    /// mention), the first named on a tie; null when none of them has a country.
    /// </summary>
    internal static string? MainCountry(IReadOnlyList<Entity> entities)
    {
        var counts = new Dictionary<string, (int Mentions, int First)>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Country is not { Length: > 0 } country || e.Mentions.Count == 0)
            {
                continue;
            }

            var first = int.MaxValue;
            foreach (var m in e.Mentions)
            {
                first = Math.Min(first, m.Span.Start);
            }

            counts[country] = counts.TryGetValue(country, out var c)
                ? (c.Mentions + e.Mentions.Count, Math.Min(c.First, first))
                : (e.Mentions.Count, first);
        }

        string? best = null;
        (int Mentions, int First) top = (0, int.MaxValue);
        foreach (var (country, c) in counts)
        {
            if (c.Mentions > top.Mentions || c.Mentions == top.Mentions && c.First < top.First)
            {
                (best, top) = (country, c);
            }
        }

        return best;
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
        if (end - start > 2 && document.Folded[end - 2] == '\'' && document.Folded[end - 1] is 's' or 'S')
        {
            end -= 2; // "last Thursday's election": the possessive is no part of the date
        }

        return new DateMention(document.OriginalText(start, end), document.ToOriginal(start, end), tokens[f.Start].Sentence, f.Range, f.Granularity);
    }
}

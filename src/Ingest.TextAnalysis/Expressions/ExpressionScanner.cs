using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Figures;

namespace Ingest.TextAnalysis.Expressions;

/// <summary>
/// Every number, ordinal, amount and date of a short input, as expression-parser test suites describe them: dates
/// first (their numbers are theirs), then amounts over the remaining tokens. Quantities are reported in the suites'
/// units (grams for masses); counted nouns are not a kind there, so a count is reported as its number.
/// </summary>
public static class ExpressionScanner
{
    /// <summary>
    /// Every maximal, non-overlapping number, ordinal, money amount, percentage, quantity and date of
    /// <paramref name="document"/>; a number that is part of an amount or a date is reported only as that.
    /// </summary>
    public static IReadOnlyList<Expression> Scan(AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var dates = DateScanner.Scan(document, expressions: true);
        var excluded = new bool[tokens.Count];
        var found = new List<(int Start, Expression Expression)>();
        foreach (var d in dates)
        {
            for (var k = d.Start; k < d.End; k++)
            {
                excluded[k] = true;
            }

            var m = DateExtractor.ToMention(document, d);
            found.Add((d.Start, new Expression(ExpressionKind.Date, null, null, null, FigureQualifier.Exact, m.Text, m.Span, m.Range, m.Granularity)));
        }

        foreach (var a in AmountScanner.Scan(document, excluded, expressions: true))
        {
            var start = tokens[a.Start].Start;
            var end = tokens[a.End - 1].End;
            var span = document.ToOriginal(start, end);
            var text = document.Original[span.Start..span.End];
            var (kind, unit, factor) = a switch
            {
                { Ordinal: true } => (ExpressionKind.Ordinal, (string?)null, 1m),
                { Kind: null } or { Kind: FigureKind.Count } => (ExpressionKind.Number, null, 1m),
                { Kind: FigureKind.Money } => (ExpressionKind.Money, a.Unit, 1m),
                { Kind: FigureKind.Percent } => (ExpressionKind.Percent, a.Unit, 1m),
                _ => (ExpressionKind.Quantity, a.ScanUnit, a.ScanFactor),
            };

            // A count reports the number alone: its span ends with the number.
            if (a.Kind == FigureKind.Count)
            {
                span = document.ToOriginal(start, tokens[a.NumberEnd - 1].End);
                text = document.Original[span.Start..span.End];
            }

            found.Add((a.Start, new Expression(kind, a.Value * factor, a.ValueMax * factor, unit, a.Qualifier, text, span, null, null)));
        }

        return found.OrderBy(f => f.Start).Select(f => f.Expression).ToList();
    }
}

namespace Ingest.TextAnalysis.Expressions;

// PLACEHOLDER(in progress): replaced by the figures and dates work in this session.
public static class ExpressionScanner
{
    /// <summary>
    /// Every maximal, non-overlapping number, ordinal, money amount, percentage, quantity and date of
    /// <paramref name="document"/>; a number that is part of an amount or a date is reported only as that.
    /// </summary>
    public static IReadOnlyList<Expression> Scan(AnalysisDocument document) => [];
}

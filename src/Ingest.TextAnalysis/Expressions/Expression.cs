using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Figures;

namespace Ingest.TextAnalysis.Expressions;

/// <summary>
/// One number, ordinal, amount or date found in a short text, as the expression parsers' test suites describe them.
/// Numeric kinds carry <see cref="Value"/> (and <see cref="ValueMax"/> for ranges) and, for money, percentages and
/// quantities, a <see cref="Unit"/>; dates carry <see cref="Range"/> (null when not placeable on the calendar) and
/// <see cref="Granularity"/>.
/// </summary>
public sealed record Expression(
    ExpressionKind Kind,
    decimal? Value,
    decimal? ValueMax,
    string? Unit,
    FigureQualifier Qualifier,
    string Text,
    TextSpan Span,
    DateRange? Range,
    DateGranularity? Granularity);

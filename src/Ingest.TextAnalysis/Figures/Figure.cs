namespace Ingest.TextAnalysis.Figures;

/// <summary>
/// A number in the news as data: "190 مليار دولار أمريكي" is money, 190000000000, USD. <see cref="ValueMax"/> is the
/// upper bound of a range; <see cref="Subject"/> the noun phrase measured, as written; <see cref="Period"/> the time
/// the figure refers to when the sentence gives one.
/// </summary>
public sealed record Figure(
    FigureKind Kind,
    decimal Value,
    decimal? ValueMax,
    string Unit,
    FigureQualifier Qualifier,
    FigureChange? Change,
    string Text,
    TextSpan Span,
    int Sentence,
    string? Subject,
    DateRange? Period);

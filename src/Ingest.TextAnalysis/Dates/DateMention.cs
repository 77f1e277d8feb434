namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// A calendar expression found in the text, resolved against the article's reference date. <see cref="Range"/> is
/// null when the expression cannot be placed on the calendar.
/// </summary>
public sealed record DateMention(string Text, TextSpan Span, int Sentence, DateRange? Range, DateGranularity Granularity);

namespace Ingest.TextAnalysis.Quotes;

/// <summary>
/// A direct quotation (the text inside the quote marks) with the entity id of its speaker when the text names one,
/// and the reporting verb as written ("قال", "said", "a déclaré").
/// </summary>
public sealed record Quote(string Text, TextSpan Span, int Sentence, string? SpeakerId, string? ReportingVerb);

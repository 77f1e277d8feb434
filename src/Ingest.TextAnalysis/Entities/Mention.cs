namespace Ingest.TextAnalysis.Entities;

/// <summary>One occurrence of an entity, as written, with its span in the original text.</summary>
public sealed record Mention(string Text, TextSpan Span, int Sentence);

namespace Ingest.TextAnalysis.Segmentation;

/// <summary>A sentence: its index in the article, its paragraph, and its span in both the original and the folded text.</summary>
public readonly record struct Sentence(int Index, int Paragraph, TextSpan Span, TextSpan NormalizedSpan);

namespace Ingest.TextAnalysis.Segmentation;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (Arabic or Latin), with inner apostrophes and hyphens of Latin words.</summary>
    Word,

    /// <summary>ASCII digits (after folding), with inner decimal and group separators: "1.5", "190,000".</summary>
    Number,

    /// <summary>A single punctuation character, quote mark or symbol.</summary>
    Punctuation,
}

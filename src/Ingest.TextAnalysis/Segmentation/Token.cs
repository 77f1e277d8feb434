namespace Ingest.TextAnalysis.Segmentation;

/// <summary>A token of the folded text: <c>[Start, End)</c> are offsets into <see cref="Normalization.NormalizedText.Text"/>.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, int Sentence)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string folded) => folded.AsSpan(Start, End - Start);
}

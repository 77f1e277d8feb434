namespace Ingest.TextAnalysis.Normalization;

/// <summary>
/// The folded form of a text used for matching, and the map back to the original. Folding may drop characters
/// (diacritics, tatweel, bidi marks) and expand others (presentation-form ligatures), so every folded character
/// remembers the original range it came from; annotations found on <see cref="Text"/> are reported on
/// <see cref="Original"/> through <see cref="ToOriginal(int, int)"/>.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    internal NormalizedText(string original, string text, int[] originalStart, int[] originalEnd)
    {
        Original = original;
        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    /// <summary>The text exactly as received.</summary>
    public string Original { get; }

    /// <summary>The folded text: ASCII digits, one alef, one yeh, no diacritics, plain spaces.</summary>
    public string Text { get; }

    /// <summary>Maps a folded range <c>[start, end)</c> to the original range it was folded from.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start >= end)
        {
            var at = start < Text.Length ? _originalStart[start] : Original.Length;
            return new TextSpan(at, at);
        }

        return new TextSpan(_originalStart[start], _originalEnd[end - 1]);
    }

    /// <summary>Maps a folded span to the original.</summary>
    public TextSpan ToOriginal(TextSpan folded) => ToOriginal(folded.Start, folded.End);

    /// <summary>The original text of a folded range, as written (with its diacritics and marks).</summary>
    public string OriginalText(int start, int end)
    {
        var span = ToOriginal(start, end);
        return Original[span.Start..span.End];
    }
}

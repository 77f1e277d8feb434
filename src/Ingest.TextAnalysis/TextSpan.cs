namespace Ingest.TextAnalysis;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units. Every annotation the library returns carries one
/// into the original text exactly as received, so readers can highlight the evidence without re-normalizing.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start}, {End})";
}

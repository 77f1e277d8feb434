namespace Ingest.Contracts.Annotations;

/// <summary>A sentence of the body: <c>[Start, End)</c> in UTF-16 code units of the original body.</summary>
public sealed record SentenceAnnotation
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required int Paragraph { get; init; }
}

namespace Ingest.Contracts.Annotations;

public sealed record QuoteAnnotation
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required int Sentence { get; init; }

    /// <summary>The speaker's <see cref="EntityAnnotation.LocalId"/>, or null when the text names none.</summary>
    public string? SpeakerLocalId { get; init; }

    public string? ReportingVerb { get; init; }
}

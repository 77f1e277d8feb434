namespace Ingest.Contracts.Annotations;

public sealed record MentionAnnotation
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required int Sentence { get; init; }
}

namespace Ingest.Contracts.Annotations;

public sealed record EventAnnotation
{
    /// <summary>PLOVER category, or STATEMENT.</summary>
    public required string Type { get; init; }

    public required string Mode { get; init; }

    public string? Cameo { get; init; }

    /// <summary>Sources first, then targets.</summary>
    public required IReadOnlyList<EventParticipantAnnotation> Participants { get; init; }

    public string? LocationLocalId { get; init; }

    public DateOnly? Date { get; init; }

    public bool Negated { get; init; }

    public bool Future { get; init; }

    public bool Hypothetical { get; init; }

    public required string Trigger { get; init; }

    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required int Sentence { get; init; }
}

namespace Ingest.Contracts.Annotations;

public sealed record DateAnnotation
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required int Sentence { get; init; }

    /// <summary>First day of the expression, or null when it cannot be placed on the calendar.</summary>
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    /// <summary>"day", "week", "month", "quarter", "year" or "range".</summary>
    public required string Granularity { get; init; }
}

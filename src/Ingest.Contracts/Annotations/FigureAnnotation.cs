namespace Ingest.Contracts.Annotations;

public sealed record FigureAnnotation
{
    /// <summary>"money", "percent", "quantity" or "count".</summary>
    public required string Kind { get; init; }

    public required decimal Value { get; init; }

    public decimal? ValueMax { get; init; }

    /// <summary>ISO 4217 code for money, "percent"/"percentage_point", a unit or a counted noun.</summary>
    public required string Unit { get; init; }

    /// <summary>"exact", "approx", "more_than", "less_than", "at_least" or "at_most".</summary>
    public required string Qualifier { get; init; }

    /// <summary>"increase", "decrease" or null.</summary>
    public string? Change { get; init; }

    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required int Sentence { get; init; }

    public string? Subject { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }
}

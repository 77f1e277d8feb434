namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>figures</c>: a number as data.</summary>
public sealed class FigureRow
{
    public Guid Id { get; set; }

    public Guid ArticleId { get; set; }

    public required string Kind { get; set; }

    public decimal Value { get; set; }

    public decimal? ValueMax { get; set; }

    public required string Unit { get; set; }

    public required string Qualifier { get; set; }

    public string? Change { get; set; }

    public required string Text { get; set; }

    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    public int SentenceIndex { get; set; }

    public string? Subject { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }
}

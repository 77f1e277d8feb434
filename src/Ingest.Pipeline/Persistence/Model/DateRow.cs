namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>dates</c>: a calendar expression resolved against the article's date.</summary>
public sealed class DateRow
{
    public Guid Id { get; set; }

    public Guid ArticleId { get; set; }

    public required string Text { get; set; }

    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    public int SentenceIndex { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public required string Granularity { get; set; }
}

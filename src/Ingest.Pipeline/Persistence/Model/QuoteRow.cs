namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>quotes</c>: a direct quotation and its speaker.</summary>
public sealed class QuoteRow
{
    public Guid Id { get; set; }

    public Guid ArticleId { get; set; }

    public required string Text { get; set; }

    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    public int SentenceIndex { get; set; }

    public Guid? SpeakerEntityId { get; set; }

    public string? ReportingVerb { get; set; }
}

namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>events</c>: who did what to whom, where and when.</summary>
public sealed class EventRow
{
    public Guid Id { get; set; }

    public Guid ArticleId { get; set; }

    public required string Type { get; set; }

    public required string Mode { get; set; }

    public string? CameoCode { get; set; }

    public DateOnly? EventDate { get; set; }

    public Guid? LocationEntityId { get; set; }

    public bool Negated { get; set; }

    public bool Future { get; set; }

    public bool Hypothetical { get; set; }

    public required string Trigger { get; set; }

    public required string EvidenceText { get; set; }

    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    public int SentenceIndex { get; set; }

    public List<EventActorRow> Actors { get; set; } = [];
}

namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>mentions</c>: one occurrence of an entity, with its span in the article body.</summary>
public sealed class MentionRow
{
    public Guid Id { get; set; }

    public Guid EntityId { get; set; }

    public Guid ArticleId { get; set; }

    public required string Text { get; set; }

    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    public int SentenceIndex { get; set; }
}

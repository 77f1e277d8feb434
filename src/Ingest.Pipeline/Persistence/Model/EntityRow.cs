namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>entities</c>: one canonical entity of one article.</summary>
public sealed class EntityRow
{
    public Guid Id { get; set; }

    public Guid ArticleId { get; set; }

    /// <summary>"e1", "e2"...: the id used by the article's quotes and events in messages.</summary>
    public required string LocalId { get; set; }

    public required string Type { get; set; }

    public required string CanonicalName { get; set; }

    public string? CountryCode { get; set; }

    public List<MentionRow> Mentions { get; set; } = [];
}

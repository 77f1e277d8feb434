namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>articles</c>: the article as received, once per publisher id.</summary>
public sealed class ArticleRow
{
    public Guid Id { get; set; }

    /// <summary>The publisher's id (unique).</summary>
    public required string ExternalId { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public required string Language { get; set; }

    public string? Title { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }

    public required string ContentHash { get; set; }

    public required string ExtractorVersion { get; set; }

    public int SentenceCount { get; set; }

    /// <summary>The publisher's metadata map as a JSON object (a <c>jsonb</c> column readers can query).</summary>
    public string? Metadata { get; set; }
}

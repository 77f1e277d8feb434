namespace Ingest.Pipeline.Persistence.Model;

/// <summary>A row of <c>rejected_articles</c>: what was rejected, why, and the original message as received.</summary>
public sealed class RejectedArticleRow
{
    /// <summary>The bus message id: a redelivered rejection is recorded once.</summary>
    public Guid MessageId { get; set; }

    public string? ArticleId { get; set; }

    public required string Reason { get; set; }

    public required string Message { get; set; }

    public required string Stage { get; set; }

    /// <summary>The message body exactly as received (bytes: it may not even be valid text).</summary>
    public required byte[] OriginalMessage { get; set; }

    public string? ContentType { get; set; }

    public DateTimeOffset RejectedAt { get; set; }
}

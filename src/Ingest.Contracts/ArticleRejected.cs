using MassTransit;

namespace Ingest.Contracts;

/// <summary>Public output: an article the pipeline will not process, with the reason. The original message is kept in <c>rejected_articles</c>.</summary>
[MessageUrn("ingest:article-rejected:v1")]
[EntityName("ingest.article-rejected")]
public sealed record ArticleRejected
{
    /// <summary>The publisher's id, or null when the message had none.</summary>
    public string? ArticleId { get; init; }

    /// <summary>The id of the rejected message on the bus.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>A stable code: see <see cref="RejectionReasons"/>.</summary>
    public required string Reason { get; init; }

    /// <summary>What was wrong, for a human.</summary>
    public required string Message { get; init; }

    public required DateTimeOffset RejectedAt { get; init; }
}

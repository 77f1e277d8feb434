using Ingest.Pipeline.Normalize;

namespace Ingest.Pipeline.Persistence;

/// <summary>Where rejections are recorded with the original message (the <c>rejected_articles</c> table in production).</summary>
public interface IRejectionRecorder
{
    Task RecordAsync(Guid messageId, string? articleId, string stage, Rejection rejection, byte[] originalMessage, string? contentType, CancellationToken cancellationToken);
}

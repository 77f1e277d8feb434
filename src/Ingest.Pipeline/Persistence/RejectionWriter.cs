using Ingest.Pipeline.Normalize;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Pipeline.Persistence;

/// <summary>Records a rejection with the original message. Idempotent by message id: a redelivery records nothing new.</summary>
public sealed class RejectionWriter(IngestDbContext db, TimeProvider time) : IRejectionRecorder
{
    public async Task RecordAsync(Guid messageId, string? articleId, string stage, Rejection rejection, byte[] originalMessage, string? contentType, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO rejected_articles (message_id, article_id, reason, message, stage, original_message, content_type, rejected_at)
            VALUES ({messageId}, {articleId}, {rejection.Reason}, {rejection.Message}, {stage}, {originalMessage}, {contentType}, {now})
            ON CONFLICT (message_id) DO NOTHING
            """,
            cancellationToken).ConfigureAwait(false);
    }
}

using Ingest.Contracts.Stages;
using Ingest.Pipeline.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Ingest.Pipeline.Store;

/// <summary>
/// Writes a batch of analyzed articles in one transaction. Idempotent: an article already stored with the same
/// content hash and extractor version is left as it is (a redelivery, or a replay after a crash between commit and
/// acknowledgement); one with other content or another version has its old rows replaced atomically. Rows go in
/// with binary COPY (<see cref="RowCopier"/>) inside the same transaction as the lock and the delete.
/// </summary>
public sealed class ArticleStore(IngestDbContext db, TimeProvider time) : IArticleStore
{
    public async Task<IReadOnlyList<StoredArticle>> StoreAsync(IReadOnlyList<ArticleAnalyzed> messages, CancellationToken cancellationToken)
    {
        // The same article twice in one batch (published twice in a row): the later delivery wins.
        var latest = messages
            .Select((m, i) => (m, i))
            .GroupBy(x => x.m.Article.ArticleId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(x => x.i).Last().m)
            .ToList();

        var now = time.GetUtcNow();
        var built = latest.Select(m => ArticleRowBuilder.Build(m, now)).ToList();

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var existing = await LockExistingAsync(built.Select(b => b.Article.ExternalId).ToArray(), ct).ConfigureAwait(false);

            var results = new List<StoredArticle>(built.Count);
            var replaced = new List<Guid>();
            foreach (var article in built)
            {
                if (existing.TryGetValue(article.Article.ExternalId, out var stored))
                {
                    if (stored.ContentHash == article.Article.ContentHash && stored.ExtractorVersion == article.Article.ExtractorVersion)
                    {
                        results.Add(article with { Changed = false });
                        continue;
                    }

                    replaced.Add(stored.Id);
                }

                results.Add(article);
            }

            if (replaced.Count > 0)
            {
                // Cascades remove the article's entities, mentions, figures, dates, quotes, events and actors.
                await db.Articles.Where(a => replaced.Contains(a.Id)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            }

            var changed = results.Where(r => r.Changed).ToList();
            if (changed.Count > 0)
            {
                await new RowCopier(db.Model).CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), changed, ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return (IReadOnlyList<StoredArticle>)results;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Locks the rows of the articles about to be written (FOR UPDATE), so two batches carrying the same article
    /// serialize instead of both replacing it; a batch inserting a new article concurrently with another fails on the
    /// unique index and is retried, and the retry then sees the committed row.
    /// </summary>
    private async Task<Dictionary<string, ExistingArticle>> LockExistingAsync(string[] externalIds, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT id, external_id, content_hash, extractor_version FROM articles WHERE external_id = ANY(@ids) ORDER BY external_id FOR UPDATE";
        command.Parameters.AddWithValue("ids", externalIds);
        var result = new Dictionary<string, ExistingArticle>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetString(1)] = new ExistingArticle(reader.GetGuid(0), reader.GetString(2), reader.GetString(3));
        }

        return result;
    }

    private sealed record ExistingArticle(Guid Id, string ContentHash, string ExtractorVersion);
}

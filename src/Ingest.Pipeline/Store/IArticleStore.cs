using Ingest.Contracts.Stages;

namespace Ingest.Pipeline.Store;

/// <summary>Writes analyzed articles (PostgreSQL in production, see <see cref="ArticleStore"/>).</summary>
public interface IArticleStore
{
    /// <summary>Stores the batch atomically and returns what was stored, with <see cref="StoredArticle.Changed"/> false for unchanged redeliveries.</summary>
    Task<IReadOnlyList<StoredArticle>> StoreAsync(IReadOnlyList<ArticleAnalyzed> messages, CancellationToken cancellationToken);
}

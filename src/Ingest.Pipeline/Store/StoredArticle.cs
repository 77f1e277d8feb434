using Ingest.Contracts.Stages;
using Ingest.Pipeline.Persistence.Model;

namespace Ingest.Pipeline.Store;

/// <summary>An analyzed article turned into rows, with every id already derived (see <see cref="ArticleRowBuilder"/>).</summary>
public sealed record StoredArticle(
    ArticleAnalyzed Message,
    ArticleRow Article,
    IReadOnlyList<EntityRow> Entities,
    IReadOnlyList<DateRow> Dates,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<EventRow> Events)
{
    /// <summary>False when the same content and extractor version were already stored: nothing was written.</summary>
    public bool Changed { get; init; } = true;
}

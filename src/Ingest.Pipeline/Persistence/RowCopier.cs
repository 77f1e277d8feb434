using Ingest.Pipeline.Persistence.Model;
using Ingest.Pipeline.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Ingest.Pipeline.Persistence;

/// <summary>
/// Writes the rows of a batch of articles with PostgreSQL's binary COPY, one COPY per table, inside the caller's
/// transaction. The store stage used to hand every row to EF Core's change tracker and <c>SaveChanges</c>, which
/// sends one INSERT per row (batched, but each parsed, planned and returned); COPY streams all rows of a table in one
/// statement, which is what lets the store stage keep up with the extraction stages on a small machine.
/// </summary>
/// <remarks>
/// Table and column names come from the EF Core model (snake_case by convention), so a renamed property or column
/// cannot silently drift from this writer; the model, its configurations and its migrations stay the one schema.
/// Parents are written before children because COPY checks foreign keys at the end of each statement.
/// Callers have already locked and deleted any previous version of these articles, so plain COPY (not an upsert)
/// is right: a concurrent insert of the same article fails on the unique index and the batch is retried.
/// </remarks>
internal sealed class RowCopier(IModel model)
{
    public async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken)
    {
        await CopyTableAsync<ArticleRow>(connection, articles.Select(a => a.Article), [
            (nameof(ArticleRow.Id), NpgsqlDbType.Uuid, a => a.Id),
            (nameof(ArticleRow.ExternalId), NpgsqlDbType.Varchar, a => a.ExternalId),
            (nameof(ArticleRow.Source), NpgsqlDbType.Text, a => a.Source),
            (nameof(ArticleRow.Url), NpgsqlDbType.Text, a => a.Url),
            (nameof(ArticleRow.Language), NpgsqlDbType.Varchar, a => a.Language),
            (nameof(ArticleRow.Title), NpgsqlDbType.Text, a => a.Title),
            (nameof(ArticleRow.Body), NpgsqlDbType.Text, a => a.Body),
            (nameof(ArticleRow.PublishedAt), NpgsqlDbType.TimestampTz, a => a.PublishedAt),
            (nameof(ArticleRow.ReceivedAt), NpgsqlDbType.TimestampTz, a => a.ReceivedAt),
            (nameof(ArticleRow.ProcessedAt), NpgsqlDbType.TimestampTz, a => a.ProcessedAt),
            (nameof(ArticleRow.ContentHash), NpgsqlDbType.Varchar, a => a.ContentHash),
            (nameof(ArticleRow.ExtractorVersion), NpgsqlDbType.Varchar, a => a.ExtractorVersion),
            (nameof(ArticleRow.SentenceCount), NpgsqlDbType.Integer, a => a.SentenceCount),
            (nameof(ArticleRow.Metadata), NpgsqlDbType.Jsonb, a => a.Metadata),
        ], cancellationToken).ConfigureAwait(false);

        await CopyTableAsync<EntityRow>(connection, articles.SelectMany(a => a.Entities), [
            (nameof(EntityRow.Id), NpgsqlDbType.Uuid, e => e.Id),
            (nameof(EntityRow.ArticleId), NpgsqlDbType.Uuid, e => e.ArticleId),
            (nameof(EntityRow.LocalId), NpgsqlDbType.Varchar, e => e.LocalId),
            (nameof(EntityRow.Type), NpgsqlDbType.Varchar, e => e.Type),
            (nameof(EntityRow.CanonicalName), NpgsqlDbType.Text, e => e.CanonicalName),
            (nameof(EntityRow.CountryCode), NpgsqlDbType.Varchar, e => e.CountryCode),
        ], cancellationToken).ConfigureAwait(false);

        await CopyTableAsync<MentionRow>(connection, articles.SelectMany(a => a.Entities).SelectMany(e => e.Mentions), [
            (nameof(MentionRow.Id), NpgsqlDbType.Uuid, m => m.Id),
            (nameof(MentionRow.EntityId), NpgsqlDbType.Uuid, m => m.EntityId),
            (nameof(MentionRow.ArticleId), NpgsqlDbType.Uuid, m => m.ArticleId),
            (nameof(MentionRow.Text), NpgsqlDbType.Text, m => m.Text),
            (nameof(MentionRow.SpanStart), NpgsqlDbType.Integer, m => m.SpanStart),
            (nameof(MentionRow.SpanEnd), NpgsqlDbType.Integer, m => m.SpanEnd),
            (nameof(MentionRow.SentenceIndex), NpgsqlDbType.Integer, m => m.SentenceIndex),
        ], cancellationToken).ConfigureAwait(false);

        await CopyTableAsync<DateRow>(connection, articles.SelectMany(a => a.Dates), [
            (nameof(DateRow.Id), NpgsqlDbType.Uuid, d => d.Id),
            (nameof(DateRow.ArticleId), NpgsqlDbType.Uuid, d => d.ArticleId),
            (nameof(DateRow.Text), NpgsqlDbType.Text, d => d.Text),
            (nameof(DateRow.SpanStart), NpgsqlDbType.Integer, d => d.SpanStart),
            (nameof(DateRow.SpanEnd), NpgsqlDbType.Integer, d => d.SpanEnd),
            (nameof(DateRow.SentenceIndex), NpgsqlDbType.Integer, d => d.SentenceIndex),
            (nameof(DateRow.StartDate), NpgsqlDbType.Date, d => d.StartDate),
            (nameof(DateRow.EndDate), NpgsqlDbType.Date, d => d.EndDate),
            (nameof(DateRow.Granularity), NpgsqlDbType.Varchar, d => d.Granularity),
        ], cancellationToken).ConfigureAwait(false);

        await CopyTableAsync<FigureRow>(connection, articles.SelectMany(a => a.Figures), [
            (nameof(FigureRow.Id), NpgsqlDbType.Uuid, f => f.Id),
            (nameof(FigureRow.ArticleId), NpgsqlDbType.Uuid, f => f.ArticleId),
            (nameof(FigureRow.Kind), NpgsqlDbType.Varchar, f => f.Kind),
            (nameof(FigureRow.Value), NpgsqlDbType.Numeric, f => f.Value),
            (nameof(FigureRow.ValueMax), NpgsqlDbType.Numeric, f => f.ValueMax),
            (nameof(FigureRow.Unit), NpgsqlDbType.Varchar, f => f.Unit),
            (nameof(FigureRow.Qualifier), NpgsqlDbType.Varchar, f => f.Qualifier),
            (nameof(FigureRow.Change), NpgsqlDbType.Varchar, f => f.Change),
            (nameof(FigureRow.Text), NpgsqlDbType.Text, f => f.Text),
            (nameof(FigureRow.SpanStart), NpgsqlDbType.Integer, f => f.SpanStart),
            (nameof(FigureRow.SpanEnd), NpgsqlDbType.Integer, f => f.SpanEnd),
            (nameof(FigureRow.SentenceIndex), NpgsqlDbType.Integer, f => f.SentenceIndex),
            (nameof(FigureRow.Subject), NpgsqlDbType.Text, f => f.Subject),
            (nameof(FigureRow.PeriodStart), NpgsqlDbType.Date, f => f.PeriodStart),
            (nameof(FigureRow.PeriodEnd), NpgsqlDbType.Date, f => f.PeriodEnd),
        ], cancellationToken).ConfigureAwait(false);

        await CopyTableAsync<QuoteRow>(connection, articles.SelectMany(a => a.Quotes), [
            (nameof(QuoteRow.Id), NpgsqlDbType.Uuid, q => q.Id),
            (nameof(QuoteRow.ArticleId), NpgsqlDbType.Uuid, q => q.ArticleId),
            (nameof(QuoteRow.Text), NpgsqlDbType.Text, q => q.Text),
            (nameof(QuoteRow.SpanStart), NpgsqlDbType.Integer, q => q.SpanStart),
            (nameof(QuoteRow.SpanEnd), NpgsqlDbType.Integer, q => q.SpanEnd),
            (nameof(QuoteRow.SentenceIndex), NpgsqlDbType.Integer, q => q.SentenceIndex),
            (nameof(QuoteRow.SpeakerEntityId), NpgsqlDbType.Uuid, q => q.SpeakerEntityId),
            (nameof(QuoteRow.ReportingVerb), NpgsqlDbType.Text, q => q.ReportingVerb),
        ], cancellationToken).ConfigureAwait(false);

        await CopyTableAsync<EventRow>(connection, articles.SelectMany(a => a.Events), [
            (nameof(EventRow.Id), NpgsqlDbType.Uuid, e => e.Id),
            (nameof(EventRow.ArticleId), NpgsqlDbType.Uuid, e => e.ArticleId),
            (nameof(EventRow.Type), NpgsqlDbType.Varchar, e => e.Type),
            (nameof(EventRow.Mode), NpgsqlDbType.Varchar, e => e.Mode),
            (nameof(EventRow.CameoCode), NpgsqlDbType.Varchar, e => e.CameoCode),
            (nameof(EventRow.EventDate), NpgsqlDbType.Date, e => e.EventDate),
            (nameof(EventRow.LocationEntityId), NpgsqlDbType.Uuid, e => e.LocationEntityId),
            (nameof(EventRow.Negated), NpgsqlDbType.Boolean, e => e.Negated),
            (nameof(EventRow.Future), NpgsqlDbType.Boolean, e => e.Future),
            (nameof(EventRow.Hypothetical), NpgsqlDbType.Boolean, e => e.Hypothetical),
            (nameof(EventRow.Trigger), NpgsqlDbType.Text, e => e.Trigger),
            (nameof(EventRow.EvidenceText), NpgsqlDbType.Text, e => e.EvidenceText),
            (nameof(EventRow.SpanStart), NpgsqlDbType.Integer, e => e.SpanStart),
            (nameof(EventRow.SpanEnd), NpgsqlDbType.Integer, e => e.SpanEnd),
            (nameof(EventRow.SentenceIndex), NpgsqlDbType.Integer, e => e.SentenceIndex),
        ], cancellationToken).ConfigureAwait(false);

        await CopyTableAsync<EventActorRow>(connection, articles.SelectMany(a => a.Events).SelectMany(e => e.Actors), [
            (nameof(EventActorRow.EventId), NpgsqlDbType.Uuid, a => a.EventId),
            (nameof(EventActorRow.EntityId), NpgsqlDbType.Uuid, a => a.EntityId),
            (nameof(EventActorRow.Role), NpgsqlDbType.Varchar, a => a.Role),
            (nameof(EventActorRow.Ordinal), NpgsqlDbType.Integer, a => a.Ordinal),
        ], cancellationToken).ConfigureAwait(false);
    }

    private async Task CopyTableAsync<TRow>(
        NpgsqlConnection connection,
        IEnumerable<TRow> rows,
        (string Property, NpgsqlDbType Type, Func<TRow, object?> Value)[] columns,
        CancellationToken cancellationToken)
    {
        using var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            return;
        }

        var entity = model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var names = columns.Select(c => Quote(entity.FindProperty(c.Property)!.GetColumnName(table)!));
        var copy = $"COPY {Quote(table.Name)} ({string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)";

        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        do
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (_, type, value) in columns)
            {
                if (value(enumerator.Current) is { } v)
                {
                    await importer.WriteAsync(v, type, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        while (enumerator.MoveNext());

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

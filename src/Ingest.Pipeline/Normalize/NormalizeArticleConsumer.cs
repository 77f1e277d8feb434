using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Ingest.Contracts;
using Ingest.Contracts.Annotations;
using Ingest.Contracts.Stages;
using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Mapping;
using Ingest.Pipeline.Options;
using Ingest.Pipeline.Persistence;
using Ingest.Pipeline.Stages;
using Ingest.TextAnalysis;
using Ingest.TextAnalysis.Languages;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Normalize;

/// <summary>
/// Stage 1: validate, identify the language, split sentences. A bad article is rejected (a row in
/// <c>rejected_articles</c> with the original message, and an <see cref="ArticleRejected"/> message), never dropped.
/// </summary>
public sealed class NormalizeArticleConsumer(
    IRejectionRecorder rejections,
    IOptions<IngestOptions> options,
    PipelineMetrics metrics,
    TimeProvider time,
    ILogger<NormalizeArticleConsumer> logger) : IConsumer<ArticleSubmitted>
{
    public async Task Consume(ConsumeContext<ArticleSubmitted> context)
    {
        var started = Stopwatch.GetTimestamp();
        var submitted = context.Message;
        var receivedAt = time.GetUtcNow();

        var rejection = ArticleValidator.Validate(submitted, options.Value.MaxBodyBytes);
        var language = submitted.Language is { Length: > 0 } declared ? ArticleValidator.LanguageCode(declared) : null;
        AnalysisDocument? document = null;
        if (rejection is null)
        {
            var reference = DateOnly.FromDateTime((submitted.PublishedAt ?? receivedAt).UtcDateTime);
            document = AnalysisDocument.Create(submitted.Body!, language, reference);
            if (document.Language == LanguageIdentifier.Unknown)
            {
                rejection = new Rejection(RejectionReasons.UnsupportedLanguage,
                    $"The language of the body is not one of {string.Join(", ", LanguageIdentifier.Supported)}; set Language if it is.");
            }
        }

        if (rejection is not null)
        {
            await RejectAsync(context, rejection).ConfigureAwait(false);
            return;
        }

        var article = new ArticleContent
        {
            ArticleId = submitted.ArticleId!.Trim(),
            Source = submitted.Source,
            Url = submitted.Url,
            Title = submitted.Title,
            Body = submitted.Body!,
            Language = document!.Language,
            PublishedAt = submitted.PublishedAt,
            ReceivedAt = receivedAt,
            ContentHash = ContentHash(submitted),
            Metadata = submitted.Metadata,
            SubmittedAt = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : receivedAt,
        };

        await context.Publish(new ArticleNormalized { Article = article, Sentences = AnnotationMapper.ToContract(document.Sentences) }).ConfigureAwait(false);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        metrics.StageCompleted(StageNames.Normalize, elapsed);
        PipelineLog.StageCompleted(logger, StageNames.Normalize, article.ArticleId, elapsed, article.Language, 0, 0, 0, 0, 0);
    }

    private async Task RejectAsync(ConsumeContext<ArticleSubmitted> context, Rejection rejection)
    {
        var articleId = context.Message.ArticleId is { Length: > 0 and <= ArticleValidator.MaxArticleIdLength } id ? id : null;
        var body = context.ReceiveContext.Body.GetBytes();
        var messageId = context.MessageId ?? new Guid(SHA256.HashData(body).AsSpan(0, 16));
        await rejections.RecordAsync(messageId, articleId, StageNames.Normalize, rejection, body,
            context.ReceiveContext.ContentType?.MediaType, context.CancellationToken).ConfigureAwait(false);
        await context.Publish(new ArticleRejected
        {
            ArticleId = articleId,
            MessageId = messageId,
            Reason = rejection.Reason,
            Message = rejection.Message,
            RejectedAt = time.GetUtcNow(),
        }).ConfigureAwait(false);

        metrics.Rejected(StageNames.Normalize, rejection.Reason);
        PipelineLog.ArticleRejected(logger, articleId, StageNames.Normalize, rejection.Reason, rejection.Message);
    }

    /// <summary>SHA-256 of what extraction reads (language, title, body): equal hashes mean equal annotations.</summary>
    private static string ContentHash(ArticleSubmitted article)
    {
        var text = string.Concat(article.Language ?? string.Empty, "\u0001", article.Title ?? string.Empty, "\u0001", article.Body,
            "\u0001", article.PublishedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

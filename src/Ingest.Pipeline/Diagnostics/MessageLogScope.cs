using Ingest.Contracts;
using Ingest.Contracts.Stages;
using MassTransit;

namespace Ingest.Pipeline.Diagnostics;

/// <summary>The properties every log line about a consumed message carries: ArticleId, Stage, MessageId, CorrelationId.</summary>
internal static class MessageLogScope
{
    public static Dictionary<string, object?> For(ConsumeContext context, string? articleId) => new(4)
    {
        ["ArticleId"] = articleId,
        ["Stage"] = StageOf(context.ReceiveContext.InputAddress),
        ["MessageId"] = context.MessageId,
        ["CorrelationId"] = context.CorrelationId ?? context.ConversationId,
    };

    public static string? ArticleIdOf(object message) => message switch
    {
        ArticleSubmitted m => m.ArticleId,
        ArticleNormalized m => m.Article.ArticleId,
        ArticleEntitiesExtracted m => m.Article.ArticleId,
        ArticleFiguresExtracted m => m.Article.ArticleId,
        ArticleAnalyzed m => m.Article.ArticleId,
        _ => null,
    };

    /// <summary>"ingest-figures" → "figures"; other queues by their own name.</summary>
    public static string StageOf(Uri? inputAddress)
    {
        var queue = inputAddress?.AbsolutePath.TrimEnd('/') ?? string.Empty;
        var slash = queue.LastIndexOf('/');
        queue = slash >= 0 ? queue[(slash + 1)..] : queue;
        return queue.StartsWith("ingest-", StringComparison.Ordinal) ? queue["ingest-".Length..] : queue;
    }
}

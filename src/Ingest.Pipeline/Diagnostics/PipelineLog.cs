using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Diagnostics;

/// <summary>
/// Every log line of the pipeline, source-generated: no boxing, no parsing of templates at run time. Property names
/// match the metric tags (<c>Stage</c>, <c>Reason</c>) so logs and metrics can be joined. Article bodies are never
/// logged: they are third-party text and may be large.
/// </summary>
public static partial class PipelineLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Stage {Stage} completed article {ArticleId} in {ElapsedMs:0.0} ms ({Language}, {Entities} entities, {Figures} figures, {Dates} dates, {Quotes} quotes, {Events} events)")]
    public static partial void StageCompleted(ILogger logger, string stage, string articleId, double elapsedMs, string language, int entities, int figures, int dates, int quotes, int events);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Stored article {ArticleId} ({Outcome}) in a batch of {BatchSize}, {ElapsedMs:0.0} ms after submission")]
    public static partial void ArticleStored(ILogger logger, string articleId, string outcome, int batchSize, double elapsedMs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information,
        Message = "Stage {Stage} wrote a batch of {BatchSize} articles in {ElapsedMs:0.0} ms")]
    public static partial void BatchStored(ILogger logger, string stage, int batchSize, double elapsedMs);

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning,
        Message = "Rejected article {ArticleId} at stage {Stage}: {Reason} ({RejectionMessage})")]
    public static partial void ArticleRejected(ILogger logger, string? articleId, string stage, string reason, string rejectionMessage);

    [LoggerMessage(EventId = 300, Level = LogLevel.Error,
        Message = "Message {MessageId} on {InputAddress} could not be received and goes to the error queue")]
    public static partial void ReceiveFaulted(ILogger logger, Exception exception, Guid? messageId, Uri inputAddress);

    [LoggerMessage(EventId = 301, Level = LogLevel.Error,
        Message = "Stage {Stage} faulted on article {ArticleId} (message {MessageId})")]
    public static partial void ConsumeFaulted(ILogger logger, Exception exception, string stage, string? articleId, Guid? messageId);

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Applied database migrations in {ElapsedMs:0} ms")]
    public static partial void MigrationsApplied(ILogger logger, double elapsedMs);
}

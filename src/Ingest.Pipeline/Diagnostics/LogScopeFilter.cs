using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Diagnostics;

/// <summary>
/// Opens one logging scope per consumed message, so every line a consumer (or MassTransit) writes while handling it
/// carries the article id, stage, message id and correlation id; and logs faults with the exception once.
/// </summary>
public sealed class LogScopeFilter<T>(ILogger<LogScopeFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var articleId = MessageLogScope.ArticleIdOf(context.Message);
        using var scope = logger.BeginScope(MessageLogScope.For(context, articleId));
        try
        {
            await next.Send(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (LogFault(context, articleId, exception))
        {
            throw; // never reached: the filter only observes, the fault flows on to retry and the error queue.
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("logScope");

    private bool LogFault(ConsumeContext<T> context, string? articleId, Exception exception)
    {
        // Logged on every attempt; retries are visible as repeated lines with the same MessageId.
        var stage = MessageLogScope.StageOf(context.ReceiveContext.InputAddress);
        PipelineLog.ConsumeFaulted(logger, exception, stage, articleId, context.MessageId);
        return false;
    }
}

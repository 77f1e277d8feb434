using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ingest.Pipeline.Diagnostics;

/// <summary>
/// Counts and logs what reaches an error queue: messages that cannot be deserialized (they never get to a consumer)
/// and messages whose consumer faulted after all retries.
/// </summary>
public sealed class ReceiveFaultObserver(ILogger<ReceiveFaultObserver> logger, PipelineMetrics metrics) : IReceiveObserver
{
    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class
    {
        metrics.Faulted(MessageLogScope.StageOf(context.ReceiveContext.InputAddress));
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        var messageId = context.TransportHeaders.Get<Guid>("MessageId") ?? context.GetMessageId();
        PipelineLog.ReceiveFaulted(logger, exception, messageId, context.InputAddress);
        metrics.Faulted(MessageLogScope.StageOf(context.InputAddress));
        return Task.CompletedTask;
    }
}

using Ingest.Pipeline.Options;
using MassTransit;

namespace Ingest.Pipeline.Stages;

/// <summary>
/// The definition every extraction stage shares: its own queue ("ingest-{stage}"), its concurrency and prefetch
/// from <c>Ingest:Tuning:{stage}</c>, and the retry policies of <see cref="StageEndpoint"/>.
/// </summary>
public abstract class StageConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly StageTuningOptions _tuning;
    private readonly RetryOptions _retry;

    protected StageConsumerDefinition(string stage, IngestOptions options)
    {
        _tuning = options.TuningFor(stage);
        _retry = options.Retry;
        EndpointName = StageNames.QueueName(stage);
        ConcurrentMessageLimit = _tuning.ConcurrencyLimit;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        StageEndpoint.Configure(endpointConfigurator, context, _tuning, _retry);
}

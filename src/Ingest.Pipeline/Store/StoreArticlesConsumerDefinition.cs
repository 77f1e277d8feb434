using Ingest.Pipeline.Options;
using Ingest.Pipeline.Stages;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Store;

/// <summary>
/// The store queue collects up to <see cref="StoreOptions.BatchSize"/> articles (or what arrives within
/// <see cref="StoreOptions.BatchTimeLimit"/>) into one transaction. Prefetch must cover the batches in flight, or a
/// batch could never fill.
/// </summary>
public sealed class StoreArticlesConsumerDefinition : ConsumerDefinition<StoreArticlesConsumer>
{
    private readonly IngestOptions _options;

    public StoreArticlesConsumerDefinition(IOptions<IngestOptions> options)
    {
        _options = options.Value;
        EndpointName = StageNames.QueueName(StageNames.Store);
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<StoreArticlesConsumer> consumerConfigurator, IRegistrationContext context)
    {
        var store = _options.Store;
        var tuning = _options.TuningFor(StageNames.Store);
        var inFlight = store.BatchSize * store.BatchConcurrency;
        StageEndpoint.Configure(endpointConfigurator, context, tuning, _options.Retry);
        endpointConfigurator.PrefetchCount = Math.Max(tuning.PrefetchCount, inFlight);
        endpointConfigurator.ConcurrentMessageLimit = Math.Max(tuning.ConcurrencyLimit, inFlight);
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(store.BatchSize)
            .SetTimeLimit(store.BatchTimeLimit)
            .SetConcurrencyLimit(store.BatchConcurrency));
    }
}

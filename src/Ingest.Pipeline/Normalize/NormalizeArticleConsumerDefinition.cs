using Ingest.Pipeline.Options;
using Ingest.Pipeline.Stages;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Normalize;

/// <summary>
/// The normalize queue: it also accepts plain JSON (content type <c>application/json</c>), so publishers that do
/// not use MassTransit can put an <see cref="Contracts.ArticleSubmitted"/> object on the exchange as it is.
/// </summary>
public sealed class NormalizeArticleConsumerDefinition : ConsumerDefinition<NormalizeArticleConsumer>
{
    private readonly IngestOptions _options;

    public NormalizeArticleConsumerDefinition(IOptions<IngestOptions> options)
    {
        _options = options.Value;
        EndpointName = StageNames.QueueName(StageNames.Normalize);
        ConcurrentMessageLimit = _options.TuningFor(StageNames.Normalize).ConcurrencyLimit;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<NormalizeArticleConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType, isDefault: false);
        StageEndpoint.Configure(endpointConfigurator, context, _options.TuningFor(StageNames.Normalize), _options.Retry);
    }
}

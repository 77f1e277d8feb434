using Ingest.Pipeline.Options;
using Ingest.Pipeline.Stages;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Events;

public sealed class ExtractEventsConsumerDefinition(IOptions<IngestOptions> options)
    : StageConsumerDefinition<ExtractEventsConsumer>(StageNames.Events, options.Value);

using Ingest.Pipeline.Options;
using Ingest.Pipeline.Stages;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Entities;

public sealed class ExtractEntitiesConsumerDefinition(IOptions<IngestOptions> options)
    : StageConsumerDefinition<ExtractEntitiesConsumer>(StageNames.Entities, options.Value);

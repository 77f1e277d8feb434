using Ingest.Pipeline.Options;
using Ingest.Pipeline.Stages;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Figures;

public sealed class ExtractFiguresConsumerDefinition(IOptions<IngestOptions> options)
    : StageConsumerDefinition<ExtractFiguresConsumer>(StageNames.Figures, options.Value);

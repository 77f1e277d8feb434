namespace Ingest.Cli.Benchmarking;

/// <summary>The JSON result of <c>ingest bench</c>.</summary>
internal sealed record BenchResult
{
    public required string Machine { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Size of the baseline's messages.</summary>
    public required int MessageBytes { get; init; }

    /// <summary>Where <see cref="MessageBytes"/> came from: "measured" (the average hop of the warm-up), "given" (--message-bytes) or "estimate".</summary>
    public required string MessageBytesSource { get; init; }

    /// <summary>Average body bytes of the messages at each hop during the warm-up, by exchange (MassTransit envelope included).</summary>
    public IReadOnlyDictionary<string, int>? HopBytes { get; init; }

    public double? BrokerMessagesPerSecond { get; init; }

    public required int BurstArticles { get; init; }

    /// <summary>Articles per second of the pipeline's hops and outputs moved by a raw client doing no work (<see cref="MessagePatternCeiling"/>).</summary>
    public double? PatternArticlesPerSecond { get; init; }

    /// <summary>The message pattern's articles per second × hops ÷ the baseline: the stage-hop ratio of a pipeline that does nothing.</summary>
    public double? PatternShareOfBroker { get; init; }

    /// <summary>CPU per article of the message pattern: the broker's, and the client's (counted as the bench's).</summary>
    public CpuPerUnit? PatternCpuPerArticleMs { get; init; }

    /// <summary>The burst's limit on articles published and not yet stored (0: none).</summary>
    public required int BurstInFlight { get; init; }

    public required int BurstStored { get; init; }

    public required double PipelineArticlesPerSecond { get; init; }

    public required int HopsPerArticle { get; init; }

    public double? PipelineShareOfBroker { get; init; }

    /// <summary>Output messages published per article in the burst (ArticleProcessed + one per event and figure).</summary>
    public double OutputMessagesPerArticle { get; init; }

    /// <summary>Every message the pipeline sends through the broker per article (hops and outputs), as a share of the baseline.</summary>
    public double? PipelineMessagesShareOfBroker { get; init; }

    public required LatencyStats BurstLatency { get; init; }

    /// <summary>CPU milliseconds per baseline message (the broker's, and the load generator's own).</summary>
    public CpuPerUnit? BaselineCpuPerMessageMs { get; init; }

    /// <summary>CPU milliseconds per burst article: worker, broker and load generator (the database is not measured).</summary>
    public CpuPerUnit? BurstCpuPerArticleMs { get; init; }

    public required double SteadyRate { get; init; }

    public required double SteadySeconds { get; init; }

    public required int SteadyPublished { get; init; }

    public required int SteadyStored { get; init; }

    public required LatencyStats SteadyLatency { get; init; }

    public RssSummary? WorkerRssMiB { get; init; }

    /// <summary>Resident memory during the steady phase only.</summary>
    public RssSummary? SteadyWorkerRssMiB { get; init; }

    /// <summary>Resident memory during the steady phase after its first minute (when it lasts longer than that).</summary>
    public RssSummary? SteadyWorkerRssAfterFirstMinuteMiB { get; init; }

    /// <summary>The worker's resident memory, one sample a second over the whole run.</summary>
    public IReadOnlyList<double> WorkerRssSamplesMiB { get; init; } = [];

    /// <summary>Index in <see cref="WorkerRssSamplesMiB"/> of the first sample of the steady phase.</summary>
    public int? SteadyStartSample { get; init; }
}

/// <summary>Resident memory of the worker over the run, MiB.</summary>
internal sealed record RssSummary(double First, double Min, double Max, double Last);

using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Options;

/// <summary>The store stage writes many articles per transaction: fewer round trips and commits per article.</summary>
public sealed class StoreOptions
{
    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a partial batch waits for more articles; bounds the latency the batching adds.</summary>
    public TimeSpan BatchTimeLimit { get; set; } = TimeSpan.FromMilliseconds(20);

    [Range(1, 16)]
    public int BatchConcurrency { get; set; } = 2;
}

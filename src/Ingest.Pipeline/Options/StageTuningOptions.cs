using System.ComponentModel.DataAnnotations;

using Ingest.Pipeline.Stages;

namespace Ingest.Pipeline.Options;

/// <summary>How many messages a stage's queue hands over at once and how many it processes concurrently.</summary>
public sealed class StageTuningOptions
{
    [Range(1, 10_000)]
    public int PrefetchCount { get; set; } = 32;

    [Range(1, 1_000)]
    public int ConcurrencyLimit { get; set; } = 4;

    /// <summary>
    /// Defaults measured with <c>ingest bench</c> on a 2-core machine. An extraction stage spends well under a
    /// millisecond of CPU on an article but then waits for the broker to confirm the next hop's message (a persistent
    /// write): with a concurrency near the core count, that wait, not the CPU, set the pace (about 40 articles/s).
    /// Enough messages in flight to cover the confirm latency keeps the cores busy instead. The store stage batches,
    /// so it prefetches enough to fill its batches.
    /// </summary>
    public static StageTuningOptions DefaultFor(string stage) => stage switch
    {
        StageNames.Store => new StageTuningOptions { PrefetchCount = 400, ConcurrencyLimit = 200 },
        _ => new StageTuningOptions { PrefetchCount = 128, ConcurrencyLimit = 32 },
    };
}

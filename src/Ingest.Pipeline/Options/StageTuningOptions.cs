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
    /// Defaults measured on a 2-core machine: the extraction stages are CPU-bound, so concurrency near the core
    /// count; the store stage is I/O-bound and batches, so it prefetches enough to fill its batches.
    /// </summary>
    public static StageTuningOptions DefaultFor(string stage) => stage switch
    {
        StageNames.Store => new StageTuningOptions { PrefetchCount = 200, ConcurrencyLimit = 100 },
        _ => new StageTuningOptions { PrefetchCount = 32, ConcurrencyLimit = Math.Max(2, Environment.ProcessorCount) },
    };
}

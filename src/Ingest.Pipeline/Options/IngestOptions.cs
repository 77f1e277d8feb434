using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Options;

/// <summary>The <c>Ingest</c> configuration section.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>
    /// The stages this process runs: any of normalize, entities, figures, events, store. Empty means all, so one
    /// process runs the whole pipeline by default and each stage can be deployed and scaled on its own.
    /// </summary>
    public List<string> Stages { get; set; } = [];

    /// <summary>Bodies larger than this (UTF-8 bytes) are rejected with <c>body_too_large</c>.</summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Apply pending database migrations when the worker starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Per-stage prefetch and concurrency, keyed by stage name.</summary>
    public Dictionary<string, StageTuningOptions> Tuning { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [Required]
    public RetryOptions Retry { get; set; } = new();

    [Required]
    public StoreOptions Store { get; set; } = new();

    [Required]
    public FaultInjectionOptions FaultInjection { get; set; } = new();

    /// <summary>The tuning of <paramref name="stage"/>, or its defaults.</summary>
    public StageTuningOptions TuningFor(string stage) =>
        Tuning.TryGetValue(stage, out var tuning) ? tuning : StageTuningOptions.DefaultFor(stage);

    /// <summary>Whether this process runs <paramref name="stage"/>.</summary>
    public bool Runs(string stage) => Stages.Count == 0 || Stages.Contains(stage, StringComparer.OrdinalIgnoreCase);
}

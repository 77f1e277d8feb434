using Ingest.Pipeline.Options;
using Ingest.Pipeline.Stages;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Hosting;

/// <summary>What data annotations cannot say: stage names must be known, durations positive.</summary>
internal sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        var failures = new List<string>();
        foreach (var stage in options.Stages)
        {
            if (!StageNames.All.Contains(stage, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"Ingest:Stages contains '{stage}'; known stages: {string.Join(", ", StageNames.All)}.");
            }
        }

        foreach (var stage in options.Tuning.Keys)
        {
            if (!StageNames.All.Contains(stage, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"Ingest:Tuning has an entry for unknown stage '{stage}'.");
            }
        }

        if (options.Store.BatchTimeLimit <= TimeSpan.Zero)
        {
            failures.Add("Ingest:Store:BatchTimeLimit must be positive.");
        }

        if (options.Retry.TransientMinInterval <= TimeSpan.Zero || options.Retry.TransientMaxInterval < options.Retry.TransientMinInterval)
        {
            failures.Add("Ingest:Retry intervals must be positive, and the maximum at least the minimum.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

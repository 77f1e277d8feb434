using System.ComponentModel.DataAnnotations;

namespace Ingest.Pipeline.Options;

/// <summary>
/// Two retry policies. Transient failures (database or broker unreachable, timeouts) retry with exponential backoff
/// long enough to ride out a restart; any other exception is retried a few times at once and then the message goes
/// to the stage's <c>_error</c> queue with MassTransit's fault headers.
/// </summary>
public sealed class RetryOptions
{
    [Range(0, 100)]
    public int TransientLimit { get; set; } = 12;

    public TimeSpan TransientMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan TransientMaxInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan TransientIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(0, 20)]
    public int ImmediateLimit { get; set; } = 2;
}

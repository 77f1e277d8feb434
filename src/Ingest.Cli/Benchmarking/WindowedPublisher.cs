namespace Ingest.Cli.Benchmarking;

/// <summary>
/// How the bench's bursts publish: in batches, each message awaiting its own broker confirm, and never more than a
/// window of articles out at once when one is given (the caller releases it as articles come back).
/// </summary>
internal static class WindowedPublisher
{
    /// <summary>Messages published together, each awaiting its own broker confirm.</summary>
    private const int Batch = 32;

    /// <summary>
    /// Publishes messages 0 to <paramref name="count"/> - 1 with <paramref name="publish"/>, taking the window before
    /// each; <paramref name="afterBatch"/> runs when a batch is confirmed.
    /// </summary>
    public static async Task RunAsync(int count, SemaphoreSlim? window, Func<int, Task> publish, Action? afterBatch, CancellationToken cancellationToken)
    {
        for (var sent = 0; sent < count; sent += Batch)
        {
            var batch = new Task[Math.Min(Batch, count - sent)];
            for (var i = 0; i < batch.Length; i++)
            {
                if (window is not null)
                {
                    await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                batch[i] = publish(sent + i);
            }

            await Task.WhenAll(batch).ConfigureAwait(false);
            afterBatch?.Invoke();
        }
    }
}

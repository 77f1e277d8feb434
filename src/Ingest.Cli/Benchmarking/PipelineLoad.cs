using System.Collections.Concurrent;
using System.Diagnostics;
using Ingest.Cli.Broker;
using Ingest.Contracts;
using Ingest.Pipeline.Options;
using MassTransit;

namespace Ingest.Cli.Benchmarking;

/// <summary>
/// Drives a running pipeline: publishes articles with fresh ids and waits for their <see cref="ArticleProcessed"/>
/// on a temporary queue, timing each from publish to stored.
/// </summary>
internal sealed class PipelineLoad : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentDictionary<string, long> _publishedAt = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<double> _latencies = [];
    private int _processed;
    private long _outputs;

    // The burst's window of articles in flight: taken before each publish, given back by each ArticleProcessed.
    private SemaphoreSlim? _window;

    /// <summary>
    /// Output messages the store stage published per article of the last phase (one ArticleProcessed, one
    /// EventExtracted per event, one FigureExtracted per figure), counted from the ArticleProcessed messages.
    /// </summary>
    public double OutputsPerArticle => _processed == 0 ? 0 : (double)Interlocked.Read(ref _outputs) / _processed;

    private PipelineLoad(RabbitMqOptions options) =>
        _bus = CliBus.Create(options, endpoint => endpoint.Handler<ArticleProcessed>(context =>
        {
            if (_publishedAt.TryRemove(context.Message.ArticleId, out var at))
            {
                _latencies.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                Interlocked.Add(ref _outputs, 1 + context.Message.EventCount + context.Message.FigureCount);
                Interlocked.Increment(ref _processed);
                Volatile.Read(ref _window)?.Release();
            }

            return Task.CompletedTask;
        }));

    public static async Task<PipelineLoad> StartAsync(RabbitMqOptions options, CancellationToken cancellationToken)
    {
        var load = new PipelineLoad(options);
        await load._bus.StartAsync(cancellationToken).ConfigureAwait(false);
        return load;
    }

    /// <summary>
    /// Publishes <paramref name="count"/> articles as fast as the pipeline takes them: at most
    /// <paramref name="inFlight"/> published and not yet stored at any time (0: no limit, everything goes out as fast
    /// as the broker confirms it and waits in the first queue). Returns articles per second, first publish to last
    /// stored.
    /// </summary>
    /// <remarks>
    /// Without a window the burst measures a backlog rather than the pipeline: a few thousand articles parked in the
    /// normalize queue are a different load for the broker, which shares the cores with the worker, than the same
    /// articles flowing through, and the latency percentiles then measure the time spent in that queue.
    /// </remarks>
    public async Task<(double PerSecond, LatencyStats Latency, int Stored)> RunBurstAsync(IReadOnlyList<ArticleSubmitted> articles, int count, int inFlight, string runId, TimeSpan timeout, IProgress<int> progress, CancellationToken cancellationToken)
    {
        Reset();
        var window = inFlight > 0 ? new SemaphoreSlim(inFlight, inFlight) : null;
        Volatile.Write(ref _window, window);
        try
        {
            var started = Stopwatch.GetTimestamp();
            await WindowedPublisher.RunAsync(count, window, n => Publish(articles[n % articles.Count], $"{runId}-b{n}", cancellationToken),
                () => progress.Report(_processed), cancellationToken).ConfigureAwait(false);

            await WaitAsync(count, timeout, progress, cancellationToken).ConfigureAwait(false);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            return (_processed / seconds, LatencyStats.From(_latencies.ToArray()), _processed);
        }
        finally
        {
            // Not disposed: a late ArticleProcessed may still release it, and SemaphoreSlim holds no handle unless
            // asked for one.
            Volatile.Write(ref _window, null);
        }
    }

    /// <summary>Publishes at a steady <paramref name="rate"/> for <paramref name="duration"/>; returns the latencies.</summary>
    public async Task<(LatencyStats Latency, int Published, int Stored)> RunSteadyAsync(IReadOnlyList<ArticleSubmitted> articles, double rate, TimeSpan duration, string runId, TimeSpan drain, IProgress<int> progress, CancellationToken cancellationToken)
    {
        Reset();
        var total = (int)(rate * duration.TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        var pending = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            // Open-loop schedule: each article goes out at its planned time, whatever the pipeline's speed.
            var due = TimeSpan.FromSeconds(i / rate) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken).ConfigureAwait(false);
            }

            pending.Add(Publish(articles[i % articles.Count], $"{runId}-s{i}", cancellationToken));
            if (i % 50 == 0)
            {
                progress.Report(_processed);
            }
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
        await WaitAsync(total, drain, progress, cancellationToken).ConfigureAwait(false);
        return (LatencyStats.From(_latencies.ToArray()), total, _processed);
    }

    private Task Publish(ArticleSubmitted article, string id, CancellationToken cancellationToken)
    {
        var fresh = article with { ArticleId = id };
        _publishedAt[id] = Stopwatch.GetTimestamp();
        return _bus.Publish(fresh, cancellationToken);
    }

    private async Task WaitAsync(int expected, TimeSpan timeout, IProgress<int> progress, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Volatile.Read(ref _processed) < expected && Stopwatch.GetTimestamp() < deadline)
        {
            progress.Report(_processed);
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        progress.Report(_processed);
    }

    private void Reset()
    {
        _publishedAt.Clear();
        _latencies.Clear();
        _processed = 0;
        Interlocked.Exchange(ref _outputs, 0);
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync(CancellationToken.None).ConfigureAwait(false);
}

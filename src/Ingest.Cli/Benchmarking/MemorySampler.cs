using System.Globalization;

namespace Ingest.Cli.Benchmarking;

/// <summary>Samples a process's resident set (VmRSS from /proc) once a second while a run lasts.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemorySampler(int pid) => _loop = Task.Run(async () =>
    {
        while (!_stop.IsCancellationRequested)
        {
            if (ReadRssMiB(pid) is { } rss)
            {
                lock (Samples)
                {
                    Samples.Add(rss);
                }
            }

            try
            {
                await Task.Delay(1000, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    });

    public List<double> Samples { get; } = [];

    /// <summary>Index of the first sample of the steady phase (set by <see cref="MarkSteadyStart"/>).</summary>
    public int SteadyStart { get; private set; }

    /// <summary>
    /// Marks where the steady phase starts: the burst before it makes the heap grow by design (thousands of
    /// messages in flight), and what matters for a long-running worker is whether memory stays flat under a steady load.
    /// </summary>
    public void MarkSteadyStart()
    {
        lock (Samples)
        {
            SteadyStart = Samples.Count;
        }
    }

    public static double? ReadRssMiB(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = double.Parse(line["VmRSS:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                return kb / 1024;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace Ingest.IntegrationTests.Infrastructure;

/// <summary>The built worker in a process of its own, so a test can kill it with SIGKILL mid-load.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;

    // A cold start (JIT, migrations) takes a few seconds alone, and much longer on a busy shared machine: this bounds
    // the wait, the poll returns as soon as the worker is ready.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private WorkerProcess(Process process) => _process = process;

    public static async Task<WorkerProcess> StartAsync(PipelineUnderTest pipeline)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryPaths.WorkerDll);
        foreach (var (key, value) in pipeline.Environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        var process = Process.Start(start)!;

        // Drain the output so the worker never blocks on a full pipe; keep its end for the error message.
        var tail = new ConcurrentQueue<string>();
        _ = KeepTailAsync(process.StandardOutput, tail);
        _ = KeepTailAsync(process.StandardError, tail);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"))).IsSuccessStatusCode)
                {
                    return new WorkerProcess(process);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited with code {process.ExitCode} during start-up:{System.Environment.NewLine}{string.Join(System.Environment.NewLine, tail)}");
            }

            await Task.Delay(250);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The worker did not become ready within {StartTimeout.TotalSeconds:0} s:{System.Environment.NewLine}{string.Join(System.Environment.NewLine, tail)}");
    }

    /// <summary>SIGKILL: no shutdown, no acknowledgements, in-flight messages go back to their queues.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static async Task KeepTailAsync(StreamReader reader, ConcurrentQueue<string> tail)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            tail.Enqueue(line);
            while (tail.Count > 40)
            {
                tail.TryDequeue(out _);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

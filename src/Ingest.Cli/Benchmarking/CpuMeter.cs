using System.Diagnostics;

namespace Ingest.Cli.Benchmarking;

/// <summary>
/// CPU time the processes of a run (this load generator, the worker, the broker) spend during one phase. On a
/// machine where the broker, the worker and the database share the cores, throughput is bounded by the CPU each
/// article costs them all, so the bench reports that cost next to the rates.
/// </summary>
internal sealed class CpuMeter
{
    private readonly int? _workerPid;
    private readonly int? _brokerPid;
    private TimeSpan? _worker;
    private TimeSpan? _broker;
    private TimeSpan _self;

    public CpuMeter(int? workerPid, int? brokerPid)
    {
        _workerPid = workerPid;
        _brokerPid = brokerPid;
    }

    /// <summary>Starts a phase: remembers each process's CPU time so far.</summary>
    public void Start()
    {
        _worker = Read(_workerPid);
        _broker = Read(_brokerPid);
        _self = Read(Environment.ProcessId) ?? TimeSpan.Zero;
    }

    /// <summary>Ends a phase: milliseconds of CPU per unit of work (an article, a message) for each process measured.</summary>
    public CpuPerUnit Stop(int units)
    {
        double? PerUnit(TimeSpan? before, int? pid) =>
            before is { } b && Read(pid) is { } now && units > 0 ? (now - b).TotalMilliseconds / units : null;

        return new CpuPerUnit(
            Worker: PerUnit(_worker, _workerPid),
            Broker: PerUnit(_broker, _brokerPid),
            Bench: PerUnit(_self, Environment.ProcessId));
    }

    /// <summary>User plus system time of a process, or null when it is gone or not ours to read.</summary>
    private static TimeSpan? Read(int? pid)
    {
        if (pid is not { } id)
        {
            return null;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }
}

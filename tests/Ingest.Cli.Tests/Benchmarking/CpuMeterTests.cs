using System.Diagnostics;
using Ingest.Cli.Benchmarking;

namespace Ingest.Cli.Tests.Benchmarking;

public sealed class CpuMeterTests
{
    [Fact]
    public void Stop_AfterBusyWork_ReportsThisProcessCpuPerUnit()
    {
        var meter = new CpuMeter(workerPid: Environment.ProcessId, brokerPid: null);
        meter.Start();
        SpinFor(TimeSpan.FromMilliseconds(200));
        var perUnit = meter.Stop(units: 10);

        // At least 200 ms of CPU over 10 units: 20 ms a unit or more (other test threads may add some).
        Assert.NotNull(perUnit.Worker);
        Assert.InRange(perUnit.Worker.Value, 19, 1000);
        Assert.NotNull(perUnit.Bench);
        Assert.InRange(perUnit.Bench.Value, 19, 1000);
        Assert.Null(perUnit.Broker);
    }

    [Fact]
    public void Stop_ProcessThatDoesNotExist_ReportsNull()
    {
        var meter = new CpuMeter(workerPid: int.MaxValue, brokerPid: int.MaxValue - 1);
        meter.Start();
        var perUnit = meter.Stop(units: 1);

        Assert.Null(perUnit.Worker);
        Assert.Null(perUnit.Broker);
    }

    /// <summary>Burns this much CPU time (not wall-clock time, which a busy machine would stretch).</summary>
    private static void SpinFor(TimeSpan cpu)
    {
        using var self = Process.GetCurrentProcess();
        var until = self.TotalProcessorTime + cpu;
        var x = 0.0;
        while (true)
        {
            for (var i = 0; i < 100_000; i++)
            {
                x += Math.Sqrt(x + i);
            }

            self.Refresh();
            if (self.TotalProcessorTime >= until)
            {
                break;
            }
        }

        GC.KeepAlive(x);
    }
}

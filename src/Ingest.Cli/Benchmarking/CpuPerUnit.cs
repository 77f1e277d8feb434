namespace Ingest.Cli.Benchmarking;

/// <summary>Milliseconds of CPU per unit of work, by process; null where the process was not measured.</summary>
internal sealed record CpuPerUnit(double? Worker, double? Broker, double? Bench);

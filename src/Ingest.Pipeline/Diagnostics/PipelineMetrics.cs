using System.Diagnostics.Metrics;

namespace Ingest.Pipeline.Diagnostics;

/// <summary>
/// The pipeline's OpenTelemetry instruments (meter <see cref="MeterName"/>), exported next to MassTransit's own.
/// Tag names match the log properties: <c>stage</c>, <c>reason</c>.
/// </summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "Ingest.Pipeline";

    private readonly Counter<long> _processed;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _faulted;
    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _latency;
    private readonly Histogram<int> _batchSize;

    public PipelineMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _processed = meter.CreateCounter<long>("ingest.articles.processed", "{article}", "Articles a stage completed.");
        _rejected = meter.CreateCounter<long>("ingest.articles.rejected", "{article}", "Articles rejected, by reason.");
        _faulted = meter.CreateCounter<long>("ingest.messages.faulted", "{message}", "Messages sent to an error queue, by stage.");
        _duration = meter.CreateHistogram<double>("ingest.stage.duration", "ms", "Time a stage spends on one article.");
        _latency = meter.CreateHistogram<double>("ingest.article.latency", "ms", "From submission to stored.");
        _batchSize = meter.CreateHistogram<int>("ingest.store.batch_size", "{article}", "Articles per store transaction.");
    }

    public void StageCompleted(string stage, double elapsedMs)
    {
        var tag = new KeyValuePair<string, object?>("stage", stage);
        _processed.Add(1, tag);
        _duration.Record(elapsedMs, tag);
    }

    public void Rejected(string stage, string reason) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("stage", stage), new KeyValuePair<string, object?>("reason", reason));

    public void Faulted(string stage) => _faulted.Add(1, new KeyValuePair<string, object?>("stage", stage));

    public void Stored(double latencyMs) => _latency.Record(latencyMs);

    public void BatchWritten(int size) => _batchSize.Record(size);
}

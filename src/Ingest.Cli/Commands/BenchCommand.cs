using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Cli.Benchmarking;
using Ingest.Cli.Extraction;
using Ingest.Cli.Publishing;
using Ingest.Contracts;

namespace Ingest.Cli.Commands;

/// <summary>
/// <c>ingest bench</c>: the broker's own limit and the pipeline's throughput and latency, measured in one run against
/// the servers and worker that are running (loopback). Bounded in count and time; prints a table and writes JSON.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Broker hops per article: submitted → normalize → entities → figures → events → store.</summary>
    private const int Hops = 5;

    /// <summary>Messages each simulated stage of the message pattern handles at once, as the worker's stages do by default.</summary>
    private const int StageConcurrency = 32;

    /// <summary>
    /// Samples (one a second) left out of the "after the first minute" memory summary: the heap the warm-up or the
    /// burst grew is only given back by the collections the steady load itself triggers, which takes some seconds.
    /// </summary>
    private const int SettleSamples = 60;

    public static Command Create()
    {
        var articlesOption = new Option<string[]>("--articles") { Description = "Article files to cycle through (.txt/.json/.jsonl); default: the project's samples", AllowMultipleArgumentsPerToken = true };
        var count = new Option<int>("--count") { Description = "Articles in the burst phase (0: no burst, the steady phase alone)", DefaultValueFactory = _ => 2000 };
        var baseline = new Option<int>("--baseline-count") { Description = "Messages in the raw broker baseline", DefaultValueFactory = _ => 20000 };
        var rate = new Option<double>("--rate") { Description = "Articles per second in the steady phase", DefaultValueFactory = _ => 50 };
        var duration = new Option<TimeSpan>("--duration") { Description = "Length of the steady phase", DefaultValueFactory = _ => TimeSpan.FromSeconds(60) };
        var workerPid = new Option<int?>("--worker-pid") { Description = "The worker's process id: its resident memory is sampled and its CPU time per article measured" };
        var brokerPid = new Option<int?>("--broker-pid") { Description = "The broker's process id (beam.smp): its CPU time per baseline message and per article is measured" };
        var messageBytes = new Option<int?>("--message-bytes") { Description = "Size of the baseline's messages; default: the average hop message measured during the warm-up (without a warm-up, twice the articles' JSON)" };
        var output = new Option<string>("--output") { Description = "Where to write the JSON result", DefaultValueFactory = _ => "bench-result.json" };
        var skipBaseline = new Option<bool>("--skip-baseline") { Description = "Skip the raw broker baseline" };
        var warmup = new Option<int>("--warmup") { Description = "Articles sent through the pipeline, unmeasured, before the baseline and the burst (JIT tiering, connection pools; the hop message sizes are measured meanwhile): a fresh worker on two busy cores runs its first thousand articles partly unoptimized", DefaultValueFactory = _ => 1000 };
        var inFlight = new Option<int>("--in-flight") { Description = "Burst articles published and not yet stored at any time: the burst publishes as fast as the pipeline takes them (0: no limit, the whole burst is queued at once and the broker works on a backlog)", DefaultValueFactory = _ => 256 };
        var skipPattern = new Option<bool>("--skip-pattern") { Description = "Skip the message pattern's ceiling (the pipeline's hops and outputs moved by a raw client doing no work); --count 0 skips it too" };
        var patternCount = new Option<int>("--pattern-count") { Description = "Articles in the message pattern's ceiling", DefaultValueFactory = _ => 3000 };
        var command = new Command("bench", "Measure the raw broker baseline, then the pipeline's throughput and latency")
        {
            articlesOption, count, baseline, rate, duration, workerPid, brokerPid, messageBytes, output, skipBaseline, warmup, inFlight, skipPattern, patternCount,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var rabbit = CliConfiguration.RabbitMq(CliConfiguration.Build());
            var paths = parse.GetValue(articlesOption) is { Length: > 0 } given ? given : [Path.Combine(AppContext.BaseDirectory, "samples")];
            var articles = ArticleFileReader.Expand(paths).SelectMany(ArticleFileReader.Read).ToList();
            var runId = "bench-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var cpu = new CpuMeter(parse.GetValue(workerPid), parse.GetValue(brokerPid));
            var window = parse.GetValue(inFlight);
            MemorySampler? memory = parse.GetValue(workerPid) is { } pid ? new MemorySampler(pid) : null;
            await using var load = await PipelineLoad.StartAsync(rabbit, cancellationToken).ConfigureAwait(false);

            // The warm-up comes first so the baseline can run at the size of the hops it has just measured; the worker
            // stays warm through the few seconds of the baseline.
            IReadOnlyList<int> hopSizes = [];
            var warmupOutputs = 0.0;
            if (parse.GetValue(warmup) is > 0 and var warm)
            {
                Console.Error.WriteLine($"Warm-up: {warm} articles, not measured; hop message sizes recorded...");
                await using var probe = await HopSizeProbe.StartAsync(rabbit, cancellationToken).ConfigureAwait(false);
                await load.RunBurstAsync(articles, warm, window, runId + "-warmup", TimeSpan.FromMinutes(5), Progress(warm), cancellationToken).ConfigureAwait(false);
                await probe.WaitForAsync(warm, TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
                hopSizes = probe.AverageBytesPerHop();
                warmupOutputs = load.OutputsPerArticle;
                Console.Error.WriteLine();
            }

            // Without a warm-up to measure in, an estimate: an article hop carries the article and its annotations so
            // far, about twice the article's own JSON.
            (int Bytes, string Source) hopSize = parse.GetValue(messageBytes) is { } fixedBytes
                ? (fixedBytes, "given")
                : hopSizes.Count > 0 && hopSizes.All(b => b > 0)
                    ? ((int)hopSizes.Average(), "measured")
                    : (articles.Sum(a => JsonSerializer.SerializeToUtf8Bytes(a, JsonLines.Options).Length * 2) / Math.Max(1, articles.Count), "estimate");
            var (hopBytes, hopBytesSource) = hopSize;

            double? brokerRate = null;
            CpuPerUnit? baselineCpu = null;
            if (!parse.GetValue(skipBaseline))
            {
                var n = parse.GetValue(baseline);
                Console.Error.WriteLine($"Baseline: {n} persistent messages of {hopBytes} bytes ({hopBytesSource}) through one durable queue with confirms...");
                cpu.Start();
                brokerRate = await BrokerBaseline.MeasureAsync(rabbit, n, hopBytes, Progress(n), cancellationToken).ConfigureAwait(false);
                baselineCpu = cpu.Stop(n);
                Console.Error.WriteLine();

                // The broker reclaims the baseline's message store in the background for a few seconds after the
                // queue is deleted; measured straight after, the pipeline pays for the baseline's clean-up.
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
            }

            // The same hops and outputs moved by a raw client that does no work: how far the pipeline's shape alone
            // lets it go on this machine, between the baseline's one queue and the real pipeline.
            double? patternRate = null;
            var patternCpu = new CpuPerUnit(null, null, null);
            // Part of the throughput comparison: a steady-rate run alone (--count 0) has no use for it.
            if (!parse.GetValue(skipPattern) && parse.GetValue(count) > 0 && parse.GetValue(patternCount) is > 0 and var patternArticles)
            {
                var sizes = hopSizes.Count == Hops && hopSizes.All(b => b > 0) ? hopSizes : Enumerable.Repeat(hopBytes, Hops).ToList();
                Console.Error.WriteLine($"Message pattern: {patternArticles} articles through {Hops} hops + {warmupOutputs:0.0} outputs each, raw client, no work...");
                cpu.Start();
                patternRate = await MessagePatternCeiling.MeasureAsync(rabbit, sizes, warmupOutputs, patternArticles, window, StageConcurrency, Progress(patternArticles), cancellationToken).ConfigureAwait(false);
                patternCpu = cpu.Stop(patternArticles);
                Console.Error.WriteLine();
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
            }

            // --count 0 skips the burst: a steady-rate run alone, for memory over a long run without a burst's
            // heap growth at its start.
            var burstCount = parse.GetValue(count);
            var burst = (PerSecond: double.NaN, Latency: LatencyStats.From([]), Stored: 0);
            var burstCpu = new CpuPerUnit(null, null, null);
            var outputsPerArticle = double.NaN;
            if (burstCount > 0)
            {
                Console.Error.WriteLine($"Burst: {burstCount} articles ({articles.Count} distinct texts, fresh ids) as fast as the pipeline takes them ({InFlightText(window)})...");
                cpu.Start();
                burst = await load.RunBurstAsync(articles, burstCount, window, runId, TimeSpan.FromMinutes(10), Progress(burstCount), cancellationToken).ConfigureAwait(false);
                burstCpu = cpu.Stop(burstCount);
                outputsPerArticle = load.OutputsPerArticle;
                Console.Error.WriteLine();

                // The burst leaves the broker and the worker's heap busy with its aftermath for a few seconds; the steady
                // phase measures latency under normal load, so it starts once that has settled.
                await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
            }

            var steadyRate = parse.GetValue(rate);
            var steadyDuration = parse.GetValue(duration);
            Console.Error.WriteLine($"Steady: {steadyRate} articles/s for {steadyDuration.TotalSeconds:0} s...");
            memory?.MarkSteadyStart();
            var steady = await load.RunSteadyAsync(articles, steadyRate, steadyDuration, runId, TimeSpan.FromMinutes(2), Progress((int)(steadyRate * steadyDuration.TotalSeconds)), cancellationToken).ConfigureAwait(false);
            Console.Error.WriteLine();

            List<double> rss = [];
            if (memory is not null)
            {
                await memory.DisposeAsync().ConfigureAwait(false);
                rss = memory.Samples;
            }

            var result = new BenchResult
            {
                Machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
                StartedAt = DateTimeOffset.UtcNow,
                MessageBytes = hopBytes,
                MessageBytesSource = hopBytesSource,
                HopBytes = hopSizes.Count == 0 ? null : HopSizeProbe.HopExchanges.Zip(hopSizes).ToDictionary(h => h.First, h => h.Second),
                BrokerMessagesPerSecond = brokerRate,
                BurstArticles = burstCount,
                BurstInFlight = window,
                BurstStored = burst.Stored,
                PipelineArticlesPerSecond = burst.PerSecond,
                HopsPerArticle = Hops,
                PipelineShareOfBroker = brokerRate is { } b ? burst.PerSecond * Hops / b : null,
                OutputMessagesPerArticle = outputsPerArticle,
                PatternArticlesPerSecond = patternRate,
                PatternShareOfBroker = brokerRate is { } b3 && patternRate is { } p ? p * Hops / b3 : null,
                PatternCpuPerArticleMs = patternCpu,
                PipelineMessagesShareOfBroker = brokerRate is { } b2 ? burst.PerSecond * (Hops + outputsPerArticle) / b2 : null,
                BurstLatency = burst.Latency,
                BaselineCpuPerMessageMs = baselineCpu,
                BurstCpuPerArticleMs = burstCpu,
                SteadyRate = steadyRate,
                SteadySeconds = steadyDuration.TotalSeconds,
                SteadyPublished = steady.Published,
                SteadyStored = steady.Stored,
                SteadyLatency = steady.Latency,
                WorkerRssMiB = rss.Count == 0 ? null : new RssSummary(rss[0], rss.Min(), rss.Max(), rss[^1]),
                SteadyWorkerRssMiB = memory is null || rss.Count <= memory.SteadyStart ? null : Summary(rss.Skip(memory.SteadyStart).ToList()),
                SteadyWorkerRssAfterFirstMinuteMiB = memory is null || rss.Count <= memory.SteadyStart + SettleSamples ? null : Summary(rss.Skip(memory.SteadyStart + SettleSamples).ToList()),
                WorkerRssSamplesMiB = [.. rss.Select(x => Math.Round(x, 1))],
                SteadyStartSample = memory?.SteadyStart,
            };

            PrintTable(result);
            var json = JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });
            await File.WriteAllTextAsync(parse.GetValue(output)!, json, cancellationToken).ConfigureAwait(false);
            return burst.Stored == Math.Max(0, burstCount) && steady.Stored == steady.Published ? 0 : 1;
        });
        return command;
    }

    private static string InFlightText(int inFlight) => inFlight > 0 ? $"at most {inFlight} in flight" : "no in-flight limit";

    private static RssSummary Summary(List<double> samples) => new(samples[0], samples.Min(), samples.Max(), samples[^1]);

    private static Progress<int> Progress(int total)
    {
        var bar = new ProgressBar(total, Console.Error);
        return new Progress<int>(bar.Report);
    }

    private static void PrintTable(BenchResult r)
    {
        string F(double? v, string format = "0.0") => v is { } x && !double.IsNaN(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "-";
        Console.WriteLine($"machine                          {r.Machine}");
        Console.WriteLine($"message size (article hop)       {r.MessageBytes} bytes ({r.MessageBytesSource})");
        if (r.HopBytes is { Count: > 0 } hops)
        {
            Console.WriteLine($"hop messages measured (bytes)    {string.Join(" / ", hops.Values)} (submitted → store)");
        }

        Console.WriteLine($"broker baseline                  {F(r.BrokerMessagesPerSecond, "0")} msg/s (RabbitMQ.Client, durable queue, persistent, confirms)");
        if (r.PatternArticlesPerSecond is { } pattern)
        {
            Console.WriteLine($"message pattern, no work         {F(pattern)} articles/s (raw client: {r.HopsPerArticle} hops + outputs, same sizes and topology)");
            Console.WriteLine($"pattern × {r.HopsPerArticle} hops / baseline        {F(r.PatternShareOfBroker, "0.00")}");
            if (r.PatternCpuPerArticleMs is { } pc && pc.Broker is not null)
            {
                Console.WriteLine($"pattern CPU per article          broker {F(pc.Broker, "0.00")} ms, client {F(pc.Bench, "0.00")} ms");
            }
        }

        Console.WriteLine($"pipeline burst                   {F(r.PipelineArticlesPerSecond)} articles/s ({r.BurstStored}/{r.BurstArticles} stored, {InFlightText(r.BurstInFlight)})");
        Console.WriteLine($"pipeline × {r.HopsPerArticle} hops / baseline       {F(r.PipelineShareOfBroker, "0.00")}");
        Console.WriteLine($"output messages per article      {F(r.OutputMessagesPerArticle, "0.0")} (ArticleProcessed, EventExtracted, FigureExtracted)");
        Console.WriteLine($"pipeline × all messages / base   {F(r.PipelineMessagesShareOfBroker, "0.00")} ({r.HopsPerArticle} hops + outputs per article)");
        if (r.BaselineCpuPerMessageMs is { Broker: { } perMessage })
        {
            Console.WriteLine($"baseline CPU per message         broker {F(perMessage, "0.000")} ms");
        }

        if (r.BurstCpuPerArticleMs is { } c && (c.Worker ?? c.Broker) is not null)
        {
            Console.WriteLine($"burst CPU per article            worker {F(c.Worker, "0.00")} ms, broker {F(c.Broker, "0.00")} ms, bench {F(c.Bench, "0.00")} ms");
        }

        if (r.BaselineCpuPerMessageMs?.Broker is { } bm && r.BurstCpuPerArticleMs?.Broker is { } ba && bm > 0)
        {
            Console.WriteLine($"broker work per article          {F(ba / bm, "0.0")} baseline messages ({r.HopsPerArticle} hops + {F(r.OutputMessagesPerArticle, "0.0")} outputs sent)");
        }

        Console.WriteLine($"burst latency p50/p95/p99        {F(r.BurstLatency.P50, "0")} / {F(r.BurstLatency.P95, "0")} / {F(r.BurstLatency.P99, "0")} ms");
        Console.WriteLine($"steady {F(r.SteadyRate, "0")}/s for {F(r.SteadySeconds, "0")} s p50/p95/p99  {F(r.SteadyLatency.P50, "0")} / {F(r.SteadyLatency.P95, "0")} / {F(r.SteadyLatency.P99, "0")} ms ({r.SteadyStored}/{r.SteadyPublished} stored)");
        if (r.WorkerRssMiB is { } m)
        {
            Console.WriteLine($"worker RSS first/min/max/last    {F(m.First, "0")} / {F(m.Min, "0")} / {F(m.Max, "0")} / {F(m.Last, "0")} MiB");
        }

        if (r.SteadyWorkerRssMiB is { } st)
        {
            Console.WriteLine($"steady-phase RSS first/min/max/last {F(st.First, "0")} / {F(st.Min, "0")} / {F(st.Max, "0")} / {F(st.Last, "0")} MiB (max/min {F(st.Max / st.Min, "0.00")})");
        }

        if (r.SteadyWorkerRssAfterFirstMinuteMiB is { } late)
        {
            Console.WriteLine($"  from its first minute on       {F(late.First, "0")} / {F(late.Min, "0")} / {F(late.Max, "0")} / {F(late.Last, "0")} MiB (max/min {F(late.Max / late.Min, "0.00")})");
        }
    }
}

using System.Collections.Concurrent;
using Ingest.Contracts;
using Ingest.Pipeline.Hosting;
using Ingest.Pipeline.Options;
using Ingest.Pipeline.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ingest.IntegrationTests.Infrastructure;

/// <summary>
/// A worker (all stages, in process) on its own database and virtual host, plus a subscriber bus that records
/// every public output, as a downstream service in another codebase would.
/// </summary>
public sealed class PipelineUnderTest : IAsyncDisposable
{
    private readonly TestServers _servers;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly Dictionary<string, string?> _settings;
    private IHost? _host;
    private IBusControl? _subscriber;

    private PipelineUnderTest(TestServers servers, string connectionString, string vhost, Dictionary<string, string?> settings, Action<IServiceCollection>? configureServices)
    {
        _servers = servers;
        ConnectionString = connectionString;
        VirtualHost = vhost;
        _settings = settings;
        _configureServices = configureServices;
    }

    public string ConnectionString { get; }

    private static LogLevel TestLogLevel =>
        Enum.TryParse<LogLevel>(System.Environment.GetEnvironmentVariable("INGEST_TEST_LOG_LEVEL"), ignoreCase: true, out var level) ? level : LogLevel.Warning;

    public string VirtualHost { get; }

    public ConcurrentQueue<ArticleProcessed> Processed { get; } = new();

    public ConcurrentQueue<EventExtracted> Events { get; } = new();

    public ConcurrentQueue<FigureExtracted> Figures { get; } = new();

    public ConcurrentQueue<ArticleRejected> Rejected { get; } = new();

    public IBus Publisher => _subscriber ?? throw new InvalidOperationException("Not started.");

    public RabbitMqOptions RabbitMq => new()
    {
        Host = _servers.Amqp.Host,
        Port = _servers.Amqp.Port,
        VirtualHost = VirtualHost,
        Username = _servers.RabbitUser,
        Password = _servers.RabbitPassword,
        Heartbeat = TimeSpan.FromSeconds(5),
    };

    public static async Task<PipelineUnderTest> StartAsync(
        TestServers servers,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        bool inProcessWorker = true)
    {
        var connectionString = await servers.CreateDatabaseAsync();
        var vhost = await servers.CreateVirtualHostAsync();
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Ingest"] = connectionString,
            ["RabbitMq:Host"] = servers.Amqp.Host,
            ["RabbitMq:Port"] = servers.Amqp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = vhost,
            ["RabbitMq:Username"] = servers.RabbitUser,
            ["RabbitMq:Password"] = servers.RabbitPassword,
            ["RabbitMq:Heartbeat"] = "00:00:05",
            ["Ingest:Retry:TransientMinInterval"] = "00:00:00.200",
            ["Ingest:Retry:TransientMaxInterval"] = "00:00:03",
            ["Ingest:Retry:TransientLimit"] = "30",
            ["Ingest:Retry:ImmediateLimit"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var pipeline = new PipelineUnderTest(servers, connectionString, vhost, all, configureServices);
        if (inProcessWorker)
        {
            await pipeline.StartWorkerAsync();
        }

        await pipeline.StartSubscriberAsync();
        return pipeline;
    }

    public async Task StartWorkerAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(_settings);
        // The in-process worker writes to the test output: Warning and up by default, so a failure's cause shows
        // without the tens of thousands of per-article Information lines of the load test (which also cost CPU).
        // INGEST_TEST_LOG_LEVEL=Information brings them back.
        builder.Logging.SetMinimumLevel(TestLogLevel);

        // EF Core logs as an error its first look at a new database's empty migrations history, which is expected.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
        builder.Services.AddIngestPipeline(builder.Configuration);
        _configureServices?.Invoke(builder.Services);
        _host = builder.Build();
        await _host.StartAsync();

        // MassTransit starts the bus in the background: wait until every receive endpoint is up (its queue bound to
        // its message type's exchange), so that a test publishing raw to that exchange right away has a binding to
        // land on (a publish before it declared the exchange failed with NOT_FOUND).
        await _host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromMinutes(1));
    }

    /// <summary>Restarts the in-process worker with some settings changed (e.g. a fix deployed).</summary>
    public async Task RestartWorkerAsync(IDictionary<string, string?> changes)
    {
        await StopWorkerAsync();
        foreach (var (key, value) in changes)
        {
            _settings[key] = value;
        }

        await StartWorkerAsync();
    }

    /// <summary>The settings of this pipeline as environment variables, for a worker or CLI in another process.</summary>
    public IReadOnlyDictionary<string, string?> Environment =>
        _settings.ToDictionary(kv => kv.Key.Replace(":", "__", StringComparison.Ordinal), kv => kv.Value);

    public async Task StopWorkerAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }

    private async Task StartSubscriberAsync()
    {
        _subscriber = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.ConfigureHost(RabbitMq);
            cfg.ReceiveEndpoint("test-subscriber", e =>
            {
                e.Handler<ArticleProcessed>(c => { Processed.Enqueue(c.Message); return Task.CompletedTask; });
                e.Handler<EventExtracted>(c => { Events.Enqueue(c.Message); return Task.CompletedTask; });
                e.Handler<FigureExtracted>(c => { Figures.Enqueue(c.Message); return Task.CompletedTask; });
                e.Handler<ArticleRejected>(c => { Rejected.Enqueue(c.Message); return Task.CompletedTask; });
            });
        });
        await _subscriber.StartAsync();
    }

    /// <summary>
    /// A context for the test's own checks. Unpooled, so it never shares the worker's pool: after a database restart
    /// that pool holds dead connections, which the worker must survive by itself (its retries) and the checks must
    /// not trip over.
    /// </summary>
    public IngestDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<IngestDbContext>();
        IngestDatabase.Configure(builder, new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        return new IngestDbContext(builder.Options);
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing with <paramref name="what"/> after the timeout.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscriber is not null)
        {
            await _subscriber.StopAsync();
        }

        await StopWorkerAsync();
        await _servers.DeleteVirtualHostAsync(VirtualHost);
    }
}

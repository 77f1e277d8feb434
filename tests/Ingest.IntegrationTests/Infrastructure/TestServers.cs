using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace Ingest.IntegrationTests.Infrastructure;

/// <summary>
/// The real PostgreSQL and RabbitMQ the integration tests run against. The test command
/// (<c>deploy/scripts/test.sh</c>) starts both on loopback and passes them in <c>INGEST_TEST_POSTGRES</c>,
/// <c>INGEST_TEST_RABBITMQ</c> and <c>INGEST_TEST_RABBITMQ_MANAGEMENT</c>; without those, Testcontainers starts
/// them where a Docker endpoint is reachable. Every test gets its own database and its own virtual host, so tests
/// never see each other's messages or rows.
/// </summary>
public sealed class TestServers : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TestServers? _shared;

    private readonly PostgreSqlContainer? _postgres;
    private readonly RabbitMqContainer? _rabbit;
    private readonly HttpClient _management;

    private TestServers(string postgres, Uri amqp, Uri management, string? serversScript, PostgreSqlContainer? pg, RabbitMqContainer? rabbit)
    {
        PostgresConnectionString = postgres;
        Amqp = amqp;
        Management = management;
        ServersScript = serversScript;
        _postgres = pg;
        _rabbit = rabbit;
        var userInfo = amqp.UserInfo.Split(':');
        RabbitUser = Uri.UnescapeDataString(userInfo[0]);
        RabbitPassword = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : string.Empty;
        _management = new HttpClient { BaseAddress = management, Timeout = TimeSpan.FromSeconds(30) };
        _management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RabbitUser}:{RabbitPassword}")));
    }

    public string PostgresConnectionString { get; }

    public Uri Amqp { get; }

    public Uri Management { get; }

    public string RabbitUser { get; }

    public string RabbitPassword { get; }

    /// <summary>deploy/scripts/servers.sh when the test command started the servers: fault tests stop and start them with it.</summary>
    public string? ServersScript { get; }

    public static async Task<TestServers> GetAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return _shared ??= await StartAsync().ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<TestServers> StartAsync()
    {
        var pg = Environment.GetEnvironmentVariable("INGEST_TEST_POSTGRES");
        var amqp = Environment.GetEnvironmentVariable("INGEST_TEST_RABBITMQ");
        var management = Environment.GetEnvironmentVariable("INGEST_TEST_RABBITMQ_MANAGEMENT");
        if (!string.IsNullOrEmpty(pg) && !string.IsNullOrEmpty(amqp) && !string.IsNullOrEmpty(management))
        {
            return new TestServers(pg, new Uri(amqp), new Uri(management), Environment.GetEnvironmentVariable("INGEST_SERVERS_SCRIPT"), null, null);
        }

        try
        {
            var postgres = new PostgreSqlBuilder("postgres:15").Build();
            var rabbit = new RabbitMqBuilder("rabbitmq:3.13-management").WithPortBinding(15672, true).Build();
            await Task.WhenAll(postgres.StartAsync(), rabbit.StartAsync()).ConfigureAwait(false);
            var managementUri = new Uri($"http://{rabbit.Hostname}:{rabbit.GetMappedPublicPort(15672)}/");
            return new TestServers(postgres.GetConnectionString(), new Uri(rabbit.GetConnectionString()), managementUri, null, postgres, rabbit);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                "The integration tests need PostgreSQL and RabbitMQ: run them with deploy/scripts/test.sh (which starts both on loopback " +
                "and sets INGEST_TEST_POSTGRES, INGEST_TEST_RABBITMQ and INGEST_TEST_RABBITMQ_MANAGEMENT), or where a Docker endpoint is reachable.", e);
        }
    }

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "ingest_t_" + Guid.NewGuid().ToString("N")[..12];
        // Unpooled: the fault tests restart PostgreSQL, which leaves pooled connections dead.
        var admin = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Pooling = false }.ConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Creates a RabbitMQ virtual host for one test, with full permissions for the test user.</summary>
    public async Task<string> CreateVirtualHostAsync()
    {
        var vhost = "ingest-t-" + Guid.NewGuid().ToString("N")[..12];
        (await _management.PutAsync($"api/vhosts/{vhost}", new StringContent("{}", Encoding.UTF8, "application/json")).ConfigureAwait(false)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await _management.PutAsync($"api/permissions/{vhost}/{Uri.EscapeDataString(RabbitUser)}", permissions).ConfigureAwait(false)).EnsureSuccessStatusCode();
        return vhost;
    }

    public async Task DeleteVirtualHostAsync(string vhost) =>
        await _management.DeleteAsync($"api/vhosts/{vhost}").ConfigureAwait(false);

    /// <summary>Runs <c>servers.sh</c> with a subcommand (stop-postgres, start-postgres, stop-rabbitmq, start-rabbitmq).</summary>
    public async Task RunServersScriptAsync(string subcommand)
    {
        if (ServersScript is null)
        {
            throw new InvalidOperationException("Fault tests need INGEST_SERVERS_SCRIPT (set by deploy/scripts/test.sh).");
        }

        using var process = Process.Start(new ProcessStartInfo("bash", [ServersScript, subcommand]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"servers.sh {subcommand} failed ({process.ExitCode}): {await output.ConfigureAwait(false)} {await error.ConfigureAwait(false)}");
        }
    }

    /// <summary>Takes PostgreSQL away: stopped by the servers script, or the container paused (its port stays the same).</summary>
    public Task StopPostgresAsync() => _postgres is null ? RunServersScriptAsync("stop-postgres") : _postgres.PauseAsync();

    public Task StartPostgresAsync() => _postgres is null ? RunServersScriptAsync("start-postgres") : _postgres.UnpauseAsync();

    /// <summary>Takes RabbitMQ away: stopped by the servers script, or the container paused.</summary>
    public Task StopRabbitMqAsync() => _rabbit is null ? RunServersScriptAsync("stop-rabbitmq") : _rabbit.PauseAsync();

    public Task StartRabbitMqAsync() => _rabbit is null ? RunServersScriptAsync("start-rabbitmq") : _rabbit.UnpauseAsync();

    public async ValueTask DisposeAsync()
    {
        _management.Dispose();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync().ConfigureAwait(false);
        }

        if (_rabbit is not null)
        {
            await _rabbit.DisposeAsync().ConfigureAwait(false);
        }
    }
}

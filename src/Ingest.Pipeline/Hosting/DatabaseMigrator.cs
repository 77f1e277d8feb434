using System.Diagnostics;
using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Options;
using Ingest.Pipeline.Persistence;
using Ingest.Pipeline.Stages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Hosting;

/// <summary>
/// Applies pending migrations when the worker starts (<c>Ingest:MigrateOnStart</c>), before the bus starts
/// consuming. The database may still be starting (compose, Kubernetes), so transient failures are retried for a
/// minute before start-up fails. EF Core takes a migration lock, so replicas starting together are safe.
/// </summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<IngestOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IngestDbContext>();
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                PipelineLog.MigrationsApplied(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return;
            }
            catch (Exception e) when (TransientFailures.IsTransient(e) && Stopwatch.GetElapsedTime(started) < Patience)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

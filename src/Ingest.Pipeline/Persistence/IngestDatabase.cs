using Microsoft.EntityFrameworkCore;

namespace Ingest.Pipeline.Persistence;

/// <summary>One place that configures the context the same way for the worker, the CLI, the tests and the design-time tools.</summary>
public static class IngestDatabase
{
    public const string ConnectionStringName = "Ingest";

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}

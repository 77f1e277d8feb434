using Ingest.Pipeline.Options;
using Ingest.Pipeline.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Ingest.Cli;

/// <summary>
/// The CLI reads the same keys as the worker: appsettings.json next to the binary (loopback defaults), then
/// environment variables (<c>ConnectionStrings__Ingest</c>, <c>RabbitMq__Host</c>...), which win.
/// </summary>
internal static class CliConfiguration
{
    public static IConfiguration Build() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    public static RabbitMqOptions RabbitMq(IConfiguration configuration) =>
        configuration.GetSection(RabbitMqOptions.SectionName).Get<RabbitMqOptions>() ?? new RabbitMqOptions();

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(IngestDatabase.ConnectionStringName)
        ?? throw new InvalidOperationException("ConnectionStrings:Ingest is not set (environment: ConnectionStrings__Ingest).");

    public static IngestDbContext CreateDbContext(IConfiguration configuration)
    {
        var builder = new DbContextOptionsBuilder<IngestDbContext>();
        IngestDatabase.Configure(builder, ConnectionString(configuration));
        return new IngestDbContext(builder.Options);
    }
}

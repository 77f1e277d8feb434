using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Hosting;
using Ingest.Pipeline.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using Serilog;
using Serilog.Formatting.Compact;

// The worker is wiring only: every behaviour lives in Ingest.Pipeline and Ingest.TextAnalysis.
// Content root is the binary's folder, so appsettings.json is found whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddSerilog((services, logger) =>
{
    logger.ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .Enrich.WithProperty("Application", "ingest-worker");

    // Compact JSON for machines by default; a readable template when developing.
    if (builder.Environment.IsDevelopment())
    {
        logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture, outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Stage} {ArticleId} {Message:lj}{NewLine}{Exception}");
    }
    else
    {
        logger.WriteTo.Console(new RenderedCompactJsonFormatter());
    }
});

builder.Services.AddIngestPipeline(builder.Configuration);

builder.Services.AddHealthChecks()
    .AddDbContextCheck<IngestDbContext>("postgresql", tags: ["ready"]);

builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics
        .AddMeter(PipelineMetrics.MeterName)
        .AddMeter("MassTransit")
        .AddRuntimeInstrumentation()
        .AddPrometheusExporter());

var app = builder.Build();

// Live: the process answers. Ready: PostgreSQL reachable and the bus started (MassTransit tags its check "ready").
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapPrometheusScrapingEndpoint("/metrics");

await app.RunAsync();

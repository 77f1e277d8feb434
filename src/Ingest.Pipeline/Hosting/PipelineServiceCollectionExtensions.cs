using Ingest.Pipeline.Diagnostics;
using Ingest.Pipeline.Entities;
using Ingest.Pipeline.Events;
using Ingest.Pipeline.Figures;
using Ingest.Pipeline.Normalize;
using Ingest.Pipeline.Options;
using Ingest.Pipeline.Persistence;
using Ingest.Pipeline.Stages;
using Ingest.Pipeline.Store;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Hosting;

/// <summary>Registers the pipeline: options, persistence, and MassTransit with the stages this process runs.</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>Options, the database context and the stores, without the bus (the CLI uses these alone).</summary>
    public static IServiceCollection AddIngestPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>();
        services.AddOptions<RabbitMqOptions>().Bind(configuration.GetSection(RabbitMqOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<PipelineMetrics>();

        var connectionString = configuration.GetConnectionString(IngestDatabase.ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{IngestDatabase.ConnectionStringName} is not set (environment: ConnectionStrings__{IngestDatabase.ConnectionStringName}).");
        services.AddDbContextPool<IngestDbContext>(options => IngestDatabase.Configure(options, connectionString));
        services.AddScoped<IRejectionRecorder, RejectionWriter>();
        services.AddScoped<IArticleStore, ArticleStore>();
        return services;
    }

    /// <summary>The whole worker side: persistence, start-up migration, and the bus with the configured stages.</summary>
    public static IServiceCollection AddIngestPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIngestPersistence(configuration);
        services.AddHostedService<DatabaseMigrator>();

        var ingest = configuration.GetSection(IngestOptions.SectionName).Get<IngestOptions>() ?? new IngestOptions();
        services.AddSingleton<ReceiveFaultObserver>();
        services.AddMassTransit(bus =>
        {
            if (ingest.Runs(StageNames.Normalize))
            {
                bus.AddConsumer<NormalizeArticleConsumer, NormalizeArticleConsumerDefinition>();
            }

            if (ingest.Runs(StageNames.Entities))
            {
                bus.AddConsumer<ExtractEntitiesConsumer, ExtractEntitiesConsumerDefinition>();
            }

            if (ingest.Runs(StageNames.Figures))
            {
                bus.AddConsumer<ExtractFiguresConsumer, ExtractFiguresConsumerDefinition>();
            }

            if (ingest.Runs(StageNames.Events))
            {
                bus.AddConsumer<ExtractEventsConsumer, ExtractEventsConsumerDefinition>();
            }

            if (ingest.Runs(StageNames.Store))
            {
                bus.AddConsumer<StoreArticlesConsumer, StoreArticlesConsumerDefinition>();
            }

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.ConfigureHost(context.GetRequiredService<IOptions<RabbitMqOptions>>().Value);
                ConfigureBus(rabbit, context);
            });
        });

        return services;
    }

    /// <summary>What every pipeline bus has, whatever the transport: per-message log scopes, fault counting, the stage endpoints.</summary>
    public static void ConfigureBus<TEndpoint>(IBusFactoryConfigurator<TEndpoint> bus, IBusRegistrationContext context)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        bus.UseConsumeFilter(typeof(LogScopeFilter<>), context);
        if (context.GetRequiredService<IOptions<IngestOptions>>().Value.FaultInjection.Enabled)
        {
            bus.UseConsumeFilter(typeof(FaultInjectionFilter<>), context);
        }

        bus.ConnectReceiveObserver(context.GetRequiredService<ReceiveFaultObserver>());
        bus.ConfigureEndpoints(context);
    }
}

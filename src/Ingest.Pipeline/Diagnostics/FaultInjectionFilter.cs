using Ingest.Contracts.Annotations;
using Ingest.Contracts.Stages;
using Ingest.Pipeline.Options;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline.Diagnostics;

/// <summary>
/// Throws on articles carrying the configured poison marker in the configured stage (see
/// <see cref="FaultInjectionOptions"/>). Installed only when fault injection is enabled.
/// </summary>
public sealed class FaultInjectionFilter<T>(IOptions<IngestOptions> options) : IFilter<ConsumeContext<T>>
    where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var injection = options.Value.FaultInjection;
        if (injection.Enabled
            && MessageLogScope.StageOf(context.ReceiveContext.InputAddress) == injection.Stage
            && BodyOf(context.Message) is { } body
            && body.Contains(injection.PoisonMarker!, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Fault injection: the article carries the poison marker configured for stage '{injection.Stage}'.");
        }

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("faultInjection");

    private static string? BodyOf(object message) => message switch
    {
        ArticleNormalized m => m.Article.Body,
        ArticleEntitiesExtracted m => m.Article.Body,
        ArticleFiguresExtracted m => m.Article.Body,
        ArticleAnalyzed m => m.Article.Body,
        ArticleContent m => m.Body,
        _ => null,
    };
}

namespace Ingest.Pipeline.Stages;

/// <summary>The stages, as named in configuration (<c>Ingest:Stages</c>), logs, metrics and queue names.</summary>
public static class StageNames
{
    public const string Normalize = "normalize";
    public const string Entities = "entities";
    public const string Figures = "figures";
    public const string Events = "events";
    public const string Store = "store";

    public static IReadOnlyList<string> All { get; } = [Normalize, Entities, Figures, Events, Store];

    /// <summary>The queue a stage consumes from: "ingest-normalize"; its error queue is "ingest-normalize_error".</summary>
    public static string QueueName(string stage) => "ingest-" + stage;
}

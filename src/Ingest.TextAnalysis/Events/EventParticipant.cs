namespace Ingest.TextAnalysis.Events;

/// <summary>An entity taking part in an event, by its article-local id.</summary>
public readonly record struct EventParticipant(string EntityId, EventRole Role);

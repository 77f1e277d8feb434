namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// An entity of one article, once: its canonical English name, the ISO 3166-1 alpha-2 country where one applies,
/// and every mention. <see cref="Id"/> ("e1", "e2"...) is local to the article and stable for the same text.
/// </summary>
public sealed record Entity(string Id, EntityType Type, string Name, string? Country, IReadOnlyList<Mention> Mentions);

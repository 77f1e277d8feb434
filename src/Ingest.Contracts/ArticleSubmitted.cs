using MassTransit;

namespace Ingest.Contracts;

/// <summary>
/// The public input: one news article put on the bus by a publisher. Only <see cref="ArticleId"/> and
/// <see cref="Body"/> are required, and the normalize stage checks both: a message missing either is rejected with a
/// reason (<see cref="ArticleRejected"/>) rather than failing deserialization, so nothing is lost silently.
/// </summary>
[MessageUrn("ingest:article-submitted:v1")]
[EntityName("ingest.article-submitted")]
public sealed record ArticleSubmitted
{
    /// <summary>The publisher's own id for the article; the key for replacement and de-duplication.</summary>
    public string? ArticleId { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>ISO 639-1 code ("ar", "en", "fr"); detected when absent.</summary>
    public string? Language { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    /// <summary>When the article was published; relative dates resolve against it, else against the time received.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}

namespace Ingest.Contracts.Annotations;

/// <summary>The validated article as it travels between stages.</summary>
public sealed record ArticleContent
{
    public required string ArticleId { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public required string Body { get; init; }

    /// <summary>The detected or declared language: "ar", "en" or "fr".</summary>
    public required string Language { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the normalize stage received the article: the reference for relative dates without <see cref="PublishedAt"/>.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>SHA-256 of title and body (hex): tells a re-submitted article with changed content from a redelivery.</summary>
    public required string ContentHash { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>When the article entered the pipeline; latency is measured from here to stored.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }
}

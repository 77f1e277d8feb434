using Ingest.Contracts.Annotations;

namespace Ingest.Pipeline.Mapping;

/// <summary>The date relative expressions ("yesterday", "يوم الأربعاء") resolve against.</summary>
public static class ReferenceDates
{
    /// <summary>The publication date when the publisher gave one, else the day the pipeline received the article.</summary>
    public static DateOnly For(ArticleContent article) =>
        DateOnly.FromDateTime((article.PublishedAt ?? article.ReceivedAt).UtcDateTime);
}

using Ingest.Contracts;

namespace Ingest.IntegrationTests.Infrastructure;

/// <summary>The project's own sample articles (deploy/samples, copied next to the tests).</summary>
public static class Samples
{
    public static string ArabicChinaRussia => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "ar-china-russia-2023-05-24.txt"));

    public static ArticleSubmitted ArabicArticle(string id) => new()
    {
        ArticleId = id,
        Source = "ingest-samples",
        Url = "https://example.org/ar/china-russia",
        Body = ArabicChinaRussia,
        PublishedAt = new DateTimeOffset(2023, 5, 24, 12, 0, 0, TimeSpan.Zero),
    };
}

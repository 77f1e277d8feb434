using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Tests;

/// <summary>The seed article (deploy/samples, copied to the test output) and its analysis, shared by the seed tests.</summary>
internal static class SeedArticle
{
    public static readonly DateOnly Reference = new(2023, 5, 24);

    public static string Body => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "ar-china-russia-2023-05-24.txt"));

    public static AnalysisDocument Document() => AnalysisDocument.Create(Body, "ar", Reference);

    public static Entity Find(IReadOnlyList<Entity> entities, EntityType type, string mention) =>
        entities.Single(e => e.Type == type && e.Mentions.Any(m => m.Text == mention));
}

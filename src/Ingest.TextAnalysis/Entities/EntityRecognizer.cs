namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// Finds the people, organizations and places of an article, each once with every mention (see
/// <see cref="EntityScanner"/> for the rules and Data/Entities for the tables they read).
/// </summary>
public static class EntityRecognizer
{
    public static IReadOnlyList<Entity> Recognize(AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new EntityScanner(new DocumentView(document)).Run();
    }
}

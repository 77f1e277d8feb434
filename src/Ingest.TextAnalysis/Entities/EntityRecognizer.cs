namespace Ingest.TextAnalysis.Entities;

// PLACEHOLDER(in progress): replaced by the Entities work in this session.
public static class EntityRecognizer
{
    public static IReadOnlyList<Entity> Recognize(AnalysisDocument document) => [];
}

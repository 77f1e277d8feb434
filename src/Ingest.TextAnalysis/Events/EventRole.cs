namespace Ingest.TextAnalysis.Events;

public enum EventRole : byte
{
    /// <summary>Who acts.</summary>
    Source,

    /// <summary>Who is acted upon.</summary>
    Target,
}

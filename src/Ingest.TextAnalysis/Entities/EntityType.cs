namespace Ingest.TextAnalysis.Entities;

public enum EntityType : byte
{
    Person,
    Organization,

    /// <summary>Countries, cities, regions and named places.</summary>
    Location,
}

namespace Ingest.TextAnalysis.Entities;

/// <summary>What a lexicon entry is: an entity name, or a word that the entity rules read as a clue.</summary>
internal enum LexKind : byte
{
    Location,
    Organization,
    Person,
    Nationality,
    Title,
    Counterpart,
    Modifier,
    Postposed,
    OrgHeadConstruct,
    OrgHeadDefinite,
    OrgHeadLatin,
    Portfolio,
    Stop,
    FirstName,
}

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// One surface form of a lexicon entry, as token keys. <see cref="Key"/> identifies the entity across its variants
/// (all spellings of China share "C:CN"); <see cref="Name"/> is the English canonical name or, for clue words, the
/// English gloss. <see cref="ExactCase"/> marks abbreviations that only match in capitals ("IMF", not "imf").
/// </summary>
internal sealed record LexEntry(LexKind Kind, string Key, string Name, string? Country, string[] Tokens, bool ExactCase, bool LowerInitial)
{
    public bool IsEntity => Kind is LexKind.Location or LexKind.Organization or LexKind.Person;
}

namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// One mention found by a rule, before mentions are grouped into entities: token range, folded character range
/// (which may start after a proclitic), the entity key that groups mentions, and what the rule knows about it.
/// </summary>
internal sealed record EntityCandidate(int FirstToken, int EndToken, int Start, int End, EntityType Type, string Key, string Name, string? Country)
{
    /// <summary>A title-and-country clue seen with a person ("الرئيس" + CN), for resolving later bare titles.</summary>
    public string? TitleKey { get; init; }

    /// <summary>The mention follows a preposition lam that absorbed the article's alef ("للجمارك"): its text restores the article.</summary>
    public bool ElidedArticle { get; init; }
}

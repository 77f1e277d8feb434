namespace Ingest.TextAnalysis.Entities;

/// <summary>
/// Which entity each token belongs to, so that the quote and event rules can read "the entity after the verb" in
/// token order. Built from the entities' mention spans (original offsets) against the tokens' original spans.
/// </summary>
internal sealed class EntityIndex
{
    private readonly Entity?[] _byToken;

    public EntityIndex(DocumentView view, IReadOnlyList<Entity> entities)
    {
        View = view;
        Entities = entities;
        _byToken = new Entity?[view.Count];
        TokenSpans = new TextSpan[view.Count];
        var mentions = entities.SelectMany(e => e.Mentions.Select(m => (m.Span, Entity: e))).OrderBy(m => m.Span.Start).ToArray();
        MentionsInOrder = mentions;
        var k = 0;
        for (var i = 0; i < view.Count; i++)
        {
            var span = view.Document.ToOriginal(view.Tokens[i].Start, view.Tokens[i].End);
            TokenSpans[i] = span;
            while (k < mentions.Length && mentions[k].Span.End <= span.Start)
            {
                k++;
            }

            if (k < mentions.Length && mentions[k].Span.Start < span.End)
            {
                _byToken[i] = mentions[k].Entity;
            }
        }
    }

    public DocumentView View { get; }

    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every mention with its entity, by position.</summary>
    public (TextSpan Span, Entity Entity)[] MentionsInOrder { get; }

    /// <summary>Each token's span in the original text.</summary>
    public TextSpan[] TokenSpans { get; }

    /// <summary>The first token whose original span ends after <paramref name="originalOffset"/>.</summary>
    public int TokenAtOriginal(int originalOffset)
    {
        int lo = 0, hi = TokenSpans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (TokenSpans[mid].End <= originalOffset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public Entity? At(int token) => token >= 0 && token < _byToken.Length ? _byToken[token] : null;

    /// <summary>
    /// The first entity (of <paramref name="type"/>, when given) named in the sentence of token <paramref name="before"/>
    /// and before it, outside the tokens <paramref name="inside"/> marks (quotations) when given; else null.
    /// </summary>
    public Entity? FirstInSentenceBefore(int before, bool[]? inside, EntityType? type = null)
    {
        for (var t = View.SentenceStart(before); t < before; t++)
        {
            if (!(inside?[t] ?? false) && At(t) is { } e && (type is null || e.Type == type))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The index after the mention that covers <paramref name="token"/>.</summary>
    public int EndOf(int token)
    {
        var e = At(token);
        var j = token;
        while (j < _byToken.Length && ReferenceEquals(_byToken[j], e) && View.SameSentence(token, j))
        {
            j++;
        }

        return j;
    }

    /// <summary>The person last mentioned before an original offset, optionally of one country.</summary>
    public Entity? LastPersonBefore(int originalOffset, string? country = null)
    {
        Entity? found = null;
        foreach (var (span, entity) in MentionsInOrder)
        {
            if (span.Start >= originalOffset)
            {
                break;
            }

            if (entity.Type == EntityType.Person && (country is null || entity.Country == country))
            {
                found = entity;
            }
        }

        return found;
    }
}

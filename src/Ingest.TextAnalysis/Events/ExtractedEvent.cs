namespace Ingest.TextAnalysis.Events;

/// <summary>
/// Who did what to whom, where and when. <see cref="Type"/> is a PLOVER category (or STATEMENT), <see cref="Cameo"/>
/// the matching CAMEO code for users of GDELT-style data. Participants list sources first. <see cref="Evidence"/>
/// keeps every span that told the event (duplicates inside one article are merged).
/// </summary>
public sealed record ExtractedEvent(
    string Id,
    string Type,
    string Mode,
    string? Cameo,
    IReadOnlyList<EventParticipant> Participants,
    string? LocationId,
    DateOnly? Date,
    bool Negated,
    bool Future,
    bool Hypothetical,
    string Trigger,
    TextSpan TriggerSpan,
    string Text,
    TextSpan Span,
    int Sentence,
    IReadOnlyList<TextSpan> Evidence);

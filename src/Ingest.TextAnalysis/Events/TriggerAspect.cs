namespace Ingest.TextAnalysis.Events;

/// <summary>
/// The optional aspect column of Data/Events/triggers.tsv: what else a trigger form needs to be an event. A form has
/// at most one.
/// </summary>
internal enum TriggerAspect
{
    None,

    /// <summary>An Arabic present-tense form: a habit or a stance unless a future marker, a negation or a date makes it an event.</summary>
    Imperfect,

    /// <summary>An Arabic dual verb ("اتفقتا"): its two parties are the pair named before it.</summary>
    Dual,

    /// <summary>An event only with a person as its object ("received X", not "received a letter").</summary>
    PersonObject,

    /// <summary>An English noun event only with its agent written before it ("Israeli strikes"; "nationwide strikes" are none).</summary>
    AgentBefore,

    /// <summary>An event only with a noun of armed attack after it ("شنت غارات"; "شنت حملة انتخابية" is none).</summary>
    ArmedObject,

    /// <summary>
    /// A verb that gives aid only with a noun of aid after it (the "aid" cues): "أرسلت قطر 40 طنا من المساعدات", "sent
    /// aid", "a fourni une aide"; "sent a letter", "قدم استقالته" are none.
    /// </summary>
    AidObject,

    /// <summary>
    /// A central bank's decision on its rate, an event only with a noun of interest rate after it (the "rate" cues):
    /// "kept its benchmark interest rate unchanged", "a décidé de maintenir son taux directeur", "خفض أسعار الفائدة";
    /// "cut jobs", "left the meeting" are none.
    /// </summary>
    RateObject,

    /// <summary>A verb whose object is a topic: its other party comes only after "with"/"avec"/"مع", and without one it is no event.</summary>
    PartnerOnly,

    /// <summary>
    /// A verb that sanctions only with a noun of sanctions after it (the "sanction" cues): "فرضت واشنطن الشهر الماضي
    /// عقوبات على", "imposed tariffs on", "a imposé des droits de douane"; "imposed a curfew", "فرض حظر التجول" are none.
    /// </summary>
    SanctionObject,

    /// <summary>
    /// A verb that eases sanctions only with a noun of sanctions or an embargo after it (the "embargo" cues): "رفعت
    /// واشنطن العقوبات عن", "lifted sanctions on", "a levé l'embargo"; "رفع سعر الفائدة" raises a rate.
    /// </summary>
    LiftedSanctions,

    /// <summary>
    /// A court's verb that sentences only with a penalty after it (the "penalty" cues): "أصدرت المحكمة حكما بالسجن",
    /// "قضت المحكمة بسجن", "a condamné l'ancien ministre à cinq ans de prison"; "a condamné l'attaque" condemns.
    /// </summary>
    Penalty,

    /// <summary>
    /// A verb that summons only with a diplomat after it (the "envoy" cues): "a convoqué l'ambassadeur du Bénin",
    /// "summoned the French envoy", "استدعت الخارجية السفير"; "a convoqué le conseil des ministres" is none.
    /// </summary>
    EnvoyObject,

    /// <summary>
    /// "needs:KIND" in the table: a form that is the event only with a cue of that kind right after it (past a
    /// weekday; in Arabic past the subject after the verb): "rendu" is a visit in "s'est rendu à Paris" and "a rendu
    /// visite", not in "a rendu hommage"; "قطعت" breaks relations in "قطعت مالي العلاقات", not in "قطعت الطريق".
    /// </summary>
    CueAfter,

    /// <summary>
    /// A participle after a comma that continues the act of the clause's subject ("رحب السوداني بالقرار، داعيا القوى
    /// السياسية إلى", "welcomed the deal, urging all sides to", "a dénoncé l'attaque, appelant à"): its actor is that
    /// subject, and the names after it are its targets.
    /// </summary>
    Participle,
}

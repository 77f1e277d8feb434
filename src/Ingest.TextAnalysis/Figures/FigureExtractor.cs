using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Lexicons;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis.Figures;

/// <summary>
/// The figures of an article: money, percentages, quantities and counts (see <see cref="AmountScanner"/>), with the
/// context only a whole article gives: an amount that names no unit takes the running unit of the sentence
/// ("70 مليارا" after dollars, "à 18.000" after dinars, "7.1 مليون" after refugees), a number of casualties takes
/// "person" from its verb, a rise or fall applies when its word governs the figure, and each figure gets the noun
/// phrase before it and the period its sentence names. Years, ordinals, numbers inside names ("G20"), clock times and
/// bare numbers are not figures.
/// </summary>
public static class FigureExtractor
{
    private static readonly PhraseTable<bool> CasualtyVerbs = new(new[]
    {
        "لقوا حتفهم", "لقي حتفه", "قتلوا", "قتلوا", "أصيبوا", "اصيبوا", "جرحوا", "اعتقلوا", "استشهدوا", "ماتوا", "توفوا", "نزحوا",
        "were killed", "died", "were wounded", "were injured", "were arrested", "have died", "wounded", "injured", "killed", "ont été tués", "sont morts", "ont été blessés",
    }.Select(p => new KeyValuePair<string, bool>(p, true)));

    /// <summary>Points at or above this are an index's points, never a change in percentage points.</summary>
    private const decimal MaxPercentagePoints = 100m;

    // Nouns of people that, after "the two"/"les deux", name back the pair just told ("the two leaders").
    private static readonly string[] PairNouns = ["men", "women", "leaders", "officials", "ministers", "presidents", "hommes", "femmes", "dirigeants", "responsables", "ministres", "présidents"];

    // Demonstratives that make a change word point back to a change already told ("this increase", "cette hausse").
    private static readonly string[] Demonstratives = ["this", "that", "these", "cette", "cet", "ce", "ces", "هذه", "هذا", "تلك", "ذلك"];

    // Words before "one dollar" / "un euro" that make it the denominator of an exchange rate.
    private static readonly string[] RateDenominators = ["pour", "per", "for", "against", "contre", "مقابل", "لكل"];

    // Determiners before a number word that make "the two countries" point back to the parties already named.
    private static readonly string[] AnaphoricDeterminers = ["the", "these", "those", "both", "our", "their", "les", "ces", "nos", "leurs", "vos"];

    public static IReadOnlyList<Figure> Extract(AnalysisDocument document, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(dates);
        var excluded = ExcludedByDates(document, dates);
        var amounts = AmountScanner.Scan(document, excluded, expressions: false);
        var v = new TokenView(document.Folded, document.Tokens);
        var figures = new List<Figure>();
        Amount? running = null;
        Amount? measure = null;
        for (var n = 0; n < amounts.Count; n++)
        {
            var a = amounts[n];
            if (a.Ordinal || a.IsFraction)
            {
                continue;
            }

            if (IsVaguePlural(v, a))
            {
                continue; // "thousands of people", "des centaines de manifestants", "آلاف النازحين": no amount stated
            }

            if (AmountScanner.IsNameCode(v, a.NumberStart - 2))
            {
                continue; // "COVID-19 cases", "F-16 jets", "MH-17": the digits end a name, whatever noun follows
            }

            if (a.Kind is null && n + 1 < amounts.Count && SharesUnitWith(v, a, amounts[n + 1]) is { } shared)
            {
                a = shared;
            }
            else if (a.Kind is null)
            {
                a = FromContext(v, a, running, measure)!;
                if (a is null)
                {
                    continue;
                }
            }
            else if (a.Kind == FigureKind.Count && a.HasWords && a.Value == 1 && a.Scale == 1)
            {
                continue; // "أحد المسؤولين", "one person": the article states no figure
            }
            else if (a.Kind == FigureKind.Money && a.HasWords && a.Value == 1 && a.Scale == 1 && v.IsAny(a.Start - 1, RateDenominators)
                && running is { Kind: FigureKind.Money } && running.End == a.Start - 1)
            {
                continue; // "3,4 dinars pour un euro": the unit of an exchange rate right after its amount, not an amount
            }
            else if (a.Kind == FigureKind.Count && a.Unit == "country" && a.HasWords && a.Scale == 1 && a.Value <= 10 && v.IsAny(a.Start - 1, AnaphoricDeterminers))
            {
                // "the two countries", "nos deux pays": a reference back to the states already named, not a figure.
                // People stay counted ("the three soldiers killed" is news).
                continue;
            }
            else if (a.Kind == FigureKind.Count && a.Unit == "person" && a.HasWords && a.Scale == 1 && a.Value == 2 && v.IsAny(a.Start - 1, AnaphoricDeterminers)
                && v.IsAny(a.End - 1, PairNouns))
            {
                // "the two men", "les deux responsables": the pair of people just named, not a count.
                continue;
            }

            // "a reculé de 0,1 point ... à 7,1 %", "تراجع بمقدار نقطتين إلى 5%": points beside a percentage are
            // percentage points; elsewhere ("the index fell 120 points") they are counted as points, and so is an index
            // level beside its percentage change ("بنسبة 0.8% ليغلق عند 12,350 نقطة"): no rate moves by 100 points.
            if (a.Kind == FigureKind.Count && a.Unit == "point" && a.Value < MaxPercentagePoints && amounts.Any(o => o.Kind == FigureKind.Percent && o.Sentence == a.Sentence))
            {
                a = a with { Kind = FigureKind.Percent, Unit = "percentage_point", ScanUnit = "percentage_point" };
            }

            // A conversion in brackets ("(150 euros)") does not change the running unit of the sentence.
            if (!(v.IsPunct(a.Start - 1, '(') && v.IsPunct(a.End, ')')))
            {
                running = a;
                if (a.Kind is FigureKind.Money or FigureKind.Count or FigureKind.Quantity)
                {
                    measure = a;
                }
            }

            figures.Add(ToFigure(document, v, a, dates));
        }

        return figures;
    }

    /// <summary>A bare number becomes a figure only when its context gives it a unit.</summary>
    // The number is plural number words alone ("thousands", "tens of thousands", "عشرات الآلاف"), no digits or count before them.
    private static bool IsVaguePlural(TokenView v, Amount a)
    {
        for (var k = a.NumberStart; k < a.NumberEnd; k++)
        {
            if (!(v.IsWord(k) && (FigureLexicons.VaguePlurals.Contains(v[k]) || v.IsAny(k, "of", "de", "des", "d'"))))
            {
                return false;
            }
        }

        return a.NumberEnd > a.NumberStart;
    }

    /// <summary>
    /// "21 and 22 percent", "445 و315 ميغاواط", "1.5 et 2 milliards d'euros": a bare number joined by a conjunction to
    /// the amount after it takes that amount's unit (and its scale word, when it has none of its own), and so does a
    /// part of a counted whole ("104 of the 156 seats"); else null.
    /// </summary>
    private static Amount? SharesUnitWith(TokenView v, Amount a, Amount next)
    {
        if (next.Kind is null || next.Ordinal || next.Sentence != a.Sentence || next.NumberStart - a.End is < 0 or > 2 || next.Start < a.End)
        {
            return null;
        }

        // ("104 of the 156 seats", "104 des 156 sièges", "104 من أصل 156 مقعدا": a part of a counted whole, in digits.)
        var partitive = a.PlainDigits && next.Kind == FigureKind.Count;
        var conjunctions = 0;
        for (var k = a.End; k < next.NumberStart; k++)
        {
            if (!v.IsAny(k, "and", "et", "or", "ou", "و") && !(partitive && v.IsAny(k, "of", "the", "out", "des", "sur", "من", "أصل", "اصل")))
            {
                return null;
            }

            conjunctions++;
        }

        if (conjunctions == 0)
        {
            return null;
        }

        var scale = a.Scale == 1 && next.Scale > 1 && a.Value < 1000 ? next.Scale : 1;
        return a with
        {
            Kind = next.Kind,
            Unit = next.Unit,
            ScanUnit = next.ScanUnit,
            Value = a.Value * scale,
            Scale = a.Scale * scale,
            CurrencyFamily = next.CurrencyFamily,
        };
    }

    private static Amount? FromContext(TokenView v, Amount a, Amount? running, Amount? measure)
    {
        if (a.PlainDigits && a.Value is >= 1900 and <= 2100 && v[a.NumberStart].Length == 4)
        {
            return null; // a year outside a date expression
        }

        if (v.IsPunct(a.NumberEnd, ':') || v.IsPunct(a.NumberStart - 1, ':') || v.IsWord(a.NumberStart - 1) && v.Adjacent(a.NumberStart - 1, a.NumberStart) && !IsArabicClitic(v[a.NumberStart - 1])
            || v.IsWord(a.NumberEnd) && v.Adjacent(a.NumberEnd - 1, a.NumberEnd) || v.IsPunct(a.NumberStart - 1, '#')
            || v.IsPunct(a.NumberEnd, '-') && v.IsNumber(a.NumberEnd + 1) || a.PlainDigits && v[a.NumberStart].Length > 7)
        {
            return null; // "G20", "Boeing 737-800", clock times, ids and phone numbers
        }

        var sentence = a.Sentence;

        // Casualties: "ثمانية لقوا حتفهم", "12 were killed".
        if (CasualtyVerbs.TryMatch(v.Text, v.Tokens, a.End, v.Count, true, out _, out _, out _) && v.SameSentence(a.Start, a.End))
        {
            return a with { Kind = FigureKind.Count, Unit = "person", ScanUnit = "person" };
        }

        // An amount with a scale word and no unit continues the measure before it, past a percentage between: "و70
        // مليارا", "إلى حوالي 7.1 مليون", "à 594,2 milliards de dirhams, ... de 5,6 % à 355,6 milliards".
        if (a.Scale > 1 && measure is not null && sentence - measure.Sentence <= 2)
        {
            return a with { Kind = measure.Kind, Unit = measure.Unit, ScanUnit = measure.ScanUnit };
        }

        if (running is null || running.Kind is null)
        {
            return null;
        }

        var sameSentence = running.Sentence == sentence;

        // "de 15.000 dinars ... à 18.000": a number linked to a money amount of the same sentence.
        if (sameSentence && running.Kind == FigureKind.Money && (v.IsAny(a.Start - 1, "à", "a", "to", "إلى", "الى", "و", "and", "et", "contre", "versus", "vs", "مقابل")
            || v.IsWord(a.Start) && v[a.Start][0] == 'و'))
        {
            return a with { Kind = running.Kind, Unit = running.Unit, ScanUnit = running.ScanUnit };
        }

        return null;
    }

    private static Figure ToFigure(AnalysisDocument document, TokenView v, Amount a, IReadOnlyList<DateMention> dates)
    {
        var tokens = document.Tokens;
        var start = tokens[a.Start].Start;
        var end = tokens[a.End - 1].End;
        var span = document.ToOriginal(start, end);
        return new Figure(
            a.Kind!.Value,
            a.Value,
            a.ValueMax,
            a.Unit,
            a.Qualifier,
            ChangeOf(v, a),
            document.Original[span.Start..span.End],
            span,
            a.Sentence,
            SubjectOf(document, v, a),
            PeriodOf(document, a, span, dates));
    }

    /// <summary>
    /// A rise or fall word governing the figure: looking back through its clause until another figure, a clause
    /// boundary, a word introducing a level ("to", "إلى", "بلغ") or a rate named as a level (inflation).
    /// </summary>
    private static FigureChange? ChangeOf(TokenView v, Amount a)
    {
        if (a.Kind == FigureKind.Count && a.Unit is "year" or "month" or "week" or "day" or "hour" or "decade")
        {
            // A span of time does not rise or fall: "أول خفض منذ نحو خمس سنوات", "the first cut in five years" say how
            // long since the change, not its size.
            return null;
        }

        // A qualifier before the figure ("ما يزيد على", "more than", "تجاوز") says how exact it is, not that it changed:
        // the look back starts before it.
        var from = a.Qualifier != FigureQualifier.Exact && FigureLexicons.QualifiersBefore.TryMatchEndingAt(v.Text, v.Tokens, a.Start, a.Start - 5, true, out _, out var qualifierStart)
            ? qualifierStart
            : a.Start;
        for (var k = from - 1; k >= 0 && k >= a.Start - 14 && v.SameSentence(k, a.Start); k--)
        {
            if (v.Tokens[k].Kind == TokenKind.Number)
            {
                if (k < a.Start - 1 && !IsYearToken(v, k))
                {
                    break;
                }

                continue;
            }

            if (v.Tokens[k].Kind == TokenKind.Punctuation)
            {
                var c = v.Text[v.Tokens[k].Start];
                if (c is '،' or ',' or ';' or '؛' or ':' or '(' or ')' or '"' or '«' or '»' or '\u201C' or '\u201D')
                {
                    break;
                }

                continue;
            }

            if (FigureLexicons.Changes.TryMatch(v.Text, v.Tokens, k, a.Start, true, out var role, out _, out _))
            {
                if (v.IsAny(k - 1, Demonstratives))
                {
                    // "Cette augmentation concernera 600 000 travailleurs", "هذه الزيادة ستشمل": a change already told,
                    // now the subject of another verb; the figure after that verb is not its size.
                    return null;
                }

                return role switch
                {
                    "increase" => FigureChange.Increase,
                    "decrease" => FigureChange.Decrease,
                    _ => null,
                };
            }
        }

        // "a 40% increase", "une hausse": the change word right after the figure.
        if (v.IsWord(a.End) && v.SameSentence(a.Start, a.End) && !Languages.Arabic.ArabicLetters.IsLetter(v[a.End][0])
            && FigureLexicons.Changes.TryMatch(v.Text, v.Tokens, a.End, v.Count, false, out var after, out _, out _))
        {
            return after switch
            {
                "increase" => FigureChange.Increase,
                "decrease" => FigureChange.Decrease,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>"و90": a conjunction or preposition written against the digits is not part of a name.</summary>
    private static bool IsArabicClitic(ReadOnlySpan<char> w) => w.Length == 1 && w[0] is 'و' or 'ب' or 'ل' or 'ف' or 'ك';

    private static bool IsYearToken(TokenView v, int k) => v[k].Length == 4 && v[k][0] is '1' or '2';

    /// <summary>The counted noun for counts; else the words of the clause just before the figure.</summary>
    private static string? SubjectOf(AnalysisDocument document, TokenView v, Amount a)
    {
        if (a.Kind == FigureKind.Count && a.End > a.NumberEnd)
        {
            var s = document.Tokens[a.NumberEnd].Start;
            var e = document.Tokens[a.End - 1].End;
            return document.OriginalText(s, e);
        }

        var first = a.Start;
        var words = 0;
        for (var k = a.Start - 1; k >= 0 && v.SameSentence(k, a.Start) && words < 6; k--)
        {
            if (v.Tokens[k].Kind != TokenKind.Word)
            {
                break;
            }

            first = k;
            words++;
        }

        return first < a.Start ? document.OriginalText(document.Tokens[first].Start, document.Tokens[a.Start - 1].End) : null;
    }

    /// <summary>The date of the figure's sentence nearest to it, when one gives a range longer than a day.</summary>
    private static DateRange? PeriodOf(AnalysisDocument document, Amount a, TextSpan span, IReadOnlyList<DateMention> dates)
    {
        DateRange? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            if (d.Sentence != a.Sentence || d.Range is null || d.Granularity is DateGranularity.Day or DateGranularity.Week)
            {
                continue;
            }

            var distance = d.Span.Start >= span.End ? d.Span.Start - span.End : span.Start - d.Span.End;
            if (distance >= 0 && distance < bestDistance)
            {
                bestDistance = distance;
                best = d.Range;
            }
        }

        return best;
    }

    internal static bool[] ExcludedByDates(AnalysisDocument document, IReadOnlyList<DateMention> dates)
    {
        var tokens = document.Tokens;
        var excluded = new bool[tokens.Count];
        if (dates.Count == 0)
        {
            return excluded;
        }

        var d = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var span = document.ToOriginal(tokens[i].Start, tokens[i].End);
            while (d < dates.Count && dates[d].Span.End <= span.Start)
            {
                d++;
            }

            if (d < dates.Count && dates[d].Span.Contains(span))
            {
                excluded[i] = true;
            }
        }

        return excluded;
    }
}

using System.Globalization;
using Ingest.TextAnalysis.Lexicons;
using Ingest.TextAnalysis.Numbers;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis.Dates;

/// <summary>
/// Finds calendar expressions over the tokens, left to right, longest first: numeric dates ("24/5/2023",
/// "2023-05-24"), day-month-year in the three Arabic month series, English and French ("22 مارس/آذار 2016",
/// "May 24, 2023", "le 2 novembre"), months with or without a year, years with their noun ("عام 2022") or bare in
/// running text, halves, quarters and "the first N months", weekdays, relative words ("أمس", "last year"), Hijri
/// dates (converted with the Umm al-Qura calendar) and holidays. Relative expressions resolve against the document's
/// reference date; <see cref="DateOnly.MinValue"/> means the date is unknown and leaves them unresolved.
/// </summary>
internal static class DateScanner
{
    private static readonly UmAlQuraCalendar UmAlQura = new();

    public static List<FoundDate> Scan(AnalysisDocument document, bool expressions)
    {
        var s = new Scanner(new TokenView(document.Folded, document.Tokens), document.Language, document.ReferenceDate ?? DateOnly.MinValue, expressions);
        var found = new List<FoundDate>();
        var i = 0;
        while (i < s.V.Count)
        {
            if (s.TryAt(i, out var date))
            {
                found.Add(date);
                i = Math.Max(date.End, i + 1);
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private sealed class Scanner(TokenView v, string language, DateOnly reference, bool expressions)
    {
        public TokenView V { get; } = v;

        private bool Known => reference != DateOnly.MinValue;

        public bool TryAt(int i, out FoundDate date)
        {
            date = default;
            var t = V.Tokens[i];
            if (t.Kind == TokenKind.Punctuation && !(V.IsPunct(i, '(') && V.IsNumber(i + 1)))
            {
                return false;
            }

            if (t.Kind == TokenKind.Word)
            {
                if (QuarterCode(i, out _, out _, out _))
                {
                    return TryPeriod(i, out date); // "Q3 2014", "T1": no gate word
                }

                // A hyphenated word ("first-quarter", "January-March") opens what its first part opens.
                var word = V[i];
                var dash = word.IndexOf('-');
                if (!DateLexicons.Gate.TryGetWithClitics(word, out var gate, out _, out _, out _)
                    && !(dash > 0 && DateLexicons.Gate.TryGetWithClitics(word[..dash], out gate, out _, out _, out _)))
                {
                    return false;
                }

                if ((gate & DateLexicons.HolidayGate) != 0 && TryHoliday(i, out date) || (gate & DateLexicons.DecadeGate) != 0 && TryDecade(i, out date))
                {
                    return true;
                }

                if ((gate & 1) == 0)
                {
                    if ((gate & 6) == 0)
                    {
                        return false; // a holiday's first word that opened none
                    }

                    // A number word opens only a day ("الخامس من تشرين الأول"); "the", "le", "هذا", "من" only a relative
                    // phrase, a range, or (the articles) a day or a period.
                    return (gate & 4) != 0 && (TryWeekOfMonth(i, out date) || TryFortnightOfMonth(i, out date) || TryWeekdayOfMonth(i, out date) || TryDayMonth(i, out date) || TryAgo(i, out date))
                        || (gate & 2) != 0 && (V.IsAny(i, "اليوم") && TryWeekdayOfMonth(i, out date) || TryWeekOfMonth(i, out date) || TryFortnightOfMonth(i, out date) || TryRelative(i, out date) || TryRange(i, out date)
                            || V.IsAny(i, "من") && TryAgo(i, out date)
                            || V.IsAny(i, "le", "the") && (TryWeekdayOfMonth(i, out date) || TryDayMonth(i, out date))
                            || V.IsAny(i, "the", "les", "le") && TryPeriod(i, out date)
                            || V.IsAny(i, "next", "last", "this") && TryHoliday(i, out date));
                }
            }
            else if (t.Kind == TokenKind.Number)
            {
                // "4th quarter 2018", "3rd Tuesday of May", "3e jour d'octobre": an ordinal in digits, its suffix joined
                // to it, opens a period or a day counted in a month.
                return TryDecade(i, out date)
                    || V.IsWord(i + 1) && V.Adjacent(i, i + 1) && (TryPeriod(i, out date) || TryWeekdayOfMonth(i, out date))
                    || TryRange(i, out date) || TryAbsolute(i, out date, allowBareYear: true) || TryAgo(i, out date);
            }

            return TryNightSpan(i, out date)
                || expressions && TryCountedDays(i, out date)
                || expressions && TryPartOfWeekOrMonth(i, out date)
                || TryPeriod(i, out date)
                || TryWeekOfMonth(i, out date)
                || TryFortnightOfMonth(i, out date)
                || TryWeekdayOfMonth(i, out date)
                || TryWeekdayPair(i, out date)
                || TryWeekdayDate(i, out date)
                || TryRange(i, out date)
                || TryAbsolute(i, out date, allowBareYear: true)
                || TryRelative(i, out date)
                || TryHoliday(i, out date)
                || TryWeekday(i, out date);
        }

        /// <summary>
        /// "the last 2 days", "past two days", "next 3 days", "next few days": the days before the reference day or after
        /// it, the reference day left out, as the peer parsers read them (a lone expression only: in a story "the past
        /// two days" counts back from events the article tells).
        /// </summary>
        private bool TryCountedDays(int i, out FoundDate date)
        {
            date = default;
            var j = V.IsAny(i, "the") ? i + 1 : i;
            var back = V.IsAny(j, "last", "past");
            if (!Known || !back && !V.IsAny(j, "next"))
            {
                return false;
            }

            int count, end;
            if (V.IsAny(j + 1, "few") && V.IsAny(j + 2, "days"))
            {
                (count, end) = (3, j + 3);
            }
            else if (NumberParser.TryParse(V.Text, V.Tokens, j + 1, language, out var n) && !n.IsOrdinal && n.Value is >= 1 and <= 31
                && n.Value == Math.Floor(n.Value) && V.IsAny(n.End, "days", "day"))
            {
                (count, end) = ((int)n.Value, n.End + 1);
            }
            else
            {
                return false;
            }

            var range = back ? new DateRange(reference.AddDays(-count), reference.AddDays(-1)) : new DateRange(reference.AddDays(1), reference.AddDays(count));
            date = new FoundDate(i, end, range, DateGranularity.Range);
            return true;
        }

        /// <summary>
        /// "the end of the month", "beginning of next week", "en fin de semaine": the part of a week or a month as the peer
        /// parsers read it (a week's first three days or last three, French its first two or last four; a month's first
        /// ten days or from the 21st). A lone expression only: a story's "end of the week" keeps the week.
        /// </summary>
        private bool TryPartOfWeekOrMonth(int i, out FoundDate date)
        {
            date = default;
            var j = i;
            while (V.IsAny(j, "at", "the", "en", "au", "à", "a", "la") && j < i + 3)
            {
                j++;
            }

            var early = V.IsAny(j, "beginning", "start", "début", "debut");
            if (!Known || !early && !V.IsAny(j, "end", "fin"))
            {
                return false;
            }

            j++;
            while (V.IsAny(j, "of", "de", "du", "the", "la", "le", "around") && j < i + 8)
            {
                j++;
            }

            DateRange whole;
            bool week;
            int end;
            if (V.IsAny(j, "month", "mois", "week", "semaine"))
            {
                week = V.IsAny(j, "week", "semaine");
                var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
                whole = week ? new DateRange(monday, monday.AddDays(6))
                    : new DateRange(new DateOnly(reference.Year, reference.Month, 1), new DateOnly(reference.Year, reference.Month, DateTime.DaysInMonth(reference.Year, reference.Month)));
                end = j + 1;
            }
            else if (TryRelative(j, out var rel) && rel.Range is { } r && rel.Granularity is DateGranularity.Week or DateGranularity.Month)
            {
                week = rel.Granularity == DateGranularity.Week;
                whole = r;
                end = rel.End;
            }
            else
            {
                return false;
            }

            var french = language == "fr";
            var range = week
                ? early ? new DateRange(whole.Start, whole.Start.AddDays(french ? 1 : 2)) : new DateRange(whole.Start.AddDays(french ? 3 : 4), whole.End)
                : early ? new DateRange(whole.Start, whole.Start.AddDays(9)) : new DateRange(whole.Start.AddDays(20), whole.End);
            date = new FoundDate(i, end, range, DateGranularity.Range);
            return true;
        }

        // ---- absolute dates ------------------------------------------------------------------------------------

        private bool TryAbsolute(int i, out FoundDate date, bool allowBareYear)
        {
            date = default;
            if (TryNumeric(i, out date) || TryDayMonth(i, out date) || TryMonthDay(i, out date) || TryMonthYear(i, out date) || TryYear(i, out date, allowBareYear))
            {
                return true;
            }

            return false;
        }

        private bool TryNumeric(int i, out FoundDate date)
        {
            date = default;
            if (!V.IsNumber(i) || !IsPlain(i))
            {
                return false;
            }

            // "المرسوم السلطاني رقم 1/2025", "décret n° 2024-15", "Law No. 12/2023": the number of a text, not a date.
            if (V.IsAny(i - 1, "رقم", "برقم", "no", "n°", "nº", "numéro", "number") || V.IsPunct(i - 1, '.') && V.IsAny(i - 2, "no"))
            {
                return false;
            }

            // One token "24.5.2023" (dots kept inside numbers by the tokenizer).
            var parts = new List<int>(3);
            var j = i;
            char sep = '\0';
            parts.Add(Int(i));
            while (parts.Count < 3 && V.Valid(j + 2) && (V.IsPunct(j + 1, '/') || V.IsPunct(j + 1, '-')) && V.Adjacent(j, j + 1) && V.Adjacent(j + 1, j + 2)
                && V.IsNumber(j + 2) && IsPlain(j + 2))
            {
                var c = V.Text[V.Tokens[j + 1].Start];
                if (sep != '\0' && c != sep)
                {
                    break;
                }

                sep = c;
                parts.Add(Int(j + 2));
                j += 2;
            }

            if (parts.Count == 2)
            {
                return TryNumericPair(i, j, parts[0], parts[1], sep, out date);
            }

            if (parts.Count != 3)
            {
                return false;
            }

            int y, m, d;
            if (V[i].Length == 4)
            {
                (y, m, d) = (parts[0], parts[1], parts[2]);
            }
            else if (V[j].Length is 4 or 2)
            {
                // A two-digit year is this century's unless that would put it more than a decade after the article.
                y = parts[2] >= 100 ? parts[2] : Known && 2000 + parts[2] > reference.Year + 10 ? 1900 + parts[2] : 2000 + parts[2];
                (d, m) = language == "en" && parts[1] <= 12 ? (parts[1], parts[0]) : (parts[0], parts[1]);
                if (m > 12 && d <= 12)
                {
                    (d, m) = (m, d);
                }
            }
            else
            {
                return false;
            }

            if (!Valid(y, m, d))
            {
                return false;
            }

            var day = new DateOnly(y, m, d);
            date = new FoundDate(i, j + 1, new DateRange(day, day), DateGranularity.Day);
            return true;
        }

        /// <summary>
        /// Two numbers joined by a slash or a dash: a month and its year ("03/2024", "2014/10", "2014-10"), or a day and
        /// its month without the year ("في 22/04", "le 21/05", "on 4/22"). A pair that could be a fraction ("2/3", "1/4")
        /// is read as a day only behind a word that introduces a date, or when written as no fraction is: with a
        /// leading zero ("02/10") or a first number no smaller than the second ("22/04").
        /// </summary>
        private bool TryNumericPair(int i, int j, int first, int second, char sep, out FoundDate date)
        {
            date = default;
            // "the 2023/24 fiscal year", "the 2010-11 season", "العام المالي 2025/2026": a season or fiscal year written
            // with the next year (or its last two digits) spans the two years (its months differ by country and sport),
            // not a month, and is no fraction.
            if (V[i].Length == 4 && first is >= 1900 and <= 2100 && IsNextYear(j, second, first))
            {
                date = new FoundDate(i, j + 1, new DateRange(new DateOnly(first, 1, 1), new DateOnly(first + 1, 12, 31)), DateGranularity.Range, new FiscalPart(Relative: false, first, 0, 12));
                return true;
            }

            if (V[i].Length == 4 && first is >= 1900 and <= 2100 && second is >= 1 and <= 12 && V[j].Length <= 2
                || V[j].Length == 4 && second is >= 1900 and <= 2100 && first is >= 1 and <= 12 && V[i].Length <= 2 && sep == '/')
            {
                var (year, month) = V[i].Length == 4 ? (first, second) : (second, first);
                var m = new DateOnly(year, month, 1);
                date = new FoundDate(i, j + 1, new DateRange(m, m.AddMonths(1).AddDays(-1)), DateGranularity.Month);
                return true;
            }

            if (sep != '/' || V[i].Length > 2 || V[j].Length > 2 || !Known || V.IsPunct(j + 1, '/') || V.IsPunct(j + 1, '-'))
            {
                return false;
            }

            var (d, mo) = language == "en" && first <= 12 ? (second, first) : (first, second);
            if (mo > 12 && d <= 12)
            {
                (d, mo) = (mo, d);
            }

            var cued = V.IsAny(i - 1, "في", "يوم", "بتاريخ", "منذ", "حتى", "on", "since", "until", "le", "du", "au", "depuis", "jusqu'au", "dès");
            const int AroundTheClockHours = 24, AroundTheClockDays = 7; // "open 24/7" is no 24 July
            var noFraction = V[i][0] == '0' || V[j][0] == '0' || first >= second && !(first == AroundTheClockHours && second == AroundTheClockDays);
            if (!(cued || noFraction) || mo is < 1 or > 12 || d < 1)
            {
                return false;
            }

            var y = InferYear(i, mo, d, 0, V.IsAny(i - 1, "منذ", "since", "depuis"));
            if (y is null || !Valid(y.Value, mo, d))
            {
                return false;
            }

            var day = new DateOnly(y.Value, mo, d);
            date = new FoundDate(V.IsAny(i - 1, "le") ? i - 1 : i, j + 1, new DateRange(day, day), DateGranularity.Day);
            return true;
        }

        /// <summary>"24 مايو 2023", "الأول من جويلية 2014", "22 مارس/آذار 2016", "le 2 novembre", "15 رمضان 1444 هـ".</summary>
        private bool TryDayMonth(int i, out FoundDate date)
        {
            date = default;
            var start = i;
            var j = i;
            if (V.IsAny(j, "le", "the") && V.Valid(j + 1))
            {
                j++;
            }

            if (!TryDay(j, out var day, out var afterDay))
            {
                return false;
            }

            var k = afterDay;
            var linked = V.IsAny(k, "من", "of", "في", "ب", "du", "de");
            if (linked)
            {
                k++;
            }

            if (V.IsAny(k, "شهر"))
            {
                k++;
            }

            if (!TryMonth(k, out var month, out var afterMonth, strict: false) && !TryMonthNumber(k - 1, afterDay, out month, out afterMonth))
            {
                // "في 27 من الشهر الجاري", "العاشر من الشهر المقبل", "the 27th of last month", "le 27 du mois dernier":
                // a day of a month named relative to the article.
                if (linked && TryRelative(V.IsAny(k, "the") ? k + 1 : k, out var relative) && relative.Granularity == DateGranularity.Month
                    && relative.Range is { } r && day <= DateTime.DaysInMonth(r.Start.Year, r.Start.Month))
                {
                    var d = new DateOnly(r.Start.Year, r.Start.Month, day);
                    date = new FoundDate(start, relative.End, new DateRange(d, d), DateGranularity.Day);
                    return true;
                }

                return false;
            }

            var end = afterMonth;
            int? year = null;
            var hijri = month.Hijri;
            if (TryYearAfter(end, out var y, out var afterYear, out var hijriYear))
            {
                year = y;
                end = afterYear;
                hijri |= hijriYear;
            }

            var modifier = Modifier(end, out var afterModifier);
            if (modifier != 0)
            {
                end = afterModifier;
            }

            date = MakeDay(start, end, year, month.Month, day, hijri, modifier, Since(start));
            return true;
        }

        /// <summary>"May 24, 2023", "January 31", "February 9".</summary>
        private bool TryMonthDay(int i, out FoundDate date)
        {
            date = default;
            if (language == "ar" || !TryMonth(i, out var month, out var j, strict: true))
            {
                return false;
            }

            int day, end;
            if (V.IsNumber(j) && IsPlain(j) && !V.IsPunct(j + 1, ':'))
            {
                day = Int(j);
                if (day is < 1 or > 31 || V[j].Length > 2)
                {
                    return false;
                }

                end = j + 1;
                if (V.Is(end, "st") || V.Is(end, "nd") || V.Is(end, "rd") || V.Is(end, "th"))
                {
                    end++;
                }
            }
            else if (language == "en" && OrdinalAt(V.IsAny(j, "the") ? j + 1 : j, out day, out end) && day <= 31
                && (expressions || TryYearToken(V.IsPunct(end, ',') ? end + 1 : end, out _) || V.IsPunct(end, ',') || V.IsPunct(end, '.') || !V.SameSentence(j, end)))
            {
                // "March first", "February the 15th", "March third 2015": the day as an English ordinal after the month.
                // In running text only where the day ends the phrase: "in May the first shipment left" is no date.
            }
            else
            {
                return false;
            }

            int? year = null;
            var k = V.IsPunct(end, ',') ? end + 1 : end;
            if (TryYearToken(k, out var y))
            {
                year = y;
                end = k + 1;
            }

            date = MakeDay(i, end, year, month.Month, day, month.Hijri, 0, Since(i));
            return true;
        }

        /// <summary>"فبراير 2022", "janvier 2012", "شهر تشرين الأول المقبل", "في فبراير", "مارس / آذار".</summary>
        private bool TryMonthYear(int i, out FoundDate date, bool cuedBefore = false)
        {
            date = default;
            var start = i;
            var j = i;
            var cued = cuedBefore || V.IsAny(j - 1, "في", "منذ", "خلال", "حتى", "قبل", "بعد", "من", "الى", "إلى", "مطلع", "اواخر", "أواخر", "اوائل", "منتصف", "بداية", "نهاية",
                "in", "of", "since", "until", "by", "during", "early", "late", "mid", "en", "depuis", "fin", "début", "mi", "courant", "jusqu'en", "d'ici");
            if (V.Is(j, "شهر") || V.Is(j, "بشهر") || V.Is(j, "لشهر"))
            {
                cued = true;
                j++;
            }

            // "next March", "last September": the English modifier comes first.
            var before = V.IsAny(j, "next") ? 1 : V.IsAny(j, "last") ? -1 : 0;
            if (before != 0)
            {
                cued = true;
                j++;
            }

            if (!TryMonth(j, out var month, out var end, strict: !cued) && !(V.IsAny(i, "شهر", "بشهر", "لشهر") && TryMonthNumber(i, i + 1, out month, out end)))
            {
                return false;
            }

            int? year = null;
            var hijri = month.Hijri;
            if (TryYearAfter(end, out var y, out var afterYear, out var hy))
            {
                year = y;
                end = afterYear;
                hijri |= hy;
            }
            else if (!hijri && V.IsAny(end, "من", "of", "de") && V.SameSentence(i, end + 1) && TryRelative(end + 1, out var ofYear)
                && ofYear.Granularity == DateGranularity.Year && ofYear.Fiscal is null && ofYear.Range is { } named)
            {
                // "نوفمبر/تشرين الثاني من العام الماضي", "March of last year", "mars de l'année dernière": the month of the
                // year named after it, one date.
                year = named.Start.Year;
                end = ofYear.End;
            }

            if (month.Ambiguous && !cued && year is null && !DoubleForm(i, end))
            {
                return false;
            }

            var modifier = Modifier(end, out var afterModifier);
            if (modifier != 0)
            {
                end = afterModifier;
            }
            else if (year is null)
            {
                modifier = before;
            }

            if (!month.Ambiguous || cued || year is not null || modifier != 0 || DoubleForm(i, end))
            {
                date = MakeMonth(start, end, year, month.Month, hijri, modifier, Since(start));
                if (expressions && !hijri && date.Range is { } whole && PartOfMonthBefore(i) is var (first, last, granularity))
                {
                    // The peer parsers read a part of a month as its thirds ("early March": the 1st to the 10th);
                    // an article's gold keeps the whole month, as news rarely means those exact days.
                    var to = last == 31 ? whole.End : new DateOnly(whole.Start.Year, whole.Start.Month, last);
                    date = new FoundDate(start, end, new DateRange(new DateOnly(whole.Start.Year, whole.Start.Month, first), to), granularity);
                }

                return true;
            }

            return false;
        }

        // "early March", "at the end of April", "في أواخر شهر مارس", "منتصف اذار": the part of the month named right before
        // it (past "of"/"de" and the month noun), as the first and last day and the granularity, or null.
        private (int First, int Last, DateGranularity Granularity)? PartOfMonthBefore(int month)
        {
            var k = month - 1;
            if (V.IsAny(k, "شهر"))
            {
                k--;
            }

            if (V.IsAny(k, "of", "de"))
            {
                k--;
            }

            if (V.IsAny(k, "early", "beginning", "start", "début", "debut", "أوائل", "اوائل", "بداية", "مطلع"))
            {
                return (1, 10, DateGranularity.Range);
            }

            if (V.IsAny(k, "late", "end", "fin", "أواخر", "اواخر", "نهاية"))
            {
                return (21, 31, DateGranularity.Range);
            }

            if (V.IsAny(k, "mid", "mi"))
            {
                return (11, 20, DateGranularity.Range);
            }

            return V.IsAny(k, "منتصف", "نص", "نصف") ? (15, 15, DateGranularity.Day) : null;
        }

        private bool DoubleForm(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                if (V.IsPunct(k, '/') || V.IsPunct(k, '('))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A decade, the span of its ten years: "the 1990s", "the '90s", "les années 1990", "années 80", "التسعينيات",
        /// "ثمانينيات القرن الماضي". A French or English decade in two digits is of the 1900s; an Arabic one takes the
        /// century named after it (Data/Dates/decades.tsv).
        /// </summary>
        private bool TryDecade(int i, out FoundDate date)
        {
            date = default;
            int first, end;
            if (V.IsNumber(i) && IsPlain(i) && V.IsWord(i + 1) && V.Adjacent(i, i + 1) && V[i + 1] is "s")
            {
                var n = Int(i);
                if (V[i].Length == 4 && n is >= 1800 and <= 2090 && n % 10 == 0)
                {
                    first = n;
                }
                else if (V[i].Length == 2 && n % 10 == 0 && V.IsPunct(i - 1, '\'') && V.Adjacent(i - 1, i))
                {
                    first = 1900 + n; // "the '90s"
                }
                else
                {
                    return false;
                }

                end = i + 2;
            }
            else if (V.IsAny(i, "années", "annees") && V.IsNumber(i + 1) && IsPlain(i + 1) && Int(i + 1) % 10 == 0 && V[i + 1].Length is 2 or 4)
            {
                var n = Int(i + 1);
                first = V[i + 1].Length == 2 ? 1900 + n : n;
                if (first is < 1800 or > 2090)
                {
                    return false;
                }

                end = i + 2;
            }
            else if (V.IsWord(i) && Languages.Arabic.ArabicLetters.IsLetter(V[i][0]) && DateLexicons.Decades.TryGetWithClitics(V[i], out var tens, out _, out _, out _))
            {
                var century = 1900;
                end = i + 1;
                if (V.IsAny(end, "القرن"))
                {
                    if (V.IsAny(end + 1, "الماضي", "العشرين", "المنصرم"))
                    {
                        end += 2;
                    }
                    else if (V.IsAny(end + 1, "الحالي", "الجاري", "الحادي"))
                    {
                        century = 2000;
                        end += V.IsAny(end + 1, "الحادي") && V.IsAny(end + 2, "والعشرين") ? 3 : 2;
                    }
                    else if (V.IsAny(end + 1, "التاسع") && V.IsAny(end + 2, "عشر"))
                    {
                        century = 1800;
                        end += 3;
                    }
                }

                first = century + tens;
            }
            else
            {
                return false;
            }

            date = new FoundDate(i, end, new DateRange(new DateOnly(first, 1, 1), new DateOnly(first + 9, 12, 31)), DateGranularity.Range);
            return true;
        }

        /// <summary>"عام 2022", "العام 2014", "سنة 1948", "in 2019", "(2010-2014)" is a range elsewhere; bare "2012" in running text.</summary>
        private bool TryYear(int i, out FoundDate date, bool allowBareYear)
        {
            date = default;
            var start = i;
            var j = i;
            var cue = false;
            if (V.IsAny(j, "نهاية", "بداية", "مطلع", "منتصف", "أواخر", "اواخر", "أوائل", "اوائل", "خلال", "end", "beginning", "start", "fin", "début", "debut", "mi",
                "mid", "early", "late"))
            {
                j++;
                if (V.IsAny(j, "of", "de", "du"))
                {
                    j++;
                }
                else if (V.IsPunct(j, '-') && V.Adjacent(j - 1, j) && V.Adjacent(j, j + 1))
                {
                    j++; // "mid-2025", "end-2024", "mi-2025"
                }

                if (V.IsAny(j, "the", "this") && V.IsAny(j + 1, "year"))
                {
                    j++; // "the end of the year"
                }
            }

            var part = start != j;
            if (IsYearNoun(j))
            {
                cue = true;
                j++;
                if (V.IsAny(j, "of", "de", "du"))
                {
                    j++;
                }
            }

            if (!TryYearToken(j, out var year))
            {
                // "قبل نهاية العام", "by the end of the year", "d'ici la fin de l'année": a part of the definite year
                // with nothing after it is a part of this year, which the gold convention writes as the whole year. A
                // modifier after it ("العام الماضي", "العام المالي") is another year, read elsewhere.
                if (part && cue && Known && V.IsAny(j - 1, "العام", "السنة", "year", "l'annee", "l'année", "l'an", "annee", "année")
                    && !V.IsAny(j, "الماضي", "المقبل", "القادم", "الجاري", "الحالي", "المنصرم", "الفائت", "السابق", "التالي", "المالي", "الدراسي", "الميلادي",
                        "الهجري", "prochaine", "derniere", "dernière", "passee", "passée", "suivante", "precedente", "précédente", "en", "scolaire", "fiscale", "budgetaire", "budgétaire"))
                {
                    date = MakeYear(start, j, reference.Year, false);
                    return true;
                }

                return false;
            }

            if (SplitYearAt(j, year))
            {
                return false; // "fiscal year 2025/26", "l'exercice 2026-2027": the pair is one fiscal year, read by TryNumericPair
            }

            var end = j + 1;
            var hijri = false;
            if (IsHijriMarker(end))
            {
                hijri = true;
                end++;
            }

            if (!cue && start == j)
            {
                if (!allowBareYear || !BareYearOk(j))
                {
                    return false;
                }
            }
            else if (!cue && start != j && !allowBareYear)
            {
                return false;
            }

            date = MakeYear(start, end, year, hijri);
            return true;
        }

        private bool IsYearNoun(int j)
        {
            if (!V.IsWord(j))
            {
                return false;
            }

            return V.IsAny(j, "عام", "العام", "سنة", "السنة", "لعام", "للعام", "لسنة", "بعام", "بسنة", "وعام", "والعام", "عامي", "year", "l'annee", "l'an", "l'exercice", "annee",
                "exercice", "fiscal");
        }

        private bool BareYearOk(int j)
        {
            if (expressions)
            {
                // A bare "2000" in a short input is the number two thousand; years there come with their noun.
                return V.IsAny(j - 1, "in", "en", "since", "depuis", "في", "منذ", "pour", "for");
            }

            var y = Int(j);
            if (y is < 1900 or > 2100)
            {
                return false;
            }

            // Not a figure: "2104 مليون دينار", "2000 soldiers", "2015 dollars".
            if (V.Valid(j + 1) && V.SameSentence(j, j + 1) && (V.IsWord(j + 1) && (NumberLexicon.Arabic.TryGetWithClitics(V[j + 1], out var w, out _, out _, out _) && w.Kind is NumberWordKind.Scale or NumberWordKind.Dual
                || Figures.FigureLexicons.Currencies.TryMatch(V.Text, V.Tokens, j + 1, V.Count, true, out _, out _, out _)
                || Figures.FigureLexicons.Units.TryMatch(V.Text, V.Tokens, j + 1, V.Count, true, out _, out _, out _)
                || Figures.FigureLexicons.CountedNouns.TryMatch(V.Text, V.Tokens, j + 1, V.Count, true, out _, out _, out _)
                || Figures.FigureLexicons.Percent.TryMatch(V.Text, V.Tokens, j + 1, V.Count, true, out _, out _, out _)
                || NumberLexicon.Latin(language).TryGet(V[j + 1], out var lw) && lw.Kind == NumberWordKind.Scale)
                || V.IsPunct(j + 1, '%') || V.IsPunct(j + 1, '$') || V.IsPunct(j + 1, ':')))
            {
                return false;
            }

            if (V.IsPunct(j - 1, '$') || V.IsPunct(j - 1, '€') || V.IsPunct(j - 1, '£') || V.IsPunct(j - 1, '#') || V.IsPunct(j - 1, ':')
                || V.IsPunct(j - 1, '/') && V.Adjacent(j - 1, j) && V.IsNumber(j - 2) // "رقم 1/2025": the year of a text's number
                || V.IsWord(j - 1) && V.Adjacent(j - 1, j) && !(V.IsAny(j - 1, "و") && IsYearAt(j - 2)))
            {
                // "G2020", "ID2019" are codes; "و2023" after a year ("عامي 2022 و2023") is the second year.
                return false;
            }

            // "رؤية 2030", "Vision 2030", "Agenda 2063", "Expo 2020", and with the country's name between ("رؤية عمان
            // 2040", "Saudi Vision 2030" is the first form): a year in the name of a plan or an event.
            if (V.IsAny(j - 1, VisionWords) || V.IsAny(j - 1, "أجندة", "اجندة", "إكسبو", "اكسبو", "agenda", "expo", "horizon", "horizons")
                || V.IsWord(j - 1) && V.IsAny(j - 2, VisionWords))
            {
                return false;
            }

            return true;
        }

        // The word for a plan's "vision" before its year ("رؤية 2030", "Vision 2030").
        private static readonly string[] VisionWords = ["رؤية", "لرؤية", "برؤية", "ورؤية", "vision"];

        // A year written in digits at token j.
        private bool IsYearAt(int j) => TryYearToken(j, out _);

        // ---- periods -------------------------------------------------------------------------------------------

        /// <summary>"النصف الأول من عام 2016", "الربع الثالث", "الأشهر الأربعة الأولى من العام", "the first quarter of 2023", "first half".</summary>
        // The Arabic nouns also behind a proclitic: "للربع الرابع" (for the fourth quarter), "بالنصف الأول", "والربع الثاني".
        private static readonly string[] HalfWords = ["النصف", "نصف", "للنصف", "بالنصف", "والنصف", "وللنصف", "half", "semestre"];

        private static readonly string[] QuarterWords = ["الربع", "ربع", "للربع", "بالربع", "والربع", "وللربع", "quarter", "trimestre"];

        // The Maghreb's word for a quarter ("الثلاثي الثاني من سنة 2025"), which elsewhere also means "trilateral"
        // ("الاجتماع الثلاثي الأول"): a quarter only with its year written after it.
        private static readonly string[] TrimesterWords = ["الثلاثي", "ثلاثي", "للثلاثي", "بالثلاثي", "والثلاثي"];

        private bool TryPeriod(int i, out FoundDate date)
        {
            date = default;
            if (!V.IsWord(i) && !V.IsNumber(i))
            {
                return false;
            }

            int months, index, j;
            var count = 1;
            var trimester = V[i].Length >= 4 && V[i][^1] == Languages.Arabic.ArabicLetters.Yeh && V.IsAny(i, TrimesterWords);
            if (HyphenatedPeriod(V.IsAny(i, "the", "le", "la", "les") ? i + 1 : i, out months, out count, out index, out j))
            {
                // "first-quarter profit", "the January-March quarter": one hyphenated word.
            }
            else if (V.IsAny(i, HalfWords) || V.IsAny(i, QuarterWords) || trimester)
            {
                months = V.IsAny(i, HalfWords) ? 6 : 3;
                if (V.IsAny(i + 1, "الأخير", "الاخير", "الأخيرة", "الاخيرة") && V.IsAny(i + 2, "من") && (TryYearToken(i + 3, out _) || V.IsAny(i + 3, "العام", "عام", "السنة")))
                {
                    // "الربع الأخير من 2025", "النصف الأخير من العام": the last of the year's quarters or halves.
                    index = 12 / months;
                    j = i + 2;
                }
                else if (!OrdinalAt(i + 1, out index, out j) || index > 12 / months)
                {
                    return false;
                }
            }
            else if (V.IsAny(i, "the", "les") && V.IsAny(i + 1, "first", "last", "premiers", "derniers")
                && NumberParser.TryParse(V.Text, V.Tokens, i + 2, language, out var nm) && nm.Value is >= 2 and <= 11 && V.IsAny(nm.End, "months", "mois"))
            {
                // "the first nine months of 2025"
                months = 1;
                count = (int)nm.Value;
                index = V.IsAny(i + 1, "first", "premiers") ? 1 : 13 - count;
                j = nm.End + 1;
            }
            else if (V.IsAny(i, "les") && NumberParser.TryParse(V.Text, V.Tokens, i + 1, language, out var nf) && nf.Value is >= 2 and <= 11
                && V.IsAny(nf.End, "premiers", "derniers") && V.IsAny(nf.End + 1, "mois"))
            {
                // "les neuf premiers mois de 2025": French puts the number before "premiers".
                months = 1;
                count = (int)nf.Value;
                index = V.IsAny(nf.End, "premiers") ? 1 : 13 - count;
                j = nf.End + 2;
            }
            else if (V.IsAny(i, "the", "le") || language != "ar" && (OrdinalAt(i, out _, out _) || IsLast(i)))
            {
                // "the first quarter", "third qtr", "4th quarter 2018", "le troisième trimestre", "the last quarter
                // of 2023" (with its year: alone, "last quarter" is the one before this one, a relative phrase)
                j = V.IsAny(i, "the", "le") ? i + 1 : i;
                int k;
                var lastPeriod = IsLast(j);
                if (lastPeriod)
                {
                    index = Last;
                    k = j + 1;
                }
                else if (!OrdinalAt(j, out index, out k))
                {
                    return false;
                }

                if (!V.IsAny(k, "half", "quarter", "qtr", "semestre", "trimestre"))
                {
                    return false;
                }

                months = V.IsAny(k, "half", "semestre") ? 6 : 3;
                if (lastPeriod)
                {
                    // "of 2023"; French also writes the year right after: "au dernier trimestre 2025".
                    if (!(V.IsAny(k + 1, "of", "de", "du", "in", "en") && TryYearToken(k + 2, out _)) && !(language == "fr" && TryYearToken(k + 1, out _)))
                    {
                        return false;
                    }

                    index = 12 / months;
                }

                if (index > 12 / months)
                {
                    return false;
                }

                j = k + 1;
            }
            else if (QuarterCode(i, out months, out index, out j))
            {
                // "Q3", "H1", "T2": the business shorthand for a quarter or a half, with the year after it or none.
            }
            else if (V.IsAny(i, "الأشهر", "الاشهر", "الشهور") && NumberParser.TryParse(V.Text, V.Tokens, i + 1, language, out var n) && !n.IsOrdinal
                && n.Value is >= 2 and <= 11 && V.IsAny(n.End, "الأولى", "الاولى", "الأولي", "الاولي", "الأخيرة", "الاخيرة"))
            {
                months = 1;
                count = (int)n.Value;
                index = V.IsAny(n.End, "الأولى", "الاولى", "الأولي", "الاولي") ? 1 : 13 - count;
                j = n.End + 1;
            }
            else
            {
                return false;
            }

            // Which year: "من عام 2016", "of 2023", "من العام" (this year), "من العام الماضي", or none (this year).
            var end = j;
            int? year = null;
            FiscalPart? fiscal = null;
            var k2 = j;
            if (V.IsAny(k2, "من", "of", "de", "du", "in", "en"))
            {
                k2++;
            }

            if (TryYearToken(k2, out var digits) && V.SameSentence(j, k2))
            {
                // Four digits right after a period ("the third quarter of 2014", "Q4 2018", "le premier trimestre
                // 2014") are its year, even where a bare number would not be read as one (a lone expression).
                year = digits;
                end = k2 + 1;
            }
            else if (TryYear(k2, out var y, allowBareYear: true) && y.Range is { } yr)
            {
                year = yr.Start.Year;
                end = y.End;
            }
            else if (TryRelative(k2, out var rel) && rel.Granularity == DateGranularity.Year && rel.Range is { } rr)
            {
                // "الربع الأول من العام المالي الجاري": a quarter of the fiscal year is counted from its first month.
                year = rr.Start.Year;
                end = rel.End;
                fiscal = rel.Fiscal;
            }
            else if (V.IsAny(k2, "العام", "السنة", "year", "l'annee", "annee", "l'an") && k2 > j)
            {
                year = Known ? reference.Year : null;
                end = k2 + 1;
            }
            else if (V.IsAny(k2, "the") && V.IsAny(k2 + 1, "year"))
            {
                year = Known ? reference.Year : null;
                end = k2 + 2;
            }
            else if (trimester)
            {
                return false;
            }
            else if (months == 1 && count > 1 && index == 13 - count)
            {
                // "the last three months", "les trois derniers mois" with no year are the months before the article,
                // not the end of a calendar year: a vague span, left out.
                return false;
            }
            else if (Known)
            {
                // No year: news reports quarters and halves once they are over, so one that has not begun by the
                // article's date ("the economy grew 0.1% in the fourth quarter", written in February; "fourth-quarter
                // sales rose", written in April) is last year's, unless the sentence looks ahead.
                year = reference.Year;
                if (!expressions && new DateOnly(reference.Year, (index - 1) * months + 1, 1) > reference && !FutureBefore(i))
                {
                    year--;
                }
            }

            var granularity = months == 3 && count == 1 ? DateGranularity.Quarter : DateGranularity.Range;
            if (year is null)
            {
                date = new FoundDate(i, end, null, granularity);
                return true;
            }

            var first = new DateOnly(year.Value, (index - 1) * months + 1, 1);
            var last = first.AddMonths(months * count).AddDays(-1);
            date = new FoundDate(i, end, new DateRange(first, last), granularity, fiscal is { } fp ? fp with { FirstMonth = (index - 1) * months, Months = months * count } : null);
            return true;
        }

        /// <summary>
        /// "Q1"-"Q4" and "H1"/"H2" in English, "T1"-"T4" (trimestre) and "S1"/"S2" (semestre) in French, written as one
        /// capitalized token: the quarters and halves of financial news.
        /// </summary>
        private bool QuarterCode(int i, out int months, out int index, out int end)
        {
            months = 0;
            index = 0;
            end = i;
            var w = V[i];
            if (!V.IsWord(i) || w.Length != 1 || !V.IsNumber(i + 1) || !V.Adjacent(i, i + 1) || V[i + 1].Length != 1)
            {
                return false; // the tokenizer splits "Q3" into the letter and the digit
            }

            (months, var max) = (w[0], language) switch
            {
                ('Q', "en") or ('T', "fr") => (3, 4),
                ('H', "en") or ('S', "fr") => (6, 2),
                _ => (0, 0),
            };
            index = V[i + 1][0] - '0';
            end = i + 2;
            return months > 0 && index >= 1 && index <= max && !(V.IsWord(end) && V.Adjacent(i + 1, end));
        }

        /// <summary>
        /// A period written as one hyphenated word: an English ordinal with "quarter" or "half" ("first-quarter",
        /// "second-half"), or two Gregorian months followed by "quarter"/"period" ("January-March quarter", "la
        /// période janvier-mars" is not this form). Three months starting a quarter make that quarter.
        /// </summary>
        private bool HyphenatedPeriod(int i, out int months, out int count, out int index, out int end)
        {
            (months, count, index, end) = (0, 1, 0, i);
            if (!V.IsWord(i))
            {
                return false;
            }

            var dash = V[i].IndexOf('-');
            if (dash <= 0 || dash == V[i].Length - 1)
            {
                return false;
            }

            var left = V[i][..dash];
            var right = V[i][(dash + 1)..];
            var ordinal = PhraseTable<int>.KeyEquals(left, "first") ? 1 : PhraseTable<int>.KeyEquals(left, "second") ? 2
                : PhraseTable<int>.KeyEquals(left, "third") ? 3 : PhraseTable<int>.KeyEquals(left, "fourth") ? 4 : 0;
            if (ordinal > 0 && (PhraseTable<int>.KeyEquals(right, "quarter") || PhraseTable<int>.KeyEquals(right, "half") && ordinal <= 2))
            {
                (months, index, end) = (PhraseTable<int>.KeyEquals(right, "half") ? 6 : 3, ordinal, i + 1);
                return true;
            }

            if (DateLexicons.Months.TryGetWord(left, out var from) && DateLexicons.Months.TryGetWord(right, out var to) && !from.Hijri && !to.Hijri
                && to.Month > from.Month && V.IsAny(i + 1, "quarter", "period", "months"))
            {
                (months, count, index, end) = (1, to.Month - from.Month + 1, from.Month, i + 2);
                if (count == 3 && from.Month % 3 == 1)
                {
                    (months, count, index) = (3, 1, (from.Month + 2) / 3);
                }

                return true;
            }

            return false;
        }

        private bool OrdinalAt(int j, out int value, out int end)
        {
            value = 0;
            end = j;
            if (!V.Valid(j) || !NumberParser.TryParse(V.Text, V.Tokens, j, language, out var n) || !n.IsOrdinal && !(n.Definite && n.HasWords))
            {
                return false;
            }

            value = (int)n.Value;
            end = n.End;
            return value >= 1;
        }

        // ---- ranges --------------------------------------------------------------------------------------------

        /// <summary>"from March 3 to April 7", "(2010-2014)", "between 2010 and 2014", "من 3 إلى 5 مايو".</summary>
        private bool TryRange(int i, out FoundDate date)
        {
            date = default;
            var start = i;
            var j = i;
            var paren = V.IsPunct(j, '(');
            if (paren)
            {
                j++;
            }

            var intro = V.IsAny(j, "from", "between", "من", "بين", "entre", "du", "de") ? j : -1;
            if (intro >= 0)
            {
                j++;
                var opener = V.IsAny(j, "le", "the") && V.IsNumber(j + 1) ? j + 1 : j; // "entre le 13 et le 15 juillet"
                if (!V.IsNumber(opener) && !(V.IsWord(opener) && DateLexicons.Gate.TryGetWithClitics(V[opener], out var g, out _, out _, out _) && (g & 5) != 0))
                {
                    return false;
                }
            }

            // Year ranges: "2010-2014".
            if (TryYearToken(j, out var y1) && V.IsPunct(j + 1, '-') && TryYearToken(j + 2, out var y2) && y2 > y1)
            {
                var end = j + 3;
                if (paren && V.IsPunct(end, ')'))
                {
                    end++;
                }
                else if (paren)
                {
                    start++;
                }

                // "l'exercice 2026-2027", "fiscal year 2025-2026", "the 2025-2026 fiscal year": two years a fiscal word
                // names are one fiscal year (with a slash the pair always is one: TryNumericPair).
                var fiscal = y2 == y1 + 1 && (V.IsAny(j - 1, "exercice", "l'exercice", "المالي", "المالية") || V.IsAny(j - 2, "fiscal", "financial") && V.IsAny(j - 1, "year")
                    || V.IsAny(j + 3, "fiscal", "financial", "budgétaire", "budgetaire"));
                date = new FoundDate(start, end, new DateRange(new DateOnly(y1, 1, 1), new DateOnly(y2, 12, 31)), DateGranularity.Range,
                    fiscal ? new FiscalPart(Relative: false, y1, 0, 12) : null);
                return true;
            }

            if (paren)
            {
                return false;
            }

            // Without "from"/"between" a span opens with its first day or its month: leave every other word at once
            // ("the", "le", "in" reach here through the gate many times an article).
            if (intro < 0 && !V.IsNumber(j) && !(V.IsAny(j, "le") && V.IsNumber(j + 1))
                && !(V.IsWord(j) && DateLexicons.Months.TryMatch(V.Text, V.Tokens, j, V.Count, false, out _, out _, out _)))
            {
                return false;
            }

            // Days of one month: "13-15 juillet", "12 to 16 September", "du 1er au 8 septembre", "entre le 13 et le 15
            // juillet", "July 13-15", "August 27th - 29th", and two whole dates joined by a dash ("Aug 8 - Aug 12").
            if (TryDaySpan(i, j, intro >= 0, out date) || language != "ar" && TryMonthDaySpan(i, j, intro >= 0, out date))
            {
                return true;
            }

            if (intro < 0)
            {
                return TryDashedDays(i, j, out date);
            }

            // "بين عامي 2015 و2020", "من عامي 2019 إلى 2021": the dual year noun names both bounds.
            if (V.IsAny(j, "عامي", "سنتي") && TryYearToken(j + 1, out var ya))
            {
                var second = j + 2;
                if (V.IsAny(second, "و", "الى", "إلى", "حتى"))
                {
                    second++;
                }

                if (TryYearToken(second, out var yb) && yb > ya)
                {
                    date = new FoundDate(i, second + 1, new DateRange(new DateOnly(ya, 1, 1), new DateOnly(yb, 12, 31)), DateGranularity.Range);
                    return true;
                }
            }

            if (!TryAbsolute(j, out var a, allowBareYear: true))
            {
                return false;
            }

            var k = a.End;
            if (a.Granularity is DateGranularity.Year && !V.IsNumber(j))
            {
                // "من عام 2015 إلى عام 2020", "from the year 2015 to 2020": a year with its noun opens a span only before
                // an explicit "to"; "بين عام 2015 و..." is too often a year and something else.
                if (!V.IsAny(k, "to", "until", "إلى", "الى", "حتى", "وحتى", "وإلى", "والى", "au", "à", "jusqu'en", "jusqu'a") || !TryAbsolute(k + 1, out var y, allowBareYear: true)
                    || y.Granularity != DateGranularity.Year || a.Range is not { } yr || y.Range is not { } yr2 || yr2.Start <= yr.Start)
                {
                    return false;
                }

                date = new FoundDate(i, y.End, new DateRange(yr.Start, yr2.End), DateGranularity.Range);
                return true;
            }

            if (!V.IsAny(k, "to", "until", "till", "and", "إلى", "الى", "حتى", "و", "au", "à", "a", "et", "jusqu'au") && !V.IsPunct(k, '-'))
            {
                return false;
            }

            if (!TryAbsolute(k + 1, out var b, allowBareYear: true) || a.Range is not { } ar || b.Range is not { } br)
            {
                return false;
            }

            if (br.End < ar.Start && a.Granularity is DateGranularity.Month or DateGranularity.Day && !HasYear(a) && HasYear(b))
            {
                // "de septembre à novembre 2024", "from May 3 to June 1, 2023": the first bound takes the second's year.
                var shifted = new DateRange(ar.Start.AddYears(br.End.Year - ar.End.Year), ar.End.AddYears(br.End.Year - ar.End.Year));
                ar = shifted.Start <= br.Start ? shifted : new DateRange(shifted.Start.AddYears(-1), shifted.End.AddYears(-1));
            }

            if (br.End < ar.Start)
            {
                return false;
            }

            // "January 31 to February 9" takes the year of the second date when the first has none.
            date = new FoundDate(i, b.End, new DateRange(ar.Start, br.End), DateGranularity.Range);
            return true;
        }

        // Whether a date's tokens write a year: four digits among them.
        private bool HasYear(FoundDate d)
        {
            for (var t = d.Start; t < d.End; t++)
            {
                if (TryYearToken(t, out _))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The separators of a span of days: a dash anywhere; "to", "through", "au", "إلى" anywhere; "and", "et", "و"
        /// (and "until", "حتى") only after "between"/"from" and their likes.
        /// </summary>
        private bool IsSpanSeparator(int k, bool introduced) =>
            V.IsPunct(k, '-') || V.IsPunct(k, '–')
            || V.IsAny(k, "to", "through", "thru", "au", "إلى", "الى")
            || introduced && V.IsAny(k, "and", "until", "till", "et", "à", "a", "و", "حتى", "وحتى", "وإلى", "والى", "jusqu'au");

        /// <summary>
        /// The first day of a span in digits ("13", "1er", "23rd", "le 13"): a spelled number there is too often a count.
        /// After "from"/"between" an Arabic ordinal word is a day too ("من الثالث والعشرين وحتى السادس والعشرين من
        /// أكتوبر"): an ordinal, unlike a cardinal, counts nothing.
        /// </summary>
        private bool FirstDayOfSpan(int j, bool introduced, out int day, out int end)
        {
            day = 0;
            end = j;
            var k = V.IsAny(j, "le", "the") ? j + 1 : j;
            if (V.IsWord(k) && V.IsNumber(k + 1) && WeekdayAt(k, out _, out _, out var ambiguous) && !ambiguous)
            {
                k++; // "du samedi 13 au dimanche 15 juillet": the weekday of the day
            }

            if (introduced && language == "ar" && V.IsWord(k) && DateLexicons.Gate.TryGetWithClitics(V[k], out var gate, out _, out _, out _) && (gate & 4) != 0
                && NumberParser.TryParse(V.Text, V.Tokens, k, language, out var n)
                && n.IsOrdinal && n.Value is >= 1 and <= 31 && n.Value == Math.Floor(n.Value))
            {
                day = (int)n.Value;
                end = n.End;
                return true;
            }

            return V.IsNumber(k) && TryDay(k, out day, out end);
        }

        /// <summary>"13-15 juillet", "12 to 16 September 2023", "du 1er au 8 septembre", "من 3 إلى 5 مايو", "23rd to 26th Oct".</summary>
        private bool TryDaySpan(int start, int j, bool introduced, out FoundDate date)
        {
            date = default;
            if (!FirstDayOfSpan(j, introduced, out var first, out var afterFirst))
            {
                return false;
            }

            // "les 26 et 27 juin", "يومي 26 و27 يونيو": two days in a row joined by "and" are one span without "between".
            var pair = !IsSpanSeparator(afterFirst, introduced) && V.IsAny(afterFirst, "and", "et", "و");
            if (!pair && !IsSpanSeparator(afterFirst, introduced))
            {
                return false;
            }

            var k = V.IsAny(afterFirst + 1, "le", "the") ? afterFirst + 2 : afterFirst + 1;
            if (V.IsWord(k) && V.IsNumber(k + 1) && WeekdayAt(k, out _, out _, out var ambiguous) && !ambiguous)
            {
                k++;
            }

            // The last day in digits, or an ordinal word after an ordinal word ("وحتى السادس والعشرين من شهر أكتوبر").
            var spelled = V.IsWord(j) && V.IsWord(k);
            if (!(V.IsNumber(k) || spelled) || !TryDayMonth(k, out var last) || last.Granularity != DateGranularity.Day)
            {
                return false;
            }

            if (last.Range is not { } lr)
            {
                date = new FoundDate(start, last.End, null, DateGranularity.Range);
                return true;
            }

            if (first > DateTime.DaysInMonth(lr.Start.Year, lr.Start.Month) || new DateOnly(lr.Start.Year, lr.Start.Month, first) is var from && from >= lr.Start
                || pair && lr.Start != from.AddDays(1))
            {
                return false;
            }

            date = new FoundDate(start, last.End, new DateRange(from, lr.End), DateGranularity.Range);
            return true;
        }

        /// <summary>"July 13-15", "July 13 through 15, 2023", "August 27th - 29th", "July 13 - July 15", "Aug 8 to Aug 12", "between July 13 and 15".</summary>
        private bool TryMonthDaySpan(int start, int j, bool introduced, out FoundDate date)
        {
            date = default;
            if (!TryMonthDay(j, out var first) || first.Range is not { } fr || first.Granularity != DateGranularity.Day)
            {
                return false;
            }

            // A first date with its own year takes a whole date after it, never a bare day ("July 13, 2023 - 15").
            // "and" joins the two days only after "between" ("between July 13 and 15").
            var ownYear = TryYearToken(first.End - 1, out _);
            var sep = first.End;
            var pair = !IsSpanSeparator(sep, introduced) && V.IsAny(sep, "and", "et");
            if (!pair && !IsSpanSeparator(sep, introduced) || !V.SameSentence(j, sep + 1))
            {
                return false;
            }

            int endDay, end;
            DateOnly? lastDay = null;
            if (!ownYear && V.IsNumber(sep + 1) && TryDay(sep + 1, out endDay, out end))
            {
                // "July 13-15": the second day in the same month; not a percentage or a count ("cut on July 13 to 15%").
                if (V.IsPunct(end, '%') || V.IsWord(end) && V.SameSentence(sep, end) && (Figures.FigureLexicons.Units.TryMatch(V.Text, V.Tokens, end, V.Count, true, out _, out _, out _)
                    || Figures.FigureLexicons.Percent.TryMatch(V.Text, V.Tokens, end, V.Count, true, out _, out _, out _)))
                {
                    return false;
                }

                var k = V.IsPunct(end, ',') ? end + 1 : end;
                var year = fr.Start.Year;
                if (TryYearToken(k, out var y))
                {
                    year = y;
                    end = k + 1;
                }

                if (endDay > DateTime.DaysInMonth(year, fr.Start.Month))
                {
                    return false;
                }

                lastDay = new DateOnly(year, fr.Start.Month, endDay);
                fr = new DateRange(new DateOnly(year, fr.Start.Month, fr.Start.Day), fr.End);
            }
            else if (TryMonthDay(sep + 1, out var second) && second.Range is { } sr)
            {
                // "Aug 8 - Aug 12, 2023": the first date takes the second one's year.
                end = second.End;
                lastDay = sr.End;
                if (!ownYear && Valid(sr.Start.Year, fr.Start.Month, fr.Start.Day))
                {
                    fr = new DateRange(new DateOnly(sr.Start.Year, fr.Start.Month, fr.Start.Day), fr.End);
                }
            }
            else
            {
                return false;
            }

            // ("June 26 and 27" is a span only for two days in a row; "June 26 and 28" are two days.)
            if (lastDay is not { } ld || ld <= fr.Start || pair && ld != fr.Start.AddDays(1))
            {
                return false;
            }

            date = new FoundDate(start, end, new DateRange(fr.Start, ld), DateGranularity.Range);
            return true;
        }

        /// <summary>
        /// Two whole days joined by a dash or "to", with no "from" before: "13 July - 15 July 2023", "24/5/2023 -
        /// 28/5/2023", "13 juillet au 15 juillet". Both must be whole days, so "to" between a day and a count ("on
        /// 13 July to 15 people") joins nothing.
        /// </summary>
        private bool TryDashedDays(int start, int j, out FoundDate date)
        {
            date = default;
            if (!(V.IsNumber(j) || V.IsWord(j)) || !TryAbsolute(j, out var a, allowBareYear: false) || a.Granularity != DateGranularity.Day
                || !(V.IsPunct(a.End, '-') || V.IsPunct(a.End, '–') || V.IsAny(a.End, "to", "through", "au", "إلى", "الى"))
                || !V.SameSentence(j, a.End + 1)
                || !TryAbsolute(a.End + 1, out var b, allowBareYear: false) || b.Granularity != DateGranularity.Day
                || a.Range is not { } ar || b.Range is not { } br)
            {
                return false;
            }

            // "13 juillet au 15 juillet 2023": a first day with no year of its own takes the second one's, or the year
            // before it when the span crosses New Year ("28 December - 3 January 2024").
            var first = ar.Start;
            if (!TryYearToken(a.End - 1, out _))
            {
                var year = first.Month > br.Start.Month || first.Month == br.Start.Month && first.Day > br.Start.Day ? br.Start.Year - 1 : br.Start.Year;
                if (Valid(year, first.Month, first.Day))
                {
                    first = new DateOnly(year, first.Month, first.Day);
                }
            }

            if (br.Start <= first)
            {
                return false;
            }

            date = new FoundDate(start, b.End, new DateRange(first, br.End), DateGranularity.Range);
            return true;
        }

        // ---- weekdays and relative words ----------------------------------------------------------------------

        /// <summary>A weekday followed by the date it names: "الأحد 28 آب / أغسطس 2016", "الاثنين 18 شباط", "Friday, May 24".</summary>
        /// <summary>
        /// Two weekdays joined by "و", the days of one event: "يومي السبت والأحد المقبلين", "السبت والأحد الماضيين". The
        /// range from the first to the second, the first placed like a single weekday ("المقبلين" ahead, "الماضيين"
        /// back, else by the sentence's tense). Without this "والأحد" would read as the numeral one, a day of the month.
        /// </summary>
        private bool TryWeekdayPair(int i, out FoundDate date)
        {
            date = default;
            var j = V.IsAny(i, "يومي") ? i + 1 : i;
            if (!WeekdayAt(j, out var first, out var definite, out _) || !Languages.Arabic.ArabicLetters.IsLetter(V[j][0]) || !definite && j == i)
            {
                return false;
            }

            var k = V.IsAny(j + 1, "و") ? j + 2 : j + 1;
            if (!V.SameSentence(j, k) || !WeekdayAt(k, out var second, out _, out _) || k == j + 1 && !V[k].StartsWith("و") || second == first)
            {
                return false;
            }

            var end = k + 1;
            var modifier = 0;
            if (V.IsAny(end, "المقبلين", "القادمين", "المقبل", "القادم"))
            {
                modifier = 1;
                end++;
            }
            else if (V.IsAny(end, "الماضيين", "الماضي", "الفائتين", "السابقين"))
            {
                modifier = -1;
                end++;
            }

            if (!Known)
            {
                date = new FoundDate(i, end, null, DateGranularity.Range);
                return true;
            }

            var day = modifier switch
            {
                1 => reference.AddDays((((int)first - (int)reference.DayOfWeek + 6) % 7) + 1),
                -1 => reference.AddDays(-(((int)reference.DayOfWeek - (int)first + 6) % 7) - 1),
                _ => expressions || FutureBefore(j)
                    ? reference.AddDays(((int)first - (int)reference.DayOfWeek + 7) % 7)
                    : reference.AddDays(-(((int)reference.DayOfWeek - (int)first + 7) % 7)),
            };
            var last = day.AddDays(((int)second - (int)first + 7) % 7);
            date = new FoundDate(i, end, new DateRange(day, last), DateGranularity.Range);
            return true;
        }

        private bool TryWeekdayDate(int i, out FoundDate date)
        {
            date = default;
            var j = i;
            if (V.IsAny(j, "يوم", "اليوم"))
            {
                j++;
            }

            if (!WeekdayAt(j, out var dow, out _, out _))
            {
                return false;
            }

            var k = j + 1;
            if (V.IsPunct(k, ',') || V.IsPunct(k, '،'))
            {
                k++;
            }

            if (V.IsAny(k, "الموافق", "في", "le", "the"))
            {
                k++;
            }

            if (TryDayMonth(k, out var d) || TryMonthDay(k, out d) || TryNumeric(k, out d))
            {
                date = d with { Start = i };
                return true;
            }

            // "السبت السادس عشر", "الثلاثاء التاسع عشر من هذا الشهر": a weekday and a day of this month.
            if (OrdinalAt(k, out var day, out var end) && day is >= 1 and <= 31 && Known)
            {
                if (V.Is(end, "من") && V.Is(end + 1, "هذا") && V.Is(end + 2, "الشهر"))
                {
                    end += 3;
                }

                if (day <= DateTime.DaysInMonth(reference.Year, reference.Month))
                {
                    var dd = new DateOnly(reference.Year, reference.Month, day);
                    date = new FoundDate(i, end, new DateRange(dd, dd), DateGranularity.Day);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A weekday counted within a month, or the month's first or last day: "ثالث ثلاثاء في أيلول 2014", "أول ثلاثاء
        /// من شهر عشرة", "آخر اثنين من الشهر القادم", "الاثنين الأخير من شهر مارس", "الأربعاء الثانية من شهر أكتوبر",
        /// "آخر يوم من شهر عشرة", "اليوم الأخير من", "the third Tuesday of September 2014", "the last Monday of March",
        /// "le dernier lundi de mars", "le premier jour de juin". A year phrase after the month ("السنة القادمة",
        /// "next year") moves it. With the weekday first and an ordinal after it, Arabic also writes a day of the month
        /// ("الثلاثاء الثالث من سبتمبر" is often "Tuesday, 3 September"): that reading wins when that day is that weekday.
        /// </summary>
        private bool TryWeekdayOfMonth(int i, out FoundDate date)
        {
            date = default;
            var j = V.IsAny(i, "the", "le", "la") || V.IsAny(i, "يوم") && WeekdayAt(i + 1, out _, out _, out _) ? i + 1 : i;
            var ordinal = 0;
            DayOfWeek? weekday = null;
            var weekdayFirst = false;
            var dayCounted = false;
            if (IsLast(j))
            {
                ordinal = Last;
                j++;
            }
            else if (WeekdayAt(j, out var first, out _, out _) && (IsLast(j + 1) || OrdinalAt(j + 1, out _, out _)))
            {
                // "الاثنين الأخير", "الأربعاء الثانية"; before the ordinal reading, which "الاثنين" ("the two") also has
                weekday = first;
                weekdayFirst = true;
                if (IsLast(j + 1))
                {
                    ordinal = Last;
                    j += 2;
                }
                else
                {
                    OrdinalAt(j + 1, out ordinal, out j);
                }
            }
            else if (OrdinalAt(j, out var n, out var afterOrdinal))
            {
                ordinal = n;
                j = afterOrdinal;
            }
            else if (V.IsAny(j, "اليوم") && IsLast(j + 1))
            {
                // "اليوم الأخير من": the day itself is counted
                ordinal = Last;
                dayCounted = true;
                j += 2;
            }
            else
            {
                return false;
            }

            // "the third day of October", "le 3e jour d'octobre": a day noun counts days, up to the month's length.
            var dayNoun = weekday is null && !dayCounted && V.IsAny(j, "يوم", "day", "jour");
            if (ordinal is not (Last or (>= 1 and <= 5)) && !(dayNoun && ordinal is >= 1 and <= 31 && !WeekdayAt(j + 1, out _, out _, out _)))
            {
                return false;
            }

            if (weekday is null && !dayCounted)
            {
                // "ثالث يوم ثلاثاء", "آخر يوم", "the last day", "le premier jour"
                if (WeekdayAt(dayNoun ? j + 1 : j, out var counted, out _, out _))
                {
                    weekday = counted;
                    j += dayNoun ? 2 : 1;
                }
                else if (dayNoun)
                {
                    j++;
                }
                else
                {
                    return false;
                }
            }

            // "the third Tuesday after Christmas 2014", "ثالث ثلاثاء بعد كريسماس 2014": counted from a day, not in a month.
            if (weekday is { } counting && !weekdayFirst && ordinal != Last && V.IsAny(j, "after", "before", "بعد", "قبل", "après", "avant"))
            {
                return TryWeekdayFromDay(i, j, counting, ordinal, out date);
            }

            if (V.IsAny(j, "من", "في", "of", "in", "de", "du", "d'", "en"))
            {
                j++;
            }

            // The month: named ("شهر أيلول", "بأيلول", "September 2014", "شهر عشرة") or relative ("الشهر القادم", "next
            // month"). What came before makes even a month name that is also a word ("March", "mars") a month.
            // (A Hijri month is a span of days rather than a calendar month, but a month all the same.)
            if (!(TryMonthYear(j, out var month, cuedBefore: true) && month.Granularity is DateGranularity.Month or DateGranularity.Range
                || TryRelative(j, out month) && month.Granularity == DateGranularity.Month))
            {
                return false;
            }

            var end = month.End;
            var range = month.Range;
            if (TryRelative(end, out var year) && year.Granularity == DateGranularity.Year)
            {
                // "شهر مارس السنة القادمة", "March next year"
                end = year.End;
                range = range is { } r && year.Range is { } y ? new DateRange(r.Start.AddYears(y.Start.Year - r.Start.Year), r.End.AddYears(y.Start.Year - r.Start.Year)) : null;
            }

            if (range is not { } m)
            {
                date = new FoundDate(i, end, null, DateGranularity.Day);
                return true;
            }

            // The month's own bounds: a Hijri month ("آخر جمعة من رمضان") does not start on the 1st of a Gregorian one.
            var (firstDay, lastDay) = (m.Start, m.End);
            DateOnly day;
            if (weekday is not { } dow)
            {
                day = ordinal == Last ? lastDay : firstDay.AddDays(ordinal - 1);
                if (day > lastDay)
                {
                    return false; // a 31st day of a 30-day month
                }
            }
            else if (weekdayFirst && ordinal != Last && firstDay.AddDays(ordinal - 1) is var dated && dated <= lastDay && dated.DayOfWeek == dow)
            {
                day = dated;
            }
            else if (ordinal == Last)
            {
                day = lastDay.AddDays(-(((int)lastDay.DayOfWeek - (int)dow + 7) % 7));
            }
            else
            {
                day = firstDay.AddDays((((int)dow - (int)firstDay.DayOfWeek + 7) % 7) + (7 * (ordinal - 1)));
                if (day > lastDay)
                {
                    return false; // a fifth Tuesday the month does not have
                }
            }

            date = new FoundDate(i, end, new DateRange(day, day), DateGranularity.Day);
            return true;
        }

        /// <summary>
        /// A week counted within a month: "the first week of October 2014", "la dernière semaine de septembre", "الأسبوع
        /// الأول من أكتوبر". Weeks run Monday to Sunday, and only those wholly inside the month count: the first week
        /// starts on the month's first Monday, the last one ends on its last Sunday.
        /// </summary>
        private bool TryWeekOfMonth(int i, out FoundDate date)
        {
            date = default;
            var j = V.IsAny(i, "the", "la", "le") ? i + 1 : i;

            // Cheap first: the week noun must be near ("the first week", "la dernière semaine", "الأسبوع الأول",
            // "آخر أسبوع").
            if (!V.IsAny(j, "الأسبوع", "الاسبوع") && !V.IsAny(j + 1, "week", "semaine", "أسبوع", "اسبوع") && !V.IsAny(j + 2, "week", "semaine"))
            {
                return false;
            }

            int ordinal, k;
            if (V.IsAny(j + 1, "أسبوع", "اسبوع"))
            {
                // Arabic may also put "first" or "last" before the bare noun, as a construct: "أول أسبوع من أكتوبر",
                // "آخر أسبوع في سبتمبر". Only those two: "ثاني أسبوع" is rare and "ثالث أسبوع" reads as a count.
                if (IsLast(j))
                {
                    ordinal = Last;
                }
                else if (V.IsAny(j, "أول", "اول"))
                {
                    ordinal = 1;
                }
                else
                {
                    return false;
                }

                k = j + 2;
            }
            else if (V.IsAny(j, "الأسبوع", "الاسبوع"))
            {
                // Arabic puts the ordinal after the noun.
                if (IsLast(j + 1))
                {
                    ordinal = Last;
                    k = j + 2;
                }
                else if (!OrdinalAt(j + 1, out ordinal, out k))
                {
                    return false;
                }
            }
            else
            {
                if (IsLast(j))
                {
                    ordinal = Last;
                    k = j + 1;
                }
                else if (!OrdinalAt(j, out ordinal, out k))
                {
                    return false;
                }

                if (!V.IsAny(k, "week", "semaine"))
                {
                    return false;
                }

                k++;
            }

            if (ordinal is not (Last or (>= 1 and <= 5)))
            {
                return false;
            }

            if (V.IsAny(k, "of", "in", "de", "du", "من", "في"))
            {
                k++;
            }

            if (!TryMonthYear(k, out var month, cuedBefore: true) || month.Granularity is not (DateGranularity.Month or DateGranularity.Range))
            {
                return false;
            }

            if (month.Range is not { } m)
            {
                date = new FoundDate(i, month.End, null, DateGranularity.Week);
                return true;
            }

            DateOnly monday;
            if (ordinal == Last)
            {
                var sunday = m.End.AddDays(-((int)m.End.DayOfWeek % 7));
                monday = sunday.AddDays(-6);
            }
            else
            {
                monday = m.Start.AddDays(((int)DayOfWeek.Monday - (int)m.Start.DayOfWeek + 7) % 7).AddDays(7 * (ordinal - 1));
                if (monday.AddDays(6) > m.End)
                {
                    return false;
                }
            }

            date = new FoundDate(i, month.End, new DateRange(monday, monday.AddDays(6)), DateGranularity.Week);
            return true;
        }

        /// <summary>The <paramref name="ordinal"/>th <paramref name="weekday"/> after (or before) the day named after the word at <paramref name="j"/>.</summary>
        private bool TryWeekdayFromDay(int start, int j, DayOfWeek weekday, int ordinal, out FoundDate date)
        {
            date = default;
            if (!(TryAbsolute(j + 1, out var anchor, allowBareYear: false) || TryHoliday(j + 1, out anchor)) || anchor.Granularity != DateGranularity.Day)
            {
                return false;
            }

            if (anchor.Range is not { } a)
            {
                date = new FoundDate(start, anchor.End, null, DateGranularity.Day);
                return true;
            }

            var after = !V.IsAny(j, "before", "قبل", "avant");
            var first = after
                ? a.Start.AddDays(((int)weekday - (int)a.Start.DayOfWeek + 6) % 7 + 1)
                : a.Start.AddDays(-(((int)a.Start.DayOfWeek - (int)weekday + 6) % 7 + 1));
            var day = first.AddDays((after ? 7 : -7) * (ordinal - 1));
            date = new FoundDate(start, anchor.End, new DateRange(day, day), DateGranularity.Day);
            return true;
        }

        /// <summary>
        /// "la première quinzaine d'avril", "la seconde quinzaine de mars 2024", "the first fortnight of May": the first
        /// fourteen days of the month, or the rest of it.
        /// </summary>
        private bool TryFortnightOfMonth(int i, out FoundDate date)
        {
            date = default;
            var j = V.IsAny(i, "the", "la") ? i + 1 : i;
            if (!V.IsAny(j + 1, "quinzaine", "fortnight"))
            {
                return false;
            }

            int half;
            if (IsLast(j))
            {
                half = 2;
            }
            else if (OrdinalAt(j, out var ordinal, out var afterOrdinal) && afterOrdinal == j + 1 && ordinal is 1 or 2)
            {
                half = ordinal;
            }
            else if (V.IsAny(j, "seconde", "second"))
            {
                half = 2;
            }
            else
            {
                return false;
            }

            var k = j + 2;
            if (V.IsAny(k, "of", "de", "du"))
            {
                k++;
            }

            if (!TryMonthYear(k, out var month, cuedBefore: true) || month.Granularity != DateGranularity.Month)
            {
                return false;
            }

            const int FirstHalfDays = 14;
            DateRange? range = month.Range is { } m
                ? half == 1 ? new DateRange(m.Start, m.Start.AddDays(FirstHalfDays - 1)) : new DateRange(m.Start.AddDays(FirstHalfDays), m.End)
                : null;
            date = new FoundDate(i, month.End, range, DateGranularity.Range);
            return true;
        }

        /// <summary>The ordinal of <see cref="TryWeekdayOfMonth"/> for "last".</summary>
        private const int Last = -1;

        private bool IsLast(int j) => V.IsAny(j, "اخر", "آخر", "الاخير", "الأخير", "الاخيرة", "الأخيرة", "last", "dernier", "dernière", "derniere");

        /// <summary>
        /// A night named by the two days it joins: "dans la nuit de dimanche à lundi", "la nuit du 3 au 4 mai" is left
        /// to the day span, "ليلة الأحد إلى الاثنين", "ليل السبت الأحد": the range of the two days.
        /// </summary>
        private bool TryNightSpan(int i, out FoundDate date)
        {
            date = default;
            var w = V[i];
            if (w.Length < 3 || w[0] is not ('n' or 'N' or 'ل'))
            {
                return false; // the cheap test first: this runs at every date word
            }

            int j;
            if (V.IsAny(i, "nuit") && V.IsAny(i + 1, "de", "du"))
            {
                j = i + 2;
            }
            else if (V.IsAny(i, "ليلة", "ليل"))
            {
                j = i + 1;
            }
            else
            {
                return false;
            }

            // ("الأحد" may also be "the one": the day after it settles it.)
            if (!WeekdayAt(j, out var firstDay, out _, out _))
            {
                return false;
            }

            var k = j + 1;
            if (V.IsAny(k, "à", "a", "au", "إلى", "الى", "على") || V.IsPunct(k, '-') || V.IsPunct(k, '/'))
            {
                k++;
            }

            if (!WeekdayAt(k, out var secondDay, out _, out _) || (int)secondDay != ((int)firstDay + 1) % 7)
            {
                return false;
            }

            // The night that ended on the article's day is last night; else the first day resolves as the weekday
            // alone would in this sentence, and the night runs into the next.
            var start = V.IsAny(i - 1, "la") ? i - 1 : i;
            if (Known && reference.DayOfWeek == secondDay)
            {
                date = new FoundDate(start, k + 1, new DateRange(reference.AddDays(-1), reference), DateGranularity.Range);
                return true;
            }

            if (!TryWeekday(j, out var day) || day.Range is not { } d)
            {
                date = new FoundDate(start, k + 1, null, DateGranularity.Range);
                return true;
            }

            date = new FoundDate(start, k + 1, new DateRange(d.Start, d.Start.AddDays(1)), DateGranularity.Range);
            return true;
        }

        private bool TryWeekday(int i, out FoundDate date)
        {
            date = default;
            var start = i;
            var j = i;
            var cue = false;
            if (V.IsAny(j, "يوم", "اليوم", "مساء", "صباح", "ليلة", "ظهر", "فجر", "on", "last", "next", "this"))
            {
                cue = true;
                j++;
            }

            if (!WeekdayAt(j, out var dow, out var definite, out var ambiguous))
            {
                return false;
            }

            if (!cue && V.IsAny(j - 1, "صلاة", "صلوات", "خطبة", "خطيب", "لصلاة", "بصلاة", "وصلاة", "جمعة"))
            {
                return false; // "صلاة الجمعة", "خطبة الجمعة": the weekly prayer, not a day of the story
            }

            var end = j + 1;
            var modifier = 0;
            if (V.IsAny(end, "الماضي", "السابق", "الفائت", "المنصرم", "dernier"))
            {
                modifier = -1;
                end++;
            }
            else if (V.IsAny(end, "المقبل", "القادم", "prochain"))
            {
                modifier = 1;
                end++;
            }
            else if (V.IsAny(end, "من") && V.IsAny(end + 1, "الاسبوع", "الأسبوع", "هذا"))
            {
                var w = V.IsAny(end + 1, "هذا") ? end + 2 : end + 1;
                if (V.IsAny(w, "الاسبوع", "الأسبوع"))
                {
                    end = w + 1;
                    modifier = V.IsAny(end, "الماضي", "الفائت", "السابق") ? -2 : V.IsAny(end, "المقبل", "القادم") ? 2 : 3;
                    if (modifier != 3 || V.IsAny(end, "الحالي", "الجاري"))
                    {
                        end++;
                    }
                }
            }
            else if (V.IsAny(end, "الاسبوع", "الأسبوع"))
            {
                end++;
                modifier = V.IsAny(end, "الماضي", "الفائت", "السابق") ? -2 : V.IsAny(end, "المقبل", "القادم") ? 2 : 3;
                end++;
            }
            else if (WeekAfter(end, out var weekOffset, out var weekEnd))
            {
                // "Wednesday of next week", "Tuesday last week", "lundi de la semaine prochaine", "mardi cette semaine"
                modifier = weekOffset switch { < 0 => -2, > 0 => 2, _ => 3 };
                end = weekEnd;
            }
            else if (DateLexicons.Relative.TryMatchEndingAt(V.Text, V.Tokens, start, Math.Max(0, start - 4), true, out var week, out var weekStart) && week.Unit == "week"
                && V.SameSentence(weekStart, start))
            {
                // "الأسبوع المقبل يوم الجمعة", "next week on Friday": the weekday of the week just named.
                modifier = week.Offset switch { < 0 => -2, > 0 => 2, _ => 3 };
            }

            if (V.IsAny(i, "last"))
            {
                modifier = -1;
            }
            else if (V.IsAny(i, "next"))
            {
                modifier = 1;
            }

            if (V.IsAny(end, "night", "morning", "evening", "afternoon", "soir", "matin", "après-midi", "soir"))
            {
                end++;
            }

            var isArabic = Languages.Arabic.ArabicLetters.IsLetter(V[j][0]);
            if (isArabic && !definite && !cue && modifier == 0)
            {
                return false;
            }

            // "الأحد" is also "the one", "الاثنين" "the two": alone they are weekdays only where a date stands, as
            // after "في" or before a comma, "في" ("التقى الأحد في الرياض") or "إن"/"أن" ("قال الاثنين إن").
            if (ambiguous && !cue && modifier == 0 && !(V.IsPunct(end, '،') || V.IsPunct(end, ',') || !V.Valid(end) || !V.SameSentence(j, end)
                || V.IsPunct(j - 1, '(') || V.IsPunct(j - 1, '،') || V.IsAny(j - 1, "في", "منذ", "حتى") || V.IsAny(end, "في", "إن", "أن")))
            {
                return false;
            }

            if (isArabic && (V.IsAny(end, "عشر", "عشرة", "عشره") || V.IsAny(end, "من") && !V.IsAny(end + 1, "الاسبوع", "الأسبوع", "هذا")))
            {
                return false; // "الأحد عشر": eleven; "أحد من": one of
            }

            if (!Known)
            {
                date = new FoundDate(start, end, null, DateGranularity.Day);
                return true;
            }

            var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
            var offsetFromMonday = ((int)dow + 6) % 7;
            DateOnly day = modifier switch
            {
                -1 => reference.AddDays(-(((int)reference.DayOfWeek - (int)dow + 6) % 7) - 1),
                1 => reference.AddDays((((int)dow - (int)reference.DayOfWeek + 6) % 7) + 1),
                -2 => monday.AddDays(offsetFromMonday - 7),
                2 => monday.AddDays(offsetFromMonday + 7),
                3 => monday.AddDays(offsetFromMonday),
                // A lone expression names the coming day of that name, next week's on that very day (the peer
                // parsers' reading of "tuesday" on a Tuesday); a story's future tense may mean the same day.
                _ when expressions => reference.AddDays((((int)dow - (int)reference.DayOfWeek + 6) % 7) + 1),
                _ => FutureBefore(j)
                    ? reference.AddDays(((int)dow - (int)reference.DayOfWeek + 7) % 7)
                    : reference.AddDays(-(((int)reference.DayOfWeek - (int)dow + 7) % 7)),
            };
            date = new FoundDate(start, end, new DateRange(day, day), DateGranularity.Day);
            return true;
        }

        /// <summary>
        /// A week named relative to the reference right after a weekday, with or without "of"/"from"/"de": "next
        /// week", "la semaine dernière", "this week". <paramref name="offset"/> is that week's offset.
        /// </summary>
        private bool WeekAfter(int j, out int offset, out int end)
        {
            offset = 0;
            end = j;
            var k = V.IsAny(j, "of", "from", "de") ? j + 1 : j;
            if (!V.IsWord(k) || !V.SameSentence(j, k) || Languages.Arabic.ArabicLetters.IsLetter(V[k][0])
                || !DateLexicons.Relative.TryMatch(V.Text, V.Tokens, k, V.Count, false, out var rel, out var count, out _) || rel.Unit != "week")
            {
                return false;
            }

            offset = rel.Offset;
            end = k + count;
            return true;
        }

        /// <summary>
        /// Whether the words of the sentence before token <paramref name="j"/> put it in the future: a marker of
        /// Data/Dates/future-markers.tsv ("will", "سوف", "من المقرر", "doit") or a French future form ("se tiendra",
        /// "rencontrera"). News tells the past by default, so a bare weekday is the last one unless this says otherwise.
        /// </summary>
        private bool FutureBefore(int j)
        {
            const int MaxWords = 20;
            for (var k = j - 1; k >= 0 && k >= j - MaxWords && V.SameSentence(k, j); k--)
            {
                if (!V.IsWord(k))
                {
                    continue;
                }

                if (DateLexicons.FutureMarkers.Contains(V[k]) || language == "fr" && V[k].Length > 5 && char.IsLower(V[k][0]) && IsFrenchFuture(LexiconKey.Of(V[k].ToString())))
                {
                    return true;
                }
            }

            return false;
        }

        // "se tiendra", "rencontrera", "se rendront": the endings of the French simple future, on a keyed word.
        private static bool IsFrenchFuture(string key) =>
            key.EndsWith("era", StringComparison.Ordinal) || key.EndsWith("ira", StringComparison.Ordinal) || key.EndsWith("dra", StringComparison.Ordinal)
            || key.EndsWith("eront", StringComparison.Ordinal) || key.EndsWith("iront", StringComparison.Ordinal);

        private bool WeekdayAt(int j, out DayOfWeek dow, out bool definite, out bool ambiguous)
        {
            dow = default;
            definite = false;
            ambiguous = false;
            if (!V.IsWord(j) || !DateLexicons.Weekdays.TryGetWithClitics(V[j], out var w, out var prefix, out definite, out _))
            {
                return false;
            }

            if (prefix > 0 && !definite && !V[j].StartsWith("و") && !V[j].StartsWith("ب"))
            {
                return false;
            }

            var latin = !Languages.Arabic.ArabicLetters.IsLetter(V[j][0]);
            if (latin && !CaseAllows(j))
            {
                return false;
            }

            dow = w.Day;
            ambiguous = w.Ambiguous;
            return true;
        }

        private bool TryRelative(int i, out FoundDate date)
        {
            date = default;
            var start = i;
            if (!DateLexicons.Relative.TryMatch(V.Text, V.Tokens, i, V.Count, true, out var rel, out var count, out var prefix))
            {
                // "قبل أسبوع", "قبل ثلاثة أيام", "three days ago", "il y a deux jours"; "in two weeks", "بعد يومين".
                return TryAgo(i, out date) || TryAhead(i, out date);
            }

            if (prefix > 0 && !(V[i].StartsWith("و") || V[i].StartsWith("ب") || V[i].StartsWith("ف")))
            {
                return false;
            }

            var end = i + count;

            // "مقارنة بالشهر السابق", "عن العام السابق": "the previous month" held up for comparison is the month
            // before the one the figures are for, not before the article's; it names no date of its own.
            if (V.IsAny(end - 1, "السابق", "السابقة") && (V[i].StartsWith("ب") || V.IsAny(i - 1, "مقارنة", "مقارنه", "عن", "مع")))
            {
                return false;
            }

            // "اليوم" is also "the day": "اليوم العالمي", "اليوم الأول". Keep it only alone or before a weekday.
            if (rel.Unit == "day" && rel.Offset == 0 && count == 1 && V.IsAny(i, "اليوم") && V.Valid(end) && V.SameSentence(i, end)
                && V.IsWord(end) && V[end].StartsWith("ال") && !WeekdayAt(end, out _, out _, out _))
            {
                return false;
            }

            if (rel.Unit == "day" && rel.Offset == 0 && WeekdayAt(end, out _, out _, out _))
            {
                return false; // "اليوم الثلاثاء" is read as a weekday
            }

            // "أمس الأول الأحد", "hier mardi": the weekday restates the relative day and joins it.
            if (rel.Unit == "day" && WeekdayAt(end, out _, out var definiteDay, out _) && (definiteDay || !Languages.Arabic.ArabicLetters.IsLetter(V[end][0])))
            {
                end++;
            }

            if (!Known)
            {
                date = new FoundDate(start, end, null, Granularity(rel.Unit));
                return true;
            }

            date = Relative(start, end, rel.Unit, rel.Offset);
            return true;
        }

        // The units "TryAgo" counts back in: weeks and days, in Arabic, English and French.
        private static readonly string[] WeekWords = ["اسبوع", "أسبوع", "اسابيع", "أسابيع", "week", "weeks", "semaine", "semaines"];
        private static readonly string[] DayWords = ["يوم", "ايام", "أيام", "يومين", "day", "days", "jour", "jours"];

        // The same units, and the dual of weeks, as a second length after "و": "من أسبوع وأسبوعين".
        private static readonly string[] LengthsAfterConjunction = [.. WeekWords, .. DayWords, "أسبوعين", "اسبوعين"];

        // Words before "من" that make "من أسبوع" a length ("less than a week"), not the colloquial "a week ago".
        private static readonly string[] AgoBlockers = ["أقل", "اقل", "أكثر", "اكثر", "بأقل", "بأكثر", "لأقل", "لأكثر", "أطول", "اطول", "أقصر", "اقصر", "أكبر", "بدلا", "أقرب", "ابتداء", "اعتبارا", "بدءا"];

        // "وأسبوعين" in "من أسبوع وأسبوعين": a second length joined by the conjunction.
        private static bool IsDurationAfterConjunction(ReadOnlySpan<char> word)
        {
            if (word.Length < 3 || word[0] != 'و')
            {
                return false;
            }

            var stem = word[1..];
            foreach (var unit in LengthsAfterConjunction)
            {
                if (PhraseTable<int>.KeyEquals(stem, unit))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A count of days or weeks back from the reference: "قبل أسبوع", "قبل ثلاثة أيام", "منذ يومين", "three days ago",
        /// "a week ago", "il y a deux jours", and the colloquial "من أسبوع" when nothing makes it a length or a range.
        /// After "منذ" ("since") the day is when it started, as "قبل" gives it; months and years back ("منذ ثلاث سنوات",
        /// "two years ago") read as durations more often than dates and stay out.
        /// </summary>
        private bool TryAgo(int i, out FoundDate date)
        {
            date = default;
            if (!Known)
            {
                return false;
            }

            var j = i;
            var colloquial = V.IsAny(j, "من");
            if (colloquial && V.IsAny(i - 1, AgoBlockers))
            {
                return false; // "أقل من أسبوع", "أكثر من يومين": a length of time, not a date
            }

            var arabic = colloquial || V.IsAny(j, "قبل", "منذ");
            if (arabic)
            {
                j++;
            }
            else if (V.IsAny(j, "il") && V.IsAny(j + 1, "y") && V.IsAny(j + 2, "a"))
            {
                j += 3;
            }

            var n = 1m;
            var counted = NumberParser.TryParse(V.Text, V.Tokens, j, language, out var num) && !num.IsOrdinal;
            if (counted)
            {
                n = num.Value;
                j = num.End;
            }
            else if (!arabic && V.IsAny(j, "a", "an", "un", "une"))
            {
                j++;
            }
            else if (!arabic)
            {
                return false;
            }

            var days = V.IsAny(j, WeekWords) ? 7 : V.IsAny(j, DayWords) ? 1 : 0;
            if (days == 0 || n is < 1 or > 60 || n != decimal.Truncate(n))
            {
                return false;
            }

            // "قبل أيام", "منذ أسابيع", "il y a des jours": a plural with no count is "a few days ago", no calendar day.
            if (arabic && !counted && V.IsAny(j, "ايام", "أيام", "اسابيع", "أسابيع"))
            {
                return false;
            }

            if (V.IsAny(j, "يومين"))
            {
                n = 2;
            }

            var end = j + 1;
            if (colloquial && V.Valid(end) && V.SameSentence(j, end) && V.IsWord(end)
                && (V[end][0] == 'ل' || V.IsAny(end, "إلى", "الى", "حتى", "و") || IsDurationAfterConjunction(V[end]) || DateLexicons.Gate.TryGetWithClitics(V[end], out _, out _, out _, out _)))
            {
                return false; // "من يوم لآخر", "من أسبوع إلى أسبوعين", "من يوم الأحد": not "a day ago"
            }

            // English counts back with "ago" after, forward with "hence" or "from now"/"from today" after; French has
            // "il y a" before and nothing after.
            var sign = -1;
            if (!arabic && !V.IsAny(i, "il"))
            {
                if (V.IsAny(end, "ago"))
                {
                    end++;
                }
                else if (V.IsAny(end, "hence"))
                {
                    sign = 1;
                    end++;
                }
                else if (V.IsAny(end, "from") && V.IsAny(end + 1, "now", "today"))
                {
                    sign = 1;
                    end += 2;
                }
                else
                {
                    return false;
                }
            }
            else if (V.IsAny(end, "ago"))
            {
                return false;
            }

            var d = reference.AddDays(sign * (int)n * days);
            date = new FoundDate(i, end, new DateRange(d, d), DateGranularity.Day);
            return true;
        }

        /// <summary>
        /// A count of days or weeks forward from the reference, in a sentence set in the future (or a lone expression):
        /// "in two weeks", "in a week", "dans trois jours", "بعد أسبوعين". In a sentence about the past the same words
        /// are a length ("prices doubled in two weeks") or count from another event ("بعد يومين من الاجتماع"), so
        /// they stay out there, as they do when "of"/"de"/"من" ties them to something else.
        /// </summary>
        private bool TryAhead(int i, out FoundDate date)
        {
            date = default;
            if (!Known || !V.IsAny(i, "in", "dans", "بعد"))
            {
                return false;
            }

            var j = i + 1;
            var n = 1m;
            var counted = NumberParser.TryParse(V.Text, V.Tokens, j, language, out var num) && !num.IsOrdinal;
            if (counted)
            {
                n = num.Value;
                j = num.End;
            }
            else if (V.IsAny(j, "a", "an", "one", "un", "une"))
            {
                j++;
            }
            else if (!V.IsAny(j, "يومين", "أسبوعين", "اسبوعين", "أسبوع", "اسبوع", "يوم"))
            {
                return false;
            }

            var days = V.IsAny(j, WeekWords) || V.IsAny(j, "أسبوعين", "اسبوعين") ? 7 : V.IsAny(j, DayWords) ? 1 : 0;
            if (days == 0 || n is < 1 or > 60 || n != decimal.Truncate(n))
            {
                return false;
            }

            if (V.IsAny(j, "يومين", "أسبوعين", "اسبوعين"))
            {
                n = 2;
            }

            var end = j + 1;
            if (V.IsAny(end, "of", "de", "d'", "من", "على") && V.SameSentence(j, end))
            {
                return false;
            }

            // Last, as the dearest test: "in" and "dans" are among the commonest words.
            if (!expressions && !FutureBefore(i))
            {
                return false;
            }

            var d = reference.AddDays((int)n * days);
            date = new FoundDate(i, end, new DateRange(d, d), DateGranularity.Day);
            return true;
        }

        private FoundDate Relative(int start, int end, string unit, int offset)
        {
            switch (unit)
            {
                case "day":
                    var d = reference.AddDays(offset);
                    return new FoundDate(start, end, new DateRange(d, d), DateGranularity.Day);
                case "week":
                    var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7)).AddDays(7 * offset);
                    return new FoundDate(start, end, new DateRange(monday, monday.AddDays(6)), DateGranularity.Week);
                case "month":
                    var m = new DateOnly(reference.Year, reference.Month, 1).AddMonths(offset);
                    return new FoundDate(start, end, new DateRange(m, m.AddMonths(1).AddDays(-1)), DateGranularity.Month);
                case "quarter":
                    var q = new DateOnly(reference.Year, ((reference.Month - 1) / 3 * 3) + 1, 1).AddMonths(3 * offset);
                    return new FoundDate(start, end, new DateRange(q, q.AddMonths(3).AddDays(-1)), DateGranularity.Quarter);
                case "fiscal-year":
                    // "السنة المالية الحالية", "the current fiscal year": this calendar year unless the article's country
                    // counts its budget from another month (DateExtractor).
                    var fy = reference.Year + offset;
                    return new FoundDate(start, end, new DateRange(new DateOnly(fy, 1, 1), new DateOnly(fy, 12, 31)), DateGranularity.Year,
                        new FiscalPart(Relative: true, offset, 0, 12));
                default:
                    var y = reference.Year + offset;
                    return new FoundDate(start, end, new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)), DateGranularity.Year);
            }
        }

        private static DateGranularity Granularity(string unit) => unit switch
        {
            "day" => DateGranularity.Day,
            "week" => DateGranularity.Week,
            "month" => DateGranularity.Month,
            "quarter" => DateGranularity.Quarter,
            _ => DateGranularity.Year, // "year" and "fiscal-year"
        };

        /// <summary>
        /// A holiday of Data/Dates/holidays.tsv: "عيد الفطر", "Christmas 2020", "la Toussaint", "last Thanksgiving",
        /// "Noël dernier", "عيد الأضحى المقبل". Without a year, "next"/"last" give the next or the previous one; else,
        /// as for a bare weekday, news tells the past, so it is the last one up to the reference date, unless the
        /// sentence is set in the future (or is a lone expression, which asks about what is coming): then the next.
        /// </summary>
        private bool TryHoliday(int i, out FoundDate date)
        {
            date = default;
            var modifier = V.IsAny(i, "next") ? 1 : V.IsAny(i, "last") ? -1 : 0;
            var at = modifier != 0 || V.IsAny(i, "this") ? i + 1 : i;
            // "بعيد الأم", "وعيد الفطر": a preposition or conjunction may be joined to the first word.
            if (!DateLexicons.Holidays.TryMatch(V.Text, V.Tokens, at, V.Count, true, out var h, out var count, out var prefix)
                || prefix > 0 && !OpensWithParticle(at))
            {
                return false;
            }

            // "Noël", "Toussaint" are also names: "Jean Toussaint", "Noël Le Graët". A capitalized word joined to a
            // one-word Latin holiday makes it part of a name.
            if (count == 1 && !Languages.Arabic.ArabicLetters.IsLetter(V[at][0])
                && (CapitalizedWordAt(at + 1, at) || CapitalizedWordAt(at - 1, at) && at - 1 != i && V.SameSentence(at - 2, at - 1)))
            {
                return false;
            }

            var end = at + count;
            if (V.IsAny(end, "war", "offensive") || V.IsAny(at - 1, "حرب", "guerre", "war") || V.IsAny(at - 1, "du", "de") && V.IsAny(at - 2, "guerre"))
            {
                return false; // "the Yom Kippur war", "guerre du Kippour", "حرب يوم الغفران": a name, not the day
            }

            int? year = null;
            if (TryYearToken(end, out var y))
            {
                year = y;
                end++;
            }
            else if (modifier == 0 && Modifier(end, out var after) is var postposed and not 0)
            {
                modifier = postposed;
                end = after;
            }

            if (year is null && !Known)
            {
                date = new FoundDate(i, end, null, DateGranularity.Day);
                return true;
            }

            DateOnly? day;
            if (year is { } given)
            {
                day = HolidayIn(h, given);
            }
            else
            {
                var current = HolidayIn(h, reference.Year);
                day = modifier switch
                {
                    1 => current > reference ? current : HolidayIn(h, reference.Year + 1),
                    -1 => current < reference ? current : HolidayIn(h, reference.Year - 1),
                    _ when expressions || FutureBefore(i) => current < reference ? HolidayIn(h, reference.Year + 1) : current,
                    _ => current > reference ? HolidayIn(h, reference.Year - 1) : current,
                };
            }

            // A festival of several days ("Passover", "Hanukkah", "Lent") is the span of its days.
            date = h.Days > 1
                ? new FoundDate(i, end, day is { } ds ? new DateRange(ds, ds.AddDays(h.Days - 1)) : null, DateGranularity.Range)
                : new FoundDate(i, end, day is { } dd ? new DateRange(dd, dd) : null, DateGranularity.Day);
            return true;
        }

        // A capitalized word at j in the sentence of token k; the first word of a sentence is capitalized anyway.
        private bool CapitalizedWordAt(int j, int k) => V.IsWord(j) && V.SameSentence(j, k) && char.IsUpper(V[j][0]);

        private static DateOnly? HolidayIn(Holiday h, int year)
        {
            if (year is < 2 or > 9998)
            {
                return null;
            }

            switch (h.Rule)
            {
                case HolidayRule.Gregorian:
                    return Valid(year, h.Month, h.Day) ? new DateOnly(year, h.Month, h.Day) : null;
                case HolidayRule.Easter:
                    return Easter(year).AddDays(h.Day);
                case HolidayRule.OrthodoxEaster:
                    return LunisolarCalendars.OrthodoxEaster(year).AddDays(h.Day);
                case HolidayRule.Hebrew:
                    return LunisolarCalendars.HebrewInYear(year, h.Month, h.Day);
                case HolidayRule.Chinese:
                    return LunisolarCalendars.ChineseInYear(year, h.Month, h.Day);
                case HolidayRule.Weekday:
                    var first = new DateOnly(year, h.Month, 1);
                    if (h.Day < 0)
                    {
                        var last = first.AddMonths(1).AddDays(-1);
                        return last.AddDays(-(((int)last.DayOfWeek - (int)h.Weekday + 7) % 7) + h.Offset);
                    }

                    var nth = first.AddDays((((int)h.Weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (h.Day - 1)));
                    return nth.Month == h.Month ? nth.AddDays(h.Offset) : null;
                default:
                    return HijriInYear(year, h.Month, h.Day);
            }
        }

        // ---- pieces --------------------------------------------------------------------------------------------

        private bool TryDay(int j, out int day, out int end)
        {
            day = 0;
            end = j;
            if (!V.Valid(j))
            {
                return false;
            }

            if (V.IsNumber(j) && IsPlain(j) && V[j].Length <= 2 && !V.IsPunct(j + 1, ':') && !V.IsPunct(j + 1, '/') && !V.IsPunct(j + 1, '.') || V.IsNumber(j) && IsPlain(j) && V[j].Length <= 2 && V.IsPunct(j + 1, '.') && !V.IsNumber(j + 2))
            {
                day = Int(j);
                end = j + 1;
                if (V.IsWord(end) && V.Adjacent(j, end) && V[end].Length <= 3 && NumberLexicon.Latin(language).TryGet(V[end], out var sfx) && sfx.Kind == NumberWordKind.Suffix)
                {
                    end++;
                }

                return day is >= 1 and <= 31;
            }

            // "اليوم الأول من", "اليوم الثالث من اكتوبر"
            if (V.IsAny(j, "اليوم") && OrdinalAt(j + 1, out day, out end))
            {
                return day is >= 1 and <= 31;
            }

            if (!V.IsWord(j) || !NumberParser.TryParse(V.Text, V.Tokens, j, language, out var n) || !(n.IsOrdinal || n.Definite)
                || n.Value is < 1 or > 31 || n.Value != decimal.Truncate(n.Value))
            {
                return false;
            }

            day = (int)n.Value;
            end = n.End;
            if (n.IsOrdinal && V.IsAny(end, "يوم"))
            {
                end++; // "ثالث يوم من شهر عشرة"
            }

            return true;
        }

        private bool TryMonth(int j, out MonthName month, out int end, bool strict)
        {
            end = j;
            if (!V.IsWord(j))
            {
                month = null!;
                return false;
            }

            if (!DateLexicons.Months.TryMatch(V.Text, V.Tokens, j, V.Count, true, out month, out var count, out var prefix))
            {
                // French elides "de" before a vowel into the month's own token: "d'octobre", "d'avril", "d'août".
                var w = V[j];
                if (language == "fr" && w.Length >= 4 && w[0] is 'd' or 'D' && w[1] == '\'' && DateLexicons.Months.TryGetWord(w[2..], out month))
                {
                    count = 1;
                    prefix = 0;
                }
                else if (PartOfMonth(w, out month))
                {
                    end = j + 1;
                    return true;
                }
                else
                {
                    month = null!;
                    return false;
                }
            }

            if (prefix > 0 && !OpensWithParticle(j))
            {
                return false;
            }

            var latin = !Languages.Arabic.ArabicLetters.IsLetter(V[j][0]);
            if (latin && !CaseAllows(j))
            {
                return false;
            }

            if (latin && (PhraseTable<int>.KeyEquals(V[j], "may") || PhraseTable<int>.KeyEquals(V[j], "march") || PhraseTable<int>.KeyEquals(V[j], "mar")))
            {
                month = month with { Ambiguous = true };
            }

            end = j + count;
            if (V.IsPunct(end, '.') && latin && DateLexicons.IsMonthAbbreviation(V[j]))
            {
                end++; // "Jan.", "sept." (but "in July." ends a sentence: the full stop is not part of the date)
            }

            // The double form: "مارس / آذار", "مارس/آذار", "مارس (آذار)", "آب / أغسطس".
            var k = end;
            var paren = V.IsPunct(k, '(');
            if ((V.IsPunct(k, '/') || paren || V.IsPunct(k, '-')) && DateLexicons.Months.TryMatch(V.Text, V.Tokens, k + 1, V.Count, false, out var second, out var c2, out _)
                && second.Month == month.Month && second.Hijri == month.Hijri)
            {
                end = k + 1 + c2;
                if (paren && V.IsPunct(end, ')'))
                {
                    end++;
                }

                month = month with { Ambiguous = false };
            }

            return true;
        }

        // A month or a holiday may carry a joined conjunction or preposition ("وفبراير", "بعيد الأم"), not another clitic.
        private bool OpensWithParticle(int j) => V[j].StartsWith("و") || V[j].StartsWith("ب") || V[j].StartsWith("ل") || V[j].StartsWith("ف");

        /// <summary>
        /// English writes month and weekday names with a capital, and in running text the capital is what tells "May"
        /// and "March" from the verbs, "Sun" from the star. A lone expression ("next tuesday", "march 3 2015") is
        /// typed the way a user types a query: its case says nothing, so there any case is a name.
        /// </summary>
        /// <summary>
        /// A part of a month written as one hyphenated word: "mid-March", "end-June", "mi-mars". Like "late March"
        /// and "fin mars", it names the month (the gold's convention for "نهاية عام 2014" is the whole year too). The
        /// prefix makes the word a month even where the bare name is a common word ("mid-May").
        /// </summary>
        private bool PartOfMonth(ReadOnlySpan<char> word, out MonthName month)
        {
            month = null!;
            var dash = word.IndexOf('-');
            if (dash <= 0 || dash >= word.Length - 2)
            {
                return false;
            }

            var left = word[..dash];
            var right = word[(dash + 1)..];
            var known = PhraseTable<int>.KeyEquals(left, "mid") || PhraseTable<int>.KeyEquals(left, "end") || PhraseTable<int>.KeyEquals(left, "early")
                || PhraseTable<int>.KeyEquals(left, "late") || PhraseTable<int>.KeyEquals(left, "mi") || PhraseTable<int>.KeyEquals(left, "fin");
            if (!known || language == "en" && !expressions && !char.IsUpper(right[0]) || !DateLexicons.Months.TryGetWord(right, out var found) || found.Hijri)
            {
                return false;
            }

            month = found with { Ambiguous = false };
            return true;
        }

        private bool CaseAllows(int j) => language != "en" || expressions || char.IsUpper(V[j][0]);

        /// <summary>"شهر 3", "شهر ثلاثة", "شهر عشرة": a month by its number.</summary>
        private bool TryMonthNumber(int shahr, int j, out MonthName month, out int end)
        {
            month = null!;
            end = j;
            if (!V.IsAny(shahr, "شهر", "بشهر", "لشهر") || !NumberParser.TryParse(V.Text, V.Tokens, shahr + 1, language, out var n) || n.IsOrdinal
                || n.Value is < 1 or > 12 || n.Value != decimal.Truncate(n.Value) || n.HasDigits && n.DigitCount > 2)
            {
                return false;
            }

            month = new MonthName((int)n.Value, false, false);
            end = n.End;
            return true;
        }

        private bool TryYearAfter(int j, out int year, out int end, out bool hijri)
        {
            year = 0;
            end = j;
            hijri = false;
            var k = j;
            if (V.IsPunct(k, ',') || V.IsPunct(k, '،'))
            {
                k++;
            }

            if (V.IsAny(k, "من", "في", "لعام", "بعام", "عام", "سنة", "من عام", "de", "of"))
            {
                k++;
                if (V.IsAny(k, "عام", "العام", "سنة", "السنة"))
                {
                    k++;
                }
            }

            if (!TryYearToken(k, out year) || !V.SameSentence(j - 1, k))
            {
                return false;
            }

            end = k + 1;
            if (IsHijriMarker(end))
            {
                hijri = true;
                end++;
            }

            return true;
        }

        private bool IsHijriMarker(int j) => V.Valid(j) && (V.IsAny(j, "ه", "هـ", "هجري", "هجرية", "للهجرة", "ah") || V.Is(j, "ه") && V.IsPunct(j + 1, '.'));

        /// <summary>A year written with the next one after a slash or a dash: "2025/26", "2026-2027".</summary>
        private bool SplitYearAt(int j, int year)
        {
            if (!(V.IsPunct(j + 1, '/') || V.IsPunct(j + 1, '-')) || !V.Adjacent(j, j + 1) || !V.Adjacent(j + 1, j + 2) || !V.IsNumber(j + 2) || !IsPlain(j + 2))
            {
                return false;
            }

            return IsNextYear(j + 2, Int(j + 2), year);
        }

        // Whether the number at k, worth value, writes the year after year, whole or by its last two digits ("2026", "26").
        private bool IsNextYear(int k, int value, int year) =>
            V[k].Length == 2 && value == (year + 1) % 100 || V[k].Length == 4 && value == year + 1;

        private bool TryYearToken(int j, out int year)
        {
            year = 0;
            if (!V.IsNumber(j) || !IsPlain(j) || V[j].Length != 4 || V.IsPunct(j + 1, ':'))
            {
                return false;
            }

            year = Int(j);
            return year is >= 1000 and <= 2999;
        }

        /// <summary>+1 for "المقبل", "next", "prochain"; -1 for "الماضي", "last", "dernier"; 0 otherwise.</summary>
        private int Modifier(int j, out int end)
        {
            end = j + 1;
            if (V.IsAny(j, "المقبل", "القادم", "التالي", "prochain", "prochaine"))
            {
                return 1;
            }

            if (V.IsAny(j, "الماضي", "الفائت", "المنصرم", "السابق", "dernier", "derniere", "passé"))
            {
                return -1;
            }

            end = j;
            return 0;
        }

        /// <summary>
        /// The Hijri year of a Hijri month or day: the year written, Hijri ("رمضان 1445") or Gregorian ("Ramadan 2019":
        /// the one whose day falls in that Gregorian year); else, like a Gregorian month named alone, the nearest one
        /// to the article (the next after "المقبل", the last after "الماضي" or "منذ"); 0 when none can be told.
        /// </summary>
        private int HijriYear(int start, int? year, int month, int day, int modifier, bool since)
        {
            const int FirstGregorianYear = 1800; // no Hijri year this large is written in news
            if (year is >= FirstGregorianYear)
            {
                return HijriInYear(year.Value, month, day) is { } g ? UmAlQura.GetYear(g.ToDateTime(TimeOnly.MinValue)) : 0;
            }

            if (year is { } written)
            {
                return written;
            }

            if (!Known)
            {
                return 0;
            }

            var hy = UmAlQura.GetYear(reference.ToDateTime(TimeOnly.MinValue));
            if (!TryHijri(hy, month, day, out var current))
            {
                return hy;
            }

            if (modifier > 0)
            {
                return current > reference ? hy : hy + 1;
            }

            if (modifier < 0 || since)
            {
                return current <= reference ? hy : hy - 1;
            }

            return !expressions && current > reference.AddMonths(ComingMonths) && !FutureBefore(start) ? hy - 1 : hy;
        }

        private bool Since(int start) => V.IsAny(start - 1, "منذ", "since", "depuis") || V.IsAny(start - 2, "منذ", "since", "depuis") && V.IsAny(start - 1, "شهر");

        private FoundDate MakeDay(int start, int end, int? year, int month, int day, bool hijri, int modifier, bool since)
        {
            if (hijri)
            {
                var hy = HijriYear(start, year, month, day, modifier, since);
                if (hy == 0 || !TryHijri(hy, month, day, out var g))
                {
                    return new FoundDate(start, end, null, DateGranularity.Day);
                }

                return new FoundDate(start, end, new DateRange(g, g), DateGranularity.Day);
            }

            var y = year ?? InferYear(start, month, day, modifier, since);
            if (y is null || !Valid(y.Value, month, day))
            {
                return new FoundDate(start, end, null, DateGranularity.Day);
            }

            var d = new DateOnly(y.Value, month, day);
            return new FoundDate(start, end, new DateRange(d, d), DateGranularity.Day);
        }

        private FoundDate MakeMonth(int start, int end, int? year, int month, bool hijri, int modifier, bool since)
        {
            if (hijri)
            {
                // A Hijri month is no Gregorian calendar month: its days are a span ("رمضان 2019" is 6 May to 3 June).
                var hy = HijriYear(start, year, month, 1, modifier, since);
                if (hy == 0 || !TryHijri(hy, month, 1, out var first))
                {
                    return new FoundDate(start, end, null, DateGranularity.Range);
                }

                var days = UmAlQura.GetDaysInMonth(hy, month);
                return new FoundDate(start, end, new DateRange(first, first.AddDays(days - 1)), DateGranularity.Range);
            }

            var y = year ?? InferYear(start, month, 0, modifier, since);
            if (y is null)
            {
                return new FoundDate(start, end, null, DateGranularity.Month);
            }

            var m = new DateOnly(y.Value, month, 1);
            return new FoundDate(start, end, new DateRange(m, m.AddMonths(1).AddDays(-1)), DateGranularity.Month);
        }

        private static FoundDate MakeYear(int start, int end, int year, bool hijri)
        {
            if (hijri)
            {
                if (!TryHijri(year, 1, 1, out var first) || !TryHijri(year + 1, 1, 1, out var next))
                {
                    return new FoundDate(start, end, null, DateGranularity.Year);
                }

                return new FoundDate(start, end, new DateRange(first, next.AddDays(-1)), DateGranularity.Year);
            }

            return new FoundDate(start, end, new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), DateGranularity.Year);
        }

        /// <summary>
        /// The year of a month named without one: the reference year; the next occurrence after "المقبل"/"next", the
        /// previous one after "الماضي"/"last"; and never a future month after "منذ"/"since".
        /// </summary>
        private int? InferYear(int start, int month, int day, int modifier, bool since)
        {
            if (!Known)
            {
                return null;
            }

            var y = reference.Year;
            if (modifier > 0)
            {
                return month > reference.Month || month == reference.Month && day > reference.Day ? y : y + 1;
            }

            if (modifier < 0 || since)
            {
                return month < reference.Month || month == reference.Month && (day <= reference.Day || since) ? y : y - 1;
            }

            // A month named without a year is the nearest one: news reports the last few months and announces the next
            // few, so one that would fall more than half a year after the article ("inflation fell in January from
            // 34.8% in December", written in February) is last year's, unless the sentence looks ahead ("will be
            // held in December"). A lone expression asks about this year's.
            // (A month alone, day 0, is placed on its first day.)
            var date = new DateOnly(y, month, Math.Clamp(day, 1, DateTime.DaysInMonth(y, month)));
            if (!expressions && date > reference.AddMonths(ComingMonths) && !FutureBefore(start))
            {
                return y - 1;
            }

            // "will take office in January", written in December: a month more than half a year behind the article, in
            // a sentence that looks ahead, is next year's.
            if (!expressions && date < reference.AddMonths(-ComingMonths) && FutureBefore(start) && !PastVerbBefore(start))
            {
                return y + 1;
            }

            // "Sisi said in December", "a déclaré en décembre", written in July: a past verb right before the
            // preposition puts a later month in last year.
            if (!expressions && date > reference && PastVerbBefore(start) && !FutureBefore(start))
            {
                return y - 1;
            }

            return y;
        }

        /// <summary>
        /// Whether the words right before a date (its preposition and, in French, the auxiliary) are a past verb:
        /// English "-ed" forms and the common irregular reporting and result verbs, French "a"/"ont" + participle.
        /// </summary>
        private bool PastVerbBefore(int start)
        {
            // The verb may stand a few words before the date, past its object ("qui ont relevé la note du pays en
            // septembre", "raised its forecast in September"), but not across a comma.
            const int MaxWords = 6;
            var first = V.IsAny(start - 1, "in", "en", "on", "last") ? start - 2 : start - 1;
            for (var k = first; k >= 0 && k > first - MaxWords && V.IsWord(k) && V.SameSentence(k, start); k--)
            {
                var w = V[k];
                if (language == "en")
                {
                    if ((V.IsAny(k, "said", "told", "was", "were", "had", "did", "rose", "fell", "grew", "met", "began", "took", "made", "held", "signed", "announced", "reported")
                        || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) && !V.IsAny(k - 1, "will", "would", "be", "is", "are", "been", "to"))
                    {
                        return true;
                    }
                }
                else if (language == "fr" && w.Length > 3 && (w.EndsWith('é') || w.EndsWith("és", StringComparison.Ordinal) || w.EndsWith("it", StringComparison.Ordinal))
                    && V.IsAny(k - 1, "a", "ont", "avait", "avaient"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How far after the article a month named without a year may lie and still be this year's.</summary>
        private const int ComingMonths = 6;

        private int Int(int j) => int.Parse(V[j], NumberStyles.None, CultureInfo.InvariantCulture);

        private bool IsPlain(int j)
        {
            foreach (var c in V[j])
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return V[j].Length <= 9;
        }
    }

    private static bool Valid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static bool TryHijri(int year, int month, int day, out DateOnly date)
    {
        date = default;
        try
        {
            if (year < UmAlQura.GetYear(UmAlQura.MinSupportedDateTime) + 1 || year > UmAlQura.GetYear(UmAlQura.MaxSupportedDateTime) - 1
                || month is < 1 or > 12 || day < 1 || day > UmAlQura.GetDaysInMonth(year, month))
            {
                return false;
            }

            date = DateOnly.FromDateTime(UmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The Hijri date falling in Gregorian year <paramref name="year"/> (the first, when it falls twice).</summary>
    private static DateOnly? HijriInYear(int year, int month, int day)
    {
        if (year < 1901 || year > 2076)
        {
            return null;
        }

        var hy = UmAlQura.GetYear(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        for (var h = hy; h <= hy + 1; h++)
        {
            if (TryHijri(h, month, day, out var d) && d.Year == year)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }
}

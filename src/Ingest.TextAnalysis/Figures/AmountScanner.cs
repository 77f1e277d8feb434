using Ingest.TextAnalysis.Lexicons;
using Ingest.TextAnalysis.Numbers;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis.Figures;

/// <summary>
/// Finds every number of a document with the unit that follows or precedes it (a currency, a percent sign, a unit of
/// measure, a counted noun), joins ranges ("بين 5 و7 مليارات", "10-20 dollars", "entre 10 et 20 euros") and reads
/// the qualifier in front ("نحو", "more than", "au moins"). Dates are found first and their tokens are skipped.
/// Shared by the article extractor and the expression scanner.
/// </summary>
internal static class AmountScanner
{
    public static List<Amount> Scan(AnalysisDocument document, bool[] excluded, bool expressions)
    {
        var v = new TokenView(document.Folded, document.Tokens);
        var language = document.Language;
        var found = new List<Amount>();
        var resolver = new CurrencyResolver(document);
        var i = 0;
        while (i < v.Count)
        {
            if (excluded[i] || v.Tokens[i].Kind == TokenKind.Punctuation && !StartsNumber(v, i) && !IsCurrencyStart(v, i)
                || v.Tokens[i].Kind == TokenKind.Word && !MayStartAmount(v, i, language, expressions))
            {
                i++;
                continue;
            }

            var amount = ReadAt(v, i, language, excluded, expressions, resolver);
            if (amount is null)
            {
                i++;
                continue;
            }

            amount = ExtendRange(v, amount, language, excluded, expressions, resolver);
            amount = ReadQualifier(v, amount, excluded);
            found.Add(amount);
            i = Math.Max(amount.End, i + 1);
        }

        return found;
    }

    /// <summary>A cheap gate before the full readers: a number word, a currency word or an article counting one.</summary>
    private static bool MayStartAmount(TokenView v, int i, string language, bool expressions)
    {
        var w = v[i];
        if (Languages.Arabic.ArabicLetters.IsLetter(w[0]))
        {
            return NumberLexicon.Arabic.TryGetWithClitics(w, out _, out _, out _, out _)
                || FigureLexicons.DualStarts.TryGetWithClitics(w, out _, out _, out _, out _)
                || v.IsAny(i + 1, OneAfter) || v.IsAny(i + 2, OneAfter)
                || expressions && (FigureLexicons.Currencies.TryMatch(v.Text, v.Tokens, i, v.Count, true, out _, out _, out _)
                    || FigureLexicons.Units.TryMatch(v.Text, v.Tokens, i, v.Count, false, out _, out _, out _)
                    || w.EndsWith("تان") || w.EndsWith("تين") || v.IsAny(i, "سالب", "ناقص"));
        }

        return NumberLexicon.Latin(language).TryGet(w, out _)
            || w.Contains('-')
            || v.IsAny(i, "a", "an", "un", "une", "one", "minus", "negative", "moins", "point")
            || FigureLexicons.Currencies.TryMatch(v.Text, v.Tokens, i, v.Count, false, out _, out _, out _)
            || expressions;
    }

    private static bool StartsNumber(TokenView v, int i) =>
        (v.IsPunct(i, '.') || v.IsPunct(i, ',') || v.IsPunct(i, '-') || v.IsPunct(i, '(') || v.IsPunct(i, '%')) && v.IsNumber(i + 1)
        || v.IsPunct(i, '-') && (v.IsPunct(i + 1, '.') || v.IsPunct(i + 1, ',')) && v.IsNumber(i + 2);

    private const string BasisPoint = "basis_point";
    private const string PercentagePoint = "percentage_point";

    private static bool IsCurrencyStart(TokenView v, int i) => FigureLexicons.Currencies.TryMatch(v.Text, v.Tokens, i, v.Count, false, out _, out _, out _);

    /// <summary>
    /// The token after one or two modifiers that English and French put between a number and the noun it counts
    /// (Data/Figures/noun-modifiers.tsv, a nationality adjective, a hyphenated name code such as "COVID-19"); 0 when
    /// none stands at <paramref name="j"/>.
    /// </summary>
    private static int AfterNounModifiers(TokenView v, int j)
    {
        const int MaxModifiers = 2;
        var k = j;
        for (var m = 0; m < MaxModifiers && v.IsWord(k) && v.SameSentence(j, k); m++)
        {
            if (FigureLexicons.NounModifiers.Contains(v[k]) || FigureLexicons.LatinNationalities.Contains(v[k]))
            {
                k++;
            }
            else if (IsNameCode(v, k))
            {
                k += 3; // "COVID-19"
            }
            else
            {
                break;
            }
        }

        return k > j && v.IsWord(k) && v.SameSentence(j, k) ? k : 0;
    }

    /// <summary>
    /// English writes any adjective or noun modifier before the noun it counts: "two ballistic missiles", "three huge
    /// explosions", "more than 20 LNG cargoes", "four floating production vessels". One or two such words (lowercase, or
    /// an acronym in capitals) are passed when a plural noun follows; the token of that noun, or 0.
    /// </summary>
    private static int AfterFreeAdjectives(TokenView v, int j)
    {
        const int MaxModifiers = 2;
        for (var k = j; k < j + MaxModifiers && v.IsWord(k) && v.SameSentence(j, k); k++)
        {
            var text = v[k];
            var acronym = text.Length is >= 2 and <= 5 && !text.ContainsAnyExcept(UppercaseLetters);
            // (A participle is a verb of the clause, "60 wounded when shells hit", not an adjective of the noun, unless an
            // adverb makes it one: "156 directly elected seats".)
            var participle = text.EndsWith("ed", StringComparison.Ordinal) && !(k > j && v[k - 1].EndsWith("ly", StringComparison.Ordinal));
            if (!acronym && (text.IsEmpty || !char.IsLower(text[0]) || FigureLexicons.CountStopWords.Contains(text) || participle))
            {
                return 0;
            }

            var next = k + 1;
            if (v.IsWord(next) && v.SameSentence(k, next) && v[next].Length > 3 && v[next].EndsWith('s'))
            {
                return next;
            }
        }

        return 0;
    }

    private static readonly System.Buffers.SearchValues<char> UppercaseLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");


    /// <summary>A name code written as a word, a hyphen and digits, all joined: "COVID-19", "F-16", "MH-17".</summary>
    internal static bool IsNameCode(TokenView v, int word) =>
        v.IsWord(word) && v.IsPunct(word + 1, '-') && v.IsNumber(word + 2) && v.Adjacent(word, word + 1) && v.Adjacent(word + 1, word + 2);

    /// <summary>Reads one amount starting at token <paramref name="i"/> (a currency prefix or a number).</summary>
    private static Amount? ReadAt(TokenView v, int i, string language, bool[] excluded, bool expressions, CurrencyResolver resolver)
    {
        var start = i;
        var negative = false;
        string? prefixCode = null;
        string? prefixFamily = null;

        // Currency written before the number: "$10", "US$ 4.7 billion", "USD 7 billion", "EUR 20", "Rs. 20".
        if (TryCurrency(v, i, language, out var entry, out var afterCurrency) && v.IsPunct(afterCurrency, '.') && v.IsNumber(afterCurrency + 1)
            && v[afterCurrency - 1].Length <= 3)
        {
            afterCurrency++; // "Rs. 20"
        }

        if (entry is not null && afterCurrency > i && afterCurrency < v.Count && !excluded[afterCurrency]
            && (v.IsNumber(afterCurrency) || StartsNumber(v, afterCurrency))
            && (v.SameSentence(i, afterCurrency) || v.IsPunct(afterCurrency - 1, '.'))
            && (entry.UpperOnly || entry.IsFamily && entry.Code == "dollar" || !char.IsLetter(v[i][0]) || IsCodeLike(v, i) || expressions)
            && !(entry.UpperOnly && !expressions && char.IsLetter(v[i][0]) && v.Adjacent(afterCurrency - 1, afterCurrency) && v[afterCurrency].IndexOfAny('.', ',') < 0))
        {
            // (A letter code glued to a whole number is a name in running text: "COP30"; "USD3.14" is still money.)
            var adjectiveStart = PrefixAdjectiveStart(v, i, entry, out var adjectiveCode);
            prefixFamily = entry.IsFamily ? entry.Code : null;
            prefixCode = entry.IsFamily ? adjectiveCode ?? resolver.Resolve(entry.Code, i, afterCurrency) : entry.Code;
            start = adjectiveStart;
            i = afterCurrency;
        }

        // A number glued to the letters before it is part of a name ("M23 rebels", "G20 summit"), no count of its own.
        if (!expressions && prefixCode is null && v.IsNumber(i) && v.IsWord(i - 1) && v.Adjacent(i - 1, i) && char.IsAsciiLetter(v[i - 1][^1]))
        {
            return null;
        }

        // A dash joined to the word before it is a hyphen ("mid-2025", "F-16", "COVID-19"), never a minus sign.
        var hyphen = i > 0 && v.IsWord(i - 1) && v.Adjacent(i - 1, i);
        if (expressions && !hyphen && v.IsPunct(i, '-') && v.IsNumber(i + 1) && (v.Adjacent(i, i + 1) || i == 0) && !v.IsNumber(i - 1))
        {
            negative = true;
            i++;
        }
        else if (expressions && !hyphen && v.IsPunct(i, '-') && StartsNumber(v, i + 1) && !v.IsNumber(i - 1))
        {
            negative = true; // "-.0012G"
            i++;
        }
        else if (expressions && v.IsAny(i, "minus", "negative", "moins", "سالب", "ناقص") && !v.IsAny(i + 1, "de", "que") && !v.IsAny(i - 1, "au", "pas", "du", "le", "en")
            && v.Valid(i + 1))
        {
            negative = true;
            i++;
        }

        var percentBefore = false;
        if (v.IsPunct(i, '%') && v.IsNumber(i + 1))
        {
            percentBefore = true; // Arabic sometimes writes the sign first: "%40"
            i++;
        }

        var parenthesized = v.IsPunct(i, '(') && v.IsNumber(i + 1);
        if (parenthesized)
        {
            i++;
        }

        var between = v.IsAny(i - 1, "between", "entre", "بين");
        if (!NumberParser.TryParse(v.Text, v.Tokens, i, language, between, out var n) || excluded[Math.Min(n.End - 1, v.Count - 1)])
        {
            return DualCount(v, i, language, excluded, resolver) ?? OneAfterNoun(v, i, language, excluded, resolver) ?? ArticleOne(v, i, language, expressions, excluded, resolver);
        }

        if (negative && prefixCode is null && start == i - 1 || negative)
        {
            n = n with { Value = -n.Value };
            if (prefixCode is null)
            {
                start = Math.Min(start, i - 1);
            }
        }

        var sentence = v.Tokens[n.Start].Sentence;
        if (n.IsOrdinal)
        {
            return new Amount(null, true, n.Value, null, "", "", 1, FigureQualifier.Exact, start, n.End, n.Start, n.End, sentence,
                n.Scale, false, n.HasWords, false, null);
        }

        // "forty-five (45)", "45 (forty five)": the same number restated in brackets.
        if (!parenthesized && v.IsPunct(n.End, '(') && NumberParser.TryParse(v.Text, v.Tokens, n.End + 1, language, out var restated)
            && restated.Value == n.Value && v.IsPunct(restated.End, ')'))
        {
            n = n with { End = restated.End + 1 };
        }

        var end = n.End;
        if (parenthesized && v.IsPunct(end, ')'))
        {
            end++;
        }
        else if (parenthesized)
        {
            start = i; // the bracket belongs to something else
        }

        if (percentBefore)
        {
            return new Amount(FigureKind.Percent, false, n.Value, null, "percent", "percent", 1, FigureQualifier.Exact, start == i ? i - 1 : start, n.End,
                n.Start, n.End, sentence, n.Scale, n.IsPlainDigits, n.HasWords, n.IsFraction, null);
        }

        if (prefixCode is not null && n.Scale == 1 && v.IsWord(n.End) && v.Adjacent(n.End - 1, n.End) && v[n.End] is "m" or "k" or "mn")
        {
            // "£1.2m", "$300k", "€5mn": after a currency sign, a letter joined to the number is its scale (never metres).
            var scale = v[n.End] is "k" ? 1_000m : 1_000_000m;
            n = n with { Value = n.Value * scale, End = n.End + 1, Scale = scale };
        }

        if (prefixCode is not null)
        {
            var money = new Amount(FigureKind.Money, false, n.Value, null, prefixCode, prefixCode, 1, FigureQualifier.Exact, start, n.End,
                n.Start, n.End, sentence, n.Scale, n.IsPlainDigits, n.HasWords, n.IsFraction, prefixFamily);

            // "$10 USD" or "US$3.14" followed by its own code: take the code along.
            return ReadCents(v, money, language);
        }

        var unit = ReadUnitAfter(v, end, n, language, excluded, resolver);
        if (unit is null && parenthesized)
        {
            return null;
        }

        if (unit is null)
        {
            return new Amount(null, false, n.Value, null, "", "", 1, FigureQualifier.Exact, start, n.End, n.Start, n.End, sentence,
                n.Scale, n.IsPlainDigits, n.HasWords, n.IsFraction, null);
        }

        var (kind, unitName, scanUnit, factor, scanFactor, unitEnd, family) = unit.Value;
        var amount = new Amount(kind, false, n.Value * factor, null, unitName, scanUnit, scanFactor / (factor == 0 ? 1 : factor), FigureQualifier.Exact,
            start, unitEnd, n.Start, n.End, sentence, n.Scale, n.IsPlainDigits, n.HasWords, n.IsFraction, family);
        return kind == FigureKind.Money ? ReadCents(v, amount, language) : amount;
    }

    /// <summary>
    /// "a dollar", "a kg", "une tasse": the article counts one. In short expressions a unit alone counts one too
    /// ("كيلوغرام"), and an Arabic dual counts two ("أونصتان").
    /// </summary>
    private static Amount? ArticleOne(TokenView v, int i, string language, bool expressions, bool[] excluded, CurrencyResolver resolver)
    {
        if (!expressions || excluded[i])
        {
            return null;
        }

        var article = v.IsAny(i, "a", "an", "une", "un", "one");
        var j = article ? i + 1 : i;
        if (!v.IsWord(j) || !article && i > 0)
        {
            return null;
        }

        var value = 1m;
        var w = v[j];
        if (!article && (w.EndsWith("تان") || w.EndsWith("تين")) && w.Length > 5)
        {
            Span<char> singular = stackalloc char[w.Length - 2];
            w[..^3].CopyTo(singular);
            singular[^1] = 'ه';
            if (FigureLexicons.Units.TryGetWord(singular, out var dual))
            {
                return new Amount(FigureKind.Quantity, false, 2 * dual.Factor, null, dual.Unit, dual.ScanUnit, dual.ScanFactor, FigureQualifier.Exact,
                    i, j + 1, j, j + 1, v.Tokens[j].Sentence, 1, false, true, false, null);
            }
        }

        // "a US$4.7 billion": the article belongs to the amount that follows; "a dollar and 42 cents" is one dollar and
        // the cents after a conjunction.
        if ((v.IsNumber(j + 1) && v.SameSentence(j, j + 1) || v.IsNumber(j + 2) && v.SameSentence(j, j + 2) || v.IsNumber(j + 3) && v.SameSentence(j, j + 3))
            && !v.IsAny(j + 1, "and", "et") && !v.IsAny(j + 2, "and", "et"))
        {
            return null;
        }

        var one = new ParsedNumber(j, j, value, 1, false, true, false, false, false, false, 0);
        var unit = ReadUnitAfter(v, j, one, language, excluded, resolver);
        if (unit is null || unit.Value.Kind is not (FigureKind.Money or FigureKind.Quantity) || !article && unit.Value.Kind == FigureKind.Money)
        {
            return null;
        }

        var amount = WordCounted(v, unit.Value, 1, i, unit.Value.End, j);
        return amount.Kind == FigureKind.Money ? ReadCents(v, amount, language) : amount;
    }

    /// <summary>
    /// An Arabic dual that counts two by itself: "استمرت المحادثات يومين" (two days), "مقتل شخصين" (two people),
    /// "تراجع بنقطتين مئويتين" (two percentage points). Only the duals marked in the data: a sound plural in "ين"
    /// ("مواطنين") counts nothing.
    /// </summary>
    private static Amount? DualCount(TokenView v, int i, string language, bool[] excluded, CurrencyResolver resolver)
    {
        if (excluded[i] || !v.IsWord(i) || !FigureLexicons.DualStarts.TryGetWithClitics(v[i], out _, out var prefix, out var definite, out _) || definite
            || prefix > 0 && !(v[i][0] is 'ب' or 'و' or 'ل'))
        {
            return null;
        }

        var two = new ParsedNumber(i, i, 2, 1, false, true, false, false, false, false, 0);
        var unit = ReadUnitAfter(v, i, two, language, excluded, resolver);
        if (unit is null || unit.Value.Kind is not (FigureKind.Count or FigureKind.Percent))
        {
            return null;
        }

        return WordCounted(v, unit.Value, 2, i, unit.Value.End, i);
    }

    // Arabic writes "one" after the counted noun: "نقطة مئوية واحدة", "يوما واحدا".
    private static readonly string[] OneAfter = ["واحد", "واحدة", "واحدا", "واحده"];

    /// <summary>
    /// An Arabic noun counted one by the numeral after it: "خفض الفائدة نقطة مئوية واحدة" (one percentage point),
    /// "استمرت يوما واحدا" (one day). Only a unit or a counted noun of the data, followed by "واحد"/"واحدة".
    /// </summary>
    private static Amount? OneAfterNoun(TokenView v, int i, string language, bool[] excluded, CurrencyResolver resolver)
    {
        if (excluded[i] || !v.IsWord(i) || !Languages.Arabic.ArabicLetters.IsLetter(v[i][0]) || !(v.IsAny(i + 1, OneAfter) || v.IsAny(i + 2, OneAfter)))
        {
            return null;
        }

        var one = new ParsedNumber(i, i, 1, 1, false, true, false, false, false, false, 0);
        var unit = ReadUnitAfter(v, i, one, language, excluded, resolver);
        if (unit is null || unit.Value.Kind is not (FigureKind.Count or FigureKind.Percent or FigureKind.Quantity) || !v.IsAny(unit.Value.End, OneAfter)
            || !v.SameSentence(i, unit.Value.End))
        {
            return null;
        }

        return WordCounted(v, unit.Value, 1, i, unit.Value.End + 1, i);
    }

    /// <summary>
    /// An amount counted by a word rather than a number ("a", an Arabic dual, "واحدة" after the noun): <paramref name="count"/>
    /// of the unit read at <paramref name="numberAt"/>, spanning <paramref name="start"/> to <paramref name="end"/>.
    /// </summary>
    private static Amount WordCounted(TokenView v, (FigureKind Kind, string Unit, string ScanUnit, decimal Factor, decimal ScanFactor, int End, string? Family) unit,
        decimal count, int start, int end, int numberAt) =>
        new(unit.Kind, false, count * unit.Factor, null, unit.Unit, unit.ScanUnit, unit.ScanFactor / (unit.Factor == 0 ? 1 : unit.Factor), FigureQualifier.Exact,
            start, end, numberAt, numberAt, v.Tokens[numberAt].Sentence, 1, false, true, false, unit.Family);

    private static bool IsCodeLike(TokenView v, int i) => v[i].Length <= 3 && v[i].Length > 0 && char.IsUpper(v[i][0]);

    private static bool TryCurrency(TokenView v, int j, string language, out CurrencyEntry entry, out int end)
    {
        end = j;
        if (!v.Valid(j))
        {
            entry = null!;
            return false;
        }

        if (FigureLexicons.Currencies.TryMatch(v.Text, v.Tokens, j, v.Count, true, out entry, out var count, out var prefix))
        {
            if (entry.UpperOnly && !IsUpper(v, j))
            {
                return false;
            }

            if (entry.Language is not null && entry.Language != language)
            {
                return false;
            }

            if (prefix > 0 && v[j][..prefix] is var p && !(p.SequenceEqual("و") || p.SequenceEqual("ب") || p.SequenceEqual("ال") || p.SequenceEqual("بال")))
            {
                return false;
            }

            // "بين 5 و7" is "between", not "by yen": a two-letter currency name keeps no proclitic but the article.
            if (prefix > 0 && v[j].Length - prefix <= 2 && !v[j][..prefix].EndsWith("ال"))
            {
                return false;
            }

            end = j + count;
            return true;
        }

        // French elision: "mds d'euros".
        var w = v[j];
        if (v.IsWord(j) && w.Length > 2 && (w.StartsWith("d'") || w.StartsWith("D'"))
            && FigureLexicons.Currencies.TryGetWord(w[2..], out entry))
        {
            end = j + 1;
            return true;
        }

        return false;
    }

    private static bool IsUpper(TokenView v, int j)
    {
        foreach (var c in v[j])
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"US$", "C$", "HK$": a country prefix written against the dollar sign.</summary>
    private static int PrefixAdjectiveStart(TokenView v, int currency, CurrencyEntry entry, out string? code)
    {
        code = null;
        if (!entry.IsFamily || !FigureLexicons.CurrencyAdjectives.TryGetValue(entry.Code, out var adjectives))
        {
            return currency;
        }

        for (var s = Math.Max(0, currency - 4); s < currency; s++)
        {
            if (adjectives.TryMatch(v.Text, v.Tokens, s, currency, false, out var c, out var count, out _) && s + count == currency
                && v.SameSentence(s, currency) && (v.Adjacent(currency - 1, currency) || !char.IsPunctuation(v[currency][0]) && !char.IsSymbol(v[currency][0])))
            {
                code = c;
                return s;
            }
        }

        return currency;
    }

    private static (FigureKind Kind, string Unit, string ScanUnit, decimal Factor, decimal ScanFactor, int End, string? Family)? ReadUnitAfter(
        TokenView v, int j, ParsedNumber n, string language, bool[] excluded, CurrencyResolver resolver)
    {
        if (!v.Valid(j) || excluded[j] || !v.SameSentence(n.Start, j))
        {
            return null;
        }

        if (FigureLexicons.Percent.TryMatch(v.Text, v.Tokens, j, v.Count, true, out var percentUnit, out var pc, out var pp) && PrefixOk(v, j, pp))
        {
            // "25 basis points", "600 نقطة أساس": hundredths of a percentage point, reported in percentage points.
            return percentUnit == BasisPoint
                ? (FigureKind.Percent, PercentagePoint, PercentagePoint, 0.01m, 0.01m, j + pc, null)
                : (FigureKind.Percent, percentUnit, percentUnit, 1, 1, j + pc, null);
        }

        // Currency, possibly after an English adjective ("4.6 trillion U.S. dollars") or French "de" ("milliards de dinars").
        for (var a = j; a <= j + 4 && v.Valid(a) && v.SameSentence(j, a); a++)
        {
            if (TryCurrency(v, a, language, out var entry, out var end))
            {
                if (a > j && !BridgesToCurrency(v, j, a, entry))
                {
                    break;
                }

                string code;
                string? family = null;
                if (entry.IsFamily)
                {
                    family = entry.Code;
                    var adjective = AdjectiveAfter(v, end, entry.Code, out var adjectiveEnd) ?? AdjectiveBetween(v, j, a, entry.Code);
                    if (adjective is not null)
                    {
                        // "francs CFA" are the West African franc unless the article is about a Central African state,
                        // whose CFA franc is another currency (XAF) with the same name.
                        code = adjective == "XOF" && resolver.Resolve(entry.Code, a, end) == "XAF" ? "XAF" : adjective;
                        end = Math.Max(end, adjectiveEnd);
                    }
                    else if (entry.Code == "pound" && !resolver.PoundIsMoney(a, end))
                    {
                        return (FigureKind.Quantity, "pound", "pound", 1, 1, end, null);
                    }
                    else
                    {
                        code = resolver.Resolve(entry.Code, a, end);
                    }
                }
                else
                {
                    code = entry.Code;
                }

                return (FigureKind.Money, code, code, 1, 1, end, family);
            }

            if (!IsBridgeWord(v, a) && !IsCurrencyAdjective(v, a))
            {
                break;
            }
        }

        // "2 millions de tonnes", "3 million of barrels", "2,2 millions de personnes": a scaled number reaches its unit
        // or counted noun through "de"/"of".
        if ((n.Scale > 1 || v.IsAny(j - 1, "douzaines", "dozen") || v.IsAny(j - 1, ApproximateCollectives)) && v.IsAny(j, "de", "of", "d'") && (FigureLexicons.Units.TryMatch(v.Text, v.Tokens, j + 1, v.Count, false, out _, out _, out _)
            || FigureLexicons.CountedNouns.TryMatch(v.Text, v.Tokens, j + 1, v.Count, false, out _, out _, out _)))
        {
            j++;
        }

        // "a 45-acre site", "the 776-foot tower", "a 2.5-km tunnel": the unit hyphenated to the digits as an adjective.
        if (v.IsPunct(j, '-') && v.Adjacent(j - 1, j) && v.Adjacent(j, j + 1) && v.IsWord(j + 1)
            && FigureLexicons.Units.TryMatch(v.Text, v.Tokens, j + 1, v.Count, false, out _, out _, out _))
        {
            j++;
        }

        // "une quinzaine d'accords", "2 millions d'habitants": French elides "de" onto the counted noun or the unit.
        if (language == "fr" && v.IsWord(j) && v[j].Length > 2 && (v[j].StartsWith("d'") || v[j].StartsWith("d’")) && v.SameSentence(j - 1, j))
        {
            if (FigureLexicons.Units.TryGetWord(v[j][2..], out var elidedUnit) && !elidedUnit.Unit.Contains("_per_", StringComparison.Ordinal))
            {
                return (FigureKind.Quantity, elidedUnit.Unit, elidedUnit.ScanUnit, elidedUnit.Factor, elidedUnit.ScanFactor * elidedUnit.Factor, j + 1, null);
            }

            if (FigureLexicons.CountedNouns.TryGetWord(v[j][2..], out var elidedNoun))
            {
                return (FigureKind.Count, elidedNoun, elidedNoun, 1, 1, j + 1, null);
            }
        }

        if (FigureLexicons.Units.TryMatch(v.Text, v.Tokens, j, v.Count, true, out var unit, out var uc, out var up) && PrefixOk(v, j, up))
        {
            if (unit.Unit == "pound")
            {
                return (FigureKind.Quantity, "pound", "pound", 1, 1, j + uc, null);
            }

            // "8.5 مليون متر مكعب يوميا", "300 million cubic metres a year", "2 millions de tonnes par an": a rate
            // written after the unit makes it a unit per day or per year (the suites' own unit stays the amount's).
            if (!unit.Unit.Contains("_per_", StringComparison.Ordinal) && RateAfter(v, j + uc, out var per, out var rateLength))
            {
                return (FigureKind.Quantity, unit.Unit + per, unit.ScanUnit, unit.Factor, unit.ScanFactor * unit.Factor, j + uc + rateLength, null);
            }

            // "57 million cubic metres of gas per day", "1,2 million de mètres cubes de gaz par jour", "مليون متر مكعب من
            // الغاز يوميا": the rate may follow what is measured.
            if (!unit.Unit.Contains("_per_", StringComparison.Ordinal) && CommodityRateAfter(v, j + uc, out per, out rateLength))
            {
                return (FigureKind.Quantity, unit.Unit + per, unit.ScanUnit, unit.Factor, unit.ScanFactor * unit.Factor, j + uc + rateLength, null);
            }

            return (FigureKind.Quantity, unit.Unit, unit.ScanUnit, unit.Factor, unit.ScanFactor * unit.Factor, j + uc, null);
        }

        if (n.IsFraction)
        {
            return null;
        }

        // "deux autres personnes", "deux autres options": "autres" counts people only standing alone ("deux autres ont été
        // blessés"); before a noun it only modifies that noun, which is counted if it is a counted noun.
        var modifierBeforeNoun = language != "ar" && FigureLexicons.NounModifiers.Contains(v[j]) && v.IsWord(j + 1) && v.SameSentence(j, j + 1)
            && !v.IsAny(j + 1, "ont", "sont", "étaient", "avaient", "have", "had", "were", "are", "died");
        if (!modifierBeforeNoun && FigureLexicons.CountedNouns.TryMatch(v.Text, v.Tokens, j, v.Count, true, out var noun, out var nc, out var np) && PrefixOk(v, j, np))
        {
            return (FigureKind.Count, noun, noun, 1, 1, j + nc, null);
        }

        if (language != "ar" && AfterNounModifiers(v, j) is var head and > 0
            && FigureLexicons.CountedNouns.TryMatch(v.Text, v.Tokens, head, v.Count, false, out noun, out nc, out _))
        {
            return (FigureKind.Count, noun, noun, 1, 1, head + nc, null); // "300 new cases", "5 Palestinian children"
        }

        if (language == "en" && AfterFreeAdjectives(v, j) is var plural and > 0
            && FigureLexicons.CountedNouns.TryMatch(v.Text, v.Tokens, plural, v.Count, false, out noun, out nc, out _))
        {
            return (FigureKind.Count, noun, noun, 1, 1, plural + nc, null); // "two ballistic missiles", "20 LNG cargoes"
        }

        if (modifierBeforeNoun)
        {
            return null;
        }

        // Partitive: "39 من مسلحي الحوثيين", "three of the soldiers".
        if ((v.Is(j, "من") || v.Is(j, "of")) && v.SameSentence(j, j + 1))
        {
            var k = v.Is(j + 1, "the") ? j + 2 : j + 1;
            if (FigureLexicons.CountedNouns.TryMatch(v.Text, v.Tokens, k, v.Count, true, out noun, out nc, out _))
            {
                return (FigureKind.Count, noun, noun, 1, 1, k + nc, null);
            }
        }

        return null;
    }

    private static readonly string[] ApproximateCollectives = ["douzaine", "dizaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine"];

    /// <summary>A rate after a unit: "يوميا", "في اليوم", "per day", "a day", "par jour" (per day); "سنويا", "في العام", "per year", "a year", "annually", "par an" (per year).</summary>
    private static bool RateAfter(TokenView v, int k, out string per, out int length)
    {
        (per, length) = (string.Empty, 0);
        if (!v.IsWord(k) || !v.SameSentence(k - 1, k))
        {
            return false;
        }

        if (v.IsAny(k, "يوميا", "يومياً", "باليوم"))
        {
            (per, length) = ("_per_day", 1);
        }
        else if (v.IsAny(k, "سنويا", "سنوياً", "annually"))
        {
            (per, length) = ("_per_year", 1);
        }
        else if (v.IsAny(k, "في", "per", "a", "par") && v.IsWord(k + 1) && v.SameSentence(k, k + 1))
        {
            if (v.IsAny(k, "في") ? v.IsAny(k + 1, "اليوم") : v.IsAny(k + 1, "day", "jour"))
            {
                (per, length) = ("_per_day", 2);
            }
            else if (v.IsAny(k, "في") ? v.IsAny(k + 1, "العام", "السنة") : v.IsAny(k + 1, "year", "an", "année", "annee"))
            {
                (per, length) = ("_per_year", 2);
            }
        }

        return length > 0;
    }

    /// <summary>"of gas per day", "de gaz naturel liquéfié par an", "من الغاز يوميا": a commodity of one to three words, then a rate.</summary>
    private static bool CommodityRateAfter(TokenView v, int k, out string per, out int length)
    {
        const int MaxCommodityWords = 3;
        (per, length) = (string.Empty, 0);
        if (!v.IsAny(k, "of", "de", "du", "d'", "من") || !v.SameSentence(k - 1, k))
        {
            return false;
        }

        for (var c = k + 1; c <= k + MaxCommodityWords && v.IsWord(c) && v.SameSentence(k, c); c++)
        {
            if (RateAfter(v, c + 1, out per, out var rateLength))
            {
                length = c + 1 + rateLength - k;
                return true;
            }
        }

        return false;
    }

    /// <summary>Only "و", "ب" and "ال" may be joined to a unit word: "بالمئة", "وطن"? no: a stripped "ك" or "ل" makes another word.</summary>
    private static bool PrefixOk(TokenView v, int j, int prefix)
    {
        if (prefix == 0)
        {
            return true;
        }

        var p = v[j][..prefix];
        return p.SequenceEqual("بال") || p.SequenceEqual("ال") || p.SequenceEqual("ب") && v[j].Length > 4;
    }

    private static bool IsBridgeWord(TokenView v, int a) =>
        v.IsAny(a, "de", "of", "u", "s", "us", ".", "american", "canadian", "australian", "hong", "kong", "new", "zealand", "saudi", "qatari", "kuwaiti",
            "jordanian", "egyptian", "lebanese", "syrian", "sudanese", "emirati", "moroccan", "algerian", "tunisian", "libyan", "iraqi", "bahraini",
            "omani", "yemeni", "iranian", "turkish", "swiss", "indian", "pakistani", "british", "malaysia", "malaysian", "singapore", "taiwan")
        || v.IsPunct(a, '.');

    // An adjective of some currency family ("Swedish", "Ugandan"): the currency word may follow it.
    private static bool IsCurrencyAdjective(TokenView v, int a) =>
        FigureLexicons.AnyCurrencyAdjective.TryMatch(v.Text, v.Tokens, a, v.Count, false, out _, out _, out _);

    // The words between a number and its currency are bridge words or an adjective of the currency's family from
    // the data ("72 trillion Ugandan shillings", "5 milliards de francs"), nothing else.
    private static bool BridgesToCurrency(TokenView v, int j, int a, CurrencyEntry entry)
    {
        FigureLexicons.CurrencyAdjectives.TryGetValue(entry.Code, out var adjectives);
        for (var k = j; k < a;)
        {
            if (IsBridgeWord(v, k))
            {
                k++;
            }
            else if (entry.IsFamily && adjectives is not null && adjectives.TryMatch(v.Text, v.Tokens, k, a, false, out _, out var count, out _) && count > 0)
            {
                k += count;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static string? AdjectiveBetween(TokenView v, int j, int a, string family)
    {
        if (a <= j || !FigureLexicons.CurrencyAdjectives.TryGetValue(family, out var table))
        {
            return null;
        }

        for (var s = j; s < a; s++)
        {
            if (table.TryMatch(v.Text, v.Tokens, s, a, false, out var code, out _, out _))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>An adjective after the currency word: "دولار أمريكي", "dinars algériens", "جنيهات مصرية", "ringgit".</summary>
    public static string? AdjectiveAfter(TokenView v, int j, string family, out int end)
    {
        end = j;
        if (!v.Valid(j) || !v.SameSentence(j - 1, j) || !FigureLexicons.CurrencyAdjectives.TryGetValue(family, out var table))
        {
            return null;
        }

        if (table.TryMatch(v.Text, v.Tokens, j, v.Count, true, out var code, out var count, out _))
        {
            // A one-letter mark names its dollar only before it ("A$", "C$"): after it, "28 millions de dollars à
            // l'étranger" is the French preposition, folded.
            if (count == 1 && v[j].Length == 1)
            {
                return null;
            }

            end = j + count;
            return code;
        }

        // Agreement endings: "أردنية", "قطرية", "امريكيا", "canadiens", "libanaises".
        var w = v[j];
        ReadOnlySpan<string> endings = ["يه", "ه", "ين", "ون", "ات", "ا", "s", "es", "e", "nes", "ne"];
        foreach (var ending in endings)
        {
            if (w.Length > ending.Length + 2 && w.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                var stem = w[..^ending.Length];
                if (table.TryGetWord(stem, out code) || stem.StartsWith("ال") && table.TryGetWord(stem[2..], out code))
                {
                    end = j + 1;
                    return code;
                }
            }
        }

        return null;
    }

    /// <summary>Cents after a whole amount: "$20 43", "20 دولار و43 سنت", "1 USD et 23 centimes", "3 GBP and one".</summary>
    private static Amount ReadCents(TokenView v, Amount money, string language)
    {
        if (money.Value != decimal.Truncate(money.Value) || !v.Valid(money.End) || !v.SameSentence(money.Start, money.End))
        {
            return money;
        }

        var j = money.End;
        if (v.IsAny(j, "and", "et", "و"))
        {
            j++;
        }

        if (!v.Valid(j) || !v.SameSentence(money.Start, j))
        {
            return money;
        }

        ParsedNumber cents;
        if (v.IsNumber(j))
        {
            if (!NumberParser.ParseDigits(v[j], language, out var c, out var plainCents, out _) || !plainCents)
            {
                return money;
            }

            cents = new ParsedNumber(j, j + 1, c, 1, false, false, true, true, false, false, v[j].Length);
        }
        else if (!NumberParser.TryParse(v.Text, v.Tokens, j, language, out cents) || cents.IsOrdinal)
        {
            return money;
        }

        if (cents.Value >= 100 || cents.Value < 0 || cents.Value != decimal.Truncate(cents.Value))
        {
            return money;
        }

        var end = cents.End;
        var hasCentWord = v.IsAny(end, "c", "cent", "cents", "سنت", "سنتات", "سينت", "pence", "penny", "centimes", "centime", "sen", "sens",
            "kopiykas", "kopiyka", "kopecks", "fils", "فلس", "قرش", "piastres", "halala", "هللة");
        if (hasCentWord)
        {
            end++;
        }
        else if (v.Valid(end) && v.SameSentence(money.Start, end) && !v.IsPunct(end, '.'))
        {
            return money; // without a cent word, only a number closing the text is a cent amount
        }

        return money with { Value = money.Value + cents.Value / 100m, End = end };
    }

    private static Amount ExtendRange(TokenView v, Amount a, string language, bool[] excluded, bool expressions, CurrencyResolver resolver)
    {
        if (a.Ordinal || !v.Valid(a.End) || !v.SameSentence(a.Start, a.End))
        {
            return a;
        }

        var introducer = Introducer(v, a.Start, out var introStart);
        var j = a.End;
        int bStart;
        if (v.IsPunct(j, '-') || v.IsPunct(j, '\u2014'))
        {
            bStart = j + 1;
        }
        else if (v.IsAny(j, "to", "a", "à", "إلى", "الى", "حتى", "ل") && introducer is "from" || v.IsAny(j, "to") && a.Kind is null
            || v.IsAny(j, "إلى", "الى", "à") && a.Kind is null && !v.IsAny(a.Start - 1, "from", "de", "من", "du"))
        {
            // "24 to 48 hours", "٢٤ إلى ٤٨ ساعة", "3 à 5 %": a bare number and a measured one (Arabic and French only when
            // no "from" comes before a change: "passé de 3 à 5 %" is read above).
            bStart = j + 1;
        }
        else if (v.IsAny(j, "and", "et", "و") && introducer is "between" or "from")
        {
            bStart = j + 1;
        }
        else if (introducer is "between" or "from" && v.IsWord(j) && (v[j][0] == 'و' || v[j][0] == 'ل') && !excluded[j])
        {
            bStart = j; // "و7 مليارات", "لعشرين دولار": the connector is a clitic of the second number
        }
        else
        {
            return a;
        }

        if (v.IsPunct(bStart, '~'))
        {
            bStart++;
        }

        while (FigureLexicons.QualifiersBefore.TryMatch(v.Text, v.Tokens, bStart, v.Count, false, out var q, out var qc, out _) && q == FigureQualifier.Approx)
        {
            bStart += qc;
        }

        if (!v.Valid(bStart) || excluded[bStart] || !v.SameSentence(a.Start, bStart))
        {
            return a;
        }

        var b = ReadAt(v, bStart, language, excluded, expressions, resolver);
        if (b is null || b.Ordinal || b.Value < 0)
        {
            return a;
        }

        FigureKind? kind;
        string unit, scanUnit;
        decimal scanFactor;
        var low = a.Value;
        if (a.Kind is null && b.Kind is not null)
        {
            kind = b.Kind;
            unit = b.Unit;
            scanUnit = b.ScanUnit;
            scanFactor = b.ScanFactor;
            if (a.Scale == 1 && b.Scale > 1 && low * b.Scale <= b.Value)
            {
                low *= b.Scale; // "بين 5 و7 مليارات"
            }
        }
        else if (a.Kind is not null && (b.Kind is null || b.Kind == a.Kind && b.Unit == a.Unit))
        {
            if (a.Scale == 1 && b.Scale > 1 && low * b.Scale <= b.Value)
            {
                low *= b.Scale; // "$5-7 billion"
            }

            kind = a.Kind;
            unit = a.Unit;
            scanUnit = a.ScanUnit;
            scanFactor = a.ScanFactor;
            if (b.Kind is null && introducer is null && a.Kind != FigureKind.Money && !v.IsPunct(j, '-'))
            {
                return a;
            }
        }
        else
        {
            return a;
        }

        if (a.Kind is null && b.Kind == FigureKind.Percent && NumberParser.TryParse(v.Text, v.Tokens, b.NumberStart, language, out var written)
            && written.Value != 0 && written.Value != b.Value)
        {
            low *= b.Value / written.Value; // "100-150 basis points": the bare bound is counted in basis points as well
        }

        var high = b.Value;
        if (high <= low || kind is null)
        {
            return a;
        }

        if (b.Kind is null && a.Kind is not null && !v.IsPunct(j, '-') && introducer is null)
        {
            return a;
        }

        return a with
        {
            Kind = kind,
            Unit = unit,
            ScanUnit = scanUnit,
            ScanFactor = scanFactor,
            Value = low,
            ValueMax = high,
            Start = introducer is null ? a.Start : introStart,
            End = b.End,
            CurrencyFamily = a.CurrencyFamily ?? b.CurrencyFamily,
        };
    }

    private static string? Introducer(TokenView v, int start, out int introStart)
    {
        introStart = start;
        if (v.IsAny(start - 1, "between", "entre", "بين", "بحدود"))
        {
            introStart = v.Is(start - 2, "ما") ? start - 2 : start - 1;
            return v.Is(start - 1, "بحدود") ? null : "between";
        }

        if (v.IsAny(start - 1, "from", "de", "من", "du"))
        {
            // A rise "from X to Y" gives two figures; a plain "from X to Y" is one range.
            for (var k = start - 2; k >= start - 4 && k >= 0; k--)
            {
                if (FigureLexicons.Changes.TryMatch(v.Text, v.Tokens, k, start - 1, true, out var role, out _, out _) && role is "increase" or "decrease")
                {
                    return null;
                }
            }

            introStart = start - 1;
            return "from";
        }

        return null;
    }

    private static Amount ReadQualifier(TokenView v, Amount a, bool[] excluded)
    {
        if (a.Ordinal)
        {
            return a;
        }

        var floor = a.Start - 5;
        for (var k = a.Start - 1; k >= Math.Max(0, a.Start - 5); k--)
        {
            if (excluded[k] || !v.SameSentence(k, a.Start))
            {
                floor = k + 1;
                break;
            }
        }

        if (FigureLexicons.QualifiersBefore.TryMatchEndingAt(v.Text, v.Tokens, a.Start, floor, true, out var q, out var qs)
            && !(q == FigureQualifier.AtMost && v.IsAny(qs, "لتصل", "ليصل", "فتصل", "فيصل")))
        {
            // ("تراجعت الإيرادات بنسبة 18% لتصل إلى 149.8 مليار": a verb of reaching with the lam of result tells the
            // level reached, not a ceiling as in "عقوبة تصل إلى 10 سنوات".)
            // News annotators write "حوالي 2104 مليون دينار", "près de 90 dollars" as the figure, but leave comparing
            // verbs outside it ("تزيد عن 40٪"): only the approximating words join the figure's text.
            return a with { Qualifier = q, Start = q == FigureQualifier.Approx ? qs : a.Start };
        }

        if (v.IsPunct(a.Start - 1, '~') && v.Adjacent(a.Start - 1, a.Start))
        {
            return a with { Qualifier = FigureQualifier.Approx, Start = a.Start - 1 };
        }

        if (FigureLexicons.QualifiersAfter.TryMatch(v.Text, v.Tokens, a.End, v.Count, true, out q, out var qc, out _) && v.SameSentence(a.Start, a.End))
        {
            return a with { Qualifier = q, End = a.End + qc };
        }

        // "une quinzaine d'accords", "une centaine de personnes": a French collective numeral is itself "about".
        for (var k = a.Start; k < a.End && !Languages.Arabic.ArabicLetters.IsLetter(v[a.Start][0]); k++)
        {
            if (v.IsAny(k, ApproximateCollectives))
            {
                return a with { Qualifier = FigureQualifier.Approx };
            }
        }

        return a;
    }
}

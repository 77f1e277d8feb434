using System.Globalization;
using Ingest.TextAnalysis.Lexicons;
using Ingest.TextAnalysis.Segmentation;

namespace Ingest.TextAnalysis.Numbers;

/// <summary>
/// Reads a number at a token: digits with the separators as written ("190,000", "7.428,7", "٤٫٥" folded to "4.5",
/// the Egyptian/Levantine press decimal "5ر9" = 9.5, French space groups "10 000"), suffix multipliers ("10k",
/// "1.2M"), number words of Arabic, English and French combined into one value ("ثلاثمائة وخمسون ألفا",
/// "seven hundred twenty-one thousand", "quatre vingt dix neuf"), scale words after digits ("190 مليار",
/// "5 thousand", "74 mds"), halves after scales ("مليار ونصف المليار"), and ordinals ("الحادي والعشرين",
/// "twenty-fifth", "1er"). A hand-written scanner: it runs on every number of every article.
/// </summary>
internal static class NumberParser
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryParse(string text, IReadOnlyList<Token> tokens, int i, string language, out ParsedNumber number) =>
        TryParse(text, tokens, i, language, stopAtConjunction: false, out number);

    /// <summary>
    /// <paramref name="stopAtConjunction"/> keeps "و"/"and"/"et" out of the number: after "بين" or "between" the
    /// conjunction separates the two bounds of a range ("بين عشرة وعشرين" is 10 to 20, not 30).
    /// </summary>
    public static bool TryParse(string text, IReadOnlyList<Token> tokens, int i, string language, bool stopAtConjunction, out ParsedNumber number)
    {
        number = default;
        if (i >= tokens.Count)
        {
            return false;
        }

        var sentence = tokens[i].Sentence;
        var state = new State { Language = language, StopAtConjunction = stopAtConjunction };
        var j = i;
        var t = tokens[i];
        bool hasDigits = false, plain = false, fraction = false;
        var digitCount = 0;

        if (t.Kind == TokenKind.Number || IsLeadingDecimal(text, tokens, i))
        {
            decimal value;
            if (t.Kind != TokenKind.Number)
            {
                if (!TryDecimal("0." + tokens[i + 1].In(text).ToString(), out value))
                {
                    return false;
                }

                j = i + 2;
            }
            else
            {
                if (!ParseDigits(t.In(text), language, out value, out plain, out digitCount))
                {
                    return false;
                }

                j = i + 1;
                if (plain && IsWord(text, tokens, j, "ر") && Adjacent(tokens, i, j) && j + 1 < tokens.Count
                    && tokens[j + 1].Kind == TokenKind.Number && Adjacent(tokens, j, j + 1) && IsPlain(tokens[j + 1].In(text)))
                {
                    // The press writes the decimal with a reh, fraction first in logical order: "5ر9" reads 9.5.
                    if (!TryDecimal(tokens[j + 1].In(text).ToString() + "." + t.In(text).ToString(), out value))
                    {
                        return false;
                    }

                    plain = false;
                    j += 2;
                }
                else if (plain && j + 1 < tokens.Count && IsPunct(text, tokens, j, '/') && Adjacent(tokens, i, j)
                    && tokens[j + 1].Kind == TokenKind.Number && Adjacent(tokens, j, j + 1) && IsPlain(tokens[j + 1].In(text))
                    && !(j + 2 < tokens.Count && IsPunct(text, tokens, j + 2, '/') && Adjacent(tokens, j + 1, j + 2)))
                {
                    var denominator = decimal.Parse(tokens[j + 1].In(text), NumberStyles.None, Invariant);
                    if (denominator == 0)
                    {
                        return false;
                    }

                    value /= denominator;
                    fraction = true;
                    plain = false;
                    j += 2;
                }
                else if (language == "fr" && plain && digitCount <= 3)
                {
                    // French groups thousands with spaces: "10 000", "6 700,54".
                    while (j < tokens.Count && tokens[j].Kind == TokenKind.Number && tokens[j].Start == tokens[j - 1].End + 1
                        && text[tokens[j - 1].End] == ' ' && GroupOfThree(tokens[j].In(text)) && tokens[j].Sentence == sentence)
                    {
                        ParseDigits(tokens[j].In(text), language, out var group, out _, out _);
                        value = value * 1000 + group;
                        plain = false;
                        j++;
                    }
                }
            }

            hasDigits = true;

            // Ordinal suffix written against the digits: "1st", "25th", "1er", "2e".
            if (j < tokens.Count && tokens[j].Kind == TokenKind.Word && Adjacent(tokens, j - 1, j) && !fraction
                && IsOrdinalSuffix(tokens[j].In(text), language))
            {
                number = new ParsedNumber(i, j + 1, value, 1, true, false, true, false, false, false, digitCount);
                return true;
            }

            // Multiplier letters written against the digits: "10k", "1.2M", ".0012G".
            if (j < tokens.Count && tokens[j].Kind == TokenKind.Word && Adjacent(tokens, j - 1, j) && tokens[j].Length == 1)
            {
                var m = text[tokens[j].Start] switch { 'k' or 'K' => 1_000m, 'M' => 1_000_000m, 'G' or 'B' => 1_000_000_000m, _ => 0m };
                if (m != 0)
                {
                    value *= m;
                    state.ScaleWord = m;
                    plain = false;
                    j++;
                }
            }

            j = ReadPointDecimal(text, tokens, j, language, ref value);
            state.Current = value;
            state.Any = true;
            state.DigitStart = true;
            state.LastKind = NumberWordKind.Unit;
            state.LastPart = value;
        }
        else if (t.Kind != TokenKind.Word)
        {
            return false;
        }
        else if (IsFractionWord(t.In(text)) && i > 0 && tokens[i - 1].Sentence == sentence && IsDeterminer(tokens[i - 1].In(text)))
        {
            // "in the quarter to $254 million", "this half", "each quarter": a period of the year, not a fraction.
            return false;
        }
        else if (t.In(text).Equals("dozens", StringComparison.OrdinalIgnoreCase) || t.In(text).Equals("douzaines", StringComparison.OrdinalIgnoreCase))
        {
            // "dozens of protesters" says many, not twelve; "2 dozens" is 24, read from the count before it.
            return false;
        }

        var wordStart = j;
        j = Compose(text, tokens, j, sentence, ref state);
        if (!state.Any)
        {
            return false;
        }

        if (!hasDigits && !state.Ordinal && !state.ScaleSeen && state.Total == 0)
        {
            // "two point two million": a spelled decimal, then scale words only.
            var value = state.Current;
            var after = ReadPointDecimal(text, tokens, j, language, ref value);
            if (after > j)
            {
                state.Current = value;
                state.DigitStart = true;
                state.StopAfter = false;
                j = Compose(text, tokens, after, sentence, ref state);
            }
        }

        var hasWords = j > wordStart || !hasDigits;
        if (!hasDigits && state.ItemCount == 0)
        {
            return false;
        }

        var total = state.Total + state.Current;

        // "مليار و200 مليون", "2 billion and 500 million": a smaller scaled amount after the conjunction adds to a
        // scaled one (not in a range, where the conjunction separates the bounds).
        // Arabic also writes the remainder below the scale in digits: "48 ألفا و500" is 48,500, "ألفين و300" 2,300.
        if (!stopAtConjunction && !state.Ordinal && state.ScaleWord >= 1_000m && j + 1 < tokens.Count && tokens[j].Kind == TokenKind.Word
            && IsConjunction(tokens[j].In(text)) && tokens[j + 1].Sentence == sentence && tokens[j + 1].Kind == TokenKind.Number
            && TryParse(text, tokens, j + 1, language, true, out var smaller) && !smaller.IsOrdinal
            && (state.ScaleWord >= 1_000_000m && smaller.Scale > 1 && smaller.Scale < state.ScaleWord
                || language == "ar" && smaller.Scale == 1 && smaller.IsPlainDigits && smaller.Value < state.ScaleWord))
        {
            total += smaller.Value;
            j = smaller.End;
        }

        var ordinal = state.Ordinal || (state.FirstDefinite && !state.ScaleSeen
            && (state.ItemCount > 1 || state.FirstKind == NumberWordKind.Ten) && state.FirstArabic);
        number = new ParsedNumber(i, j, total, state.ScaleWord == 0 ? 1 : state.ScaleWord, ordinal, hasWords, hasDigits,
            plain && j == i + 1, fraction, state.FirstDefinite, digitCount);
        return true;
    }

    /// <summary>Parses one digits token with its separators, deciding which separator is the decimal one.</summary>
    public static bool ParseDigits(ReadOnlySpan<char> s, string language, out decimal value, out bool plain, out int integerDigits)
    {
        value = 0;
        plain = true;
        int dots = 0, commas = 0, lastSep = -1;
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] == '.')
            {
                dots++;
                lastSep = k;
            }
            else if (s[k] == ',')
            {
                commas++;
                lastSep = k;
            }
        }

        integerDigits = s.Length;
        if (dots + commas == 0)
        {
            return decimal.TryParse(s, NumberStyles.None, Invariant, out value);
        }

        plain = false;
        Span<char> buffer = stackalloc char[s.Length];
        var n = 0;
        int decimalAt;
        if (dots > 0 && commas > 0)
        {
            decimalAt = lastSep; // "7.428,7" and "100,000.0": the last separator is the decimal one
            if ((dots > 1 && s[lastSep] == '.') || (commas > 1 && s[lastSep] == ','))
            {
                decimalAt = -1;
            }
        }
        else if (dots + commas > 1)
        {
            decimalAt = -1; // "3.000.000", "1,200,000": groups only
        }
        else
        {
            var after = s.Length - lastSep - 1;
            var zeroInteger = lastSep == 1 && s[0] == '0';
            var groupish = after == 3 && !zeroInteger;
            // A single comma followed by three digits groups thousands in English and Arabic news ("190,000");
            // French writes the decimal with a comma ("4,7") and groups with a dot ("15.000").
            decimalAt = s[lastSep] == ','
                ? (groupish && language != "fr" ? -1 : lastSep)
                : (groupish && language == "fr" ? -1 : lastSep);
        }

        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] is '.' or ',')
            {
                if (k == decimalAt)
                {
                    buffer[n++] = '.';
                }

                continue;
            }

            buffer[n++] = s[k];
        }

        integerDigits = decimalAt < 0 ? n : decimalAt - CountSeparatorsBefore(s, decimalAt);
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, Invariant, out value);
    }

    private static int CountSeparatorsBefore(ReadOnlySpan<char> s, int end)
    {
        var c = 0;
        for (var k = 0; k < end; k++)
        {
            if (s[k] is '.' or ',')
            {
                c++;
            }
        }

        return c;
    }

    private static bool GroupOfThree(ReadOnlySpan<char> s)
    {
        var k = 0;
        while (k < s.Length && char.IsAsciiDigit(s[k]))
        {
            k++;
        }

        return k == 3 && (k == s.Length || s[k] == ',');
    }

    private static bool IsPlain(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDecimal(string s, out decimal value) =>
        decimal.TryParse(s, NumberStyles.AllowDecimalPoint, Invariant, out value);

    private static bool IsLeadingDecimal(string text, IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && (tokens[i].Kind == TokenKind.Punctuation && (text[tokens[i].Start] == '.' || text[tokens[i].Start] == ',') && Adjacent(tokens, i, i + 1)
            || tokens[i].Kind == TokenKind.Word && PhraseTable<int>.KeyEquals(tokens[i].In(text), "point"))
        && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number
        && IsPlain(tokens[i + 1].In(text))
        && (i == 0 || !Adjacent(tokens, i - 1, i) || text[tokens[i - 1].Start] == '-');

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> word, string language)
    {
        if (language != "ar" && NumberLexicon.Latin(language).TryGet(word, out var w) && w.Kind == NumberWordKind.Suffix)
        {
            return true;
        }

        return language is "ar" or "unknown" && NumberLexicon.English.TryGet(word, out w) && w.Kind == NumberWordKind.Suffix;
    }

    /// <summary>"1 point 1", "واحد فاصلة واحد", "two point two": a spelled decimal point.</summary>
    private static int ReadPointDecimal(string text, IReadOnlyList<Token> tokens, int j, string language, ref decimal value)
    {
        if (j + 1 >= tokens.Count || tokens[j].Kind != TokenKind.Word || value != decimal.Truncate(value))
        {
            return j;
        }

        var w = tokens[j].In(text);
        if (!PhraseTable<int>.KeyEquals(w, "point") && !PhraseTable<int>.KeyEquals(w, "فاصله") && !PhraseTable<int>.KeyEquals(w, "virgule"))
        {
            return j;
        }

        var next = tokens[j + 1];
        string? digits = null;
        if (next.Kind == TokenKind.Number && IsPlain(next.In(text)))
        {
            digits = next.In(text).ToString();
        }
        else if (next.Kind == TokenKind.Word && LexiconFor(next.In(text), language).TryGet(next.In(text), out var word)
            && word.Kind is NumberWordKind.Unit or NumberWordKind.Zero && word.Value < 10)
        {
            digits = ((int)word.Value).ToString(Invariant);
        }

        if (digits is null || !TryDecimal("0." + digits, out var fractionPart))
        {
            return j;
        }

        value += value < 0 ? -fractionPart : fractionPart;
        return j + 2;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase)
        || w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase)
        || w.Equals("every", StringComparison.OrdinalIgnoreCase) || w.Equals("per", StringComparison.OrdinalIgnoreCase)
        || w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
        || w.Equals("same", StringComparison.OrdinalIgnoreCase) || w.Equals("latest", StringComparison.OrdinalIgnoreCase);

    private static bool IsFractionWord(ReadOnlySpan<char> w) =>
        w.Equals("quarter", StringComparison.OrdinalIgnoreCase) || w.Equals("half", StringComparison.OrdinalIgnoreCase);

    private static Lexicon<NumberWord> LexiconFor(ReadOnlySpan<char> word, string language) =>
        word.Length > 0 && Languages.Arabic.ArabicLetters.IsLetter(word[0]) ? NumberLexicon.Arabic : NumberLexicon.Latin(language);

    private static int Compose(string text, IReadOnlyList<Token> tokens, int j, int sentence, ref State s)
    {
        while (j < tokens.Count && tokens[j].Sentence == sentence)
        {
            var token = tokens[j];
            var conj = false;
            var next = j;

            // A separate conjunction between number words: "خمسمائة و خمسة", "hundred and four", "vingt et un".
            if (s.Any && token.Kind == TokenKind.Word && IsConjunction(token.In(text)))
            {
                if (s.StopAtConjunction)
                {
                    break;
                }

                if (j + 1 >= tokens.Count || tokens[j + 1].Sentence != sentence)
                {
                    break;
                }

                conj = true;
                next = j + 1;

                // "one and a half billion": the article between the conjunction and the fraction is part of it.
                if (next + 1 < tokens.Count && tokens[next + 1].Sentence == sentence && tokens[next].In(text).Equals("a", StringComparison.OrdinalIgnoreCase)
                    && IsFractionWord(tokens[next + 1].In(text)))
                {
                    next++;
                }
            }
            else if (s.Any && s.LastKind == NumberWordKind.Fraction && s.Total == 0 && token.Kind == TokenKind.Word && token.In(text).Equals("a", StringComparison.OrdinalIgnoreCase)
                && j + 1 < tokens.Count && tokens[j + 1].Sentence == sentence && tokens[j + 1].Kind == TokenKind.Word
                && NumberLexicon.Latin(s.Language).TryGet(tokens[j + 1].In(text), out var scale) && scale.Kind == NumberWordKind.Scale)
            {
                next = j + 1; // "half a million": the fraction of the scale after the article
            }
            else if (s.Any && !s.DigitStart && token.Kind == TokenKind.Punctuation && (text[token.Start] is '-' or '\u2014')
                && j + 1 < tokens.Count && Adjacent(tokens, j - 1, j) && Adjacent(tokens, j, j + 1))
            {
                next = j + 1; // "twenty—fifth"
            }

            if (!TryApplyToken(text, tokens, next, conj, ref s))
            {
                break;
            }

            j = next + 1;
            if (s.StopAfter)
            {
                break;
            }

            // "مليار ونصف المليار": the half is of the scale just named, which may be repeated.
            if (s.ExpectScaleRepeat)
            {
                s.ExpectScaleRepeat = false;
                if (j < tokens.Count && tokens[j].Sentence == sentence && tokens[j].Kind == TokenKind.Word
                    && NumberLexicon.Arabic.TryGetWithClitics(tokens[j].In(text), out var rep, out _, out _, out _)
                    && rep.Kind == NumberWordKind.Scale && rep.Value == s.LastScale)
                {
                    j++;
                }
            }
        }

        return j;
    }

    // The plural forms of the Arabic scale words, folded ("آلاف", "ألوف", "ملايين", "مليارات", "بلايين", "تريليونات"): a
    // count must come before them.
    private static bool IsBrokenPluralScale(ReadOnlySpan<char> word) =>
        word.SequenceEqual("الاف") || word.SequenceEqual("آلاف") || word.SequenceEqual("ألوف") || word.SequenceEqual("الوف")
        || word.SequenceEqual("ملايين") || word.SequenceEqual("بلايين") || word.EndsWith("ات");

    private static bool IsConjunction(ReadOnlySpan<char> w) =>
        w.SequenceEqual("و") || PhraseTable<int>.KeyEquals(w, "and") || PhraseTable<int>.KeyEquals(w, "et");

    private static bool TryApplyToken(string text, IReadOnlyList<Token> tokens, int j, bool conj, ref State s)
    {
        var token = tokens[j];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var span = token.In(text);
        var arabic = Languages.Arabic.ArabicLetters.IsLetter(span[0]);
        if (arabic)
        {
            if (!NumberLexicon.Arabic.TryGetWithClitics(span, out var w, out var prefix, out var definite, out var prefixConj))
            {
                return false;
            }

            if (prefix > 0 && s.Any)
            {
                // Inside a number only the conjunction may be joined ("وعشرين"), or the article on the tens of a
                // definite or ordinal compound ("الحادي والعشرين", "الواحد و العشرون"); "لعشرين" starts something else.
                var tensOfDefinite = definite && w.Kind == NumberWordKind.Ten && (s.Ordinal || s.FirstDefinite) && (prefixConj || conj);
                if (!tensOfDefinite && (!prefixConj || definite || conj))
                {
                    return false;
                }

                if (prefixConj && s.StopAtConjunction)
                {
                    return false;
                }

                conj = true;
            }

            if (!s.Any)
            {
                // "آلاف النازحين", "عشرات الآلاف", "ملايين الدولارات": a plural of thousands or millions with no count
                // before it is a vague multitude, not a number.
                if (w.Kind == NumberWordKind.Scale && IsBrokenPluralScale(span[prefix..]))
                {
                    return false;
                }

                s.FirstDefinite = definite;
                s.FirstArabic = true;
            }

            return Apply(w, conj, isArabic: true, ref s);
        }

        var lexicon = NumberLexicon.Latin(s.Language);
        if (lexicon.TryGet(span, out var word))
        {
            return Apply(word, conj, isArabic: false, ref s);
        }

        // English "a hundred", "a dozen", "a million"; "a couple", "a pair".
        if (!s.Any && (PhraseTable<int>.KeyEquals(span, "a") || PhraseTable<int>.KeyEquals(span, "an")) && s.Language != "fr"
            && j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Word)
        {
            var after = tokens[j + 1].In(text);
            if (lexicon.TryGet(after, out var w2) && w2.Kind is NumberWordKind.HundredWord or NumberWordKind.Scale or NumberWordKind.Dozen)
            {
                s.Current = 1;
                s.Any = true;
                s.LastKind = NumberWordKind.Unit;
                s.LastPart = 1;
                return true;
            }

            if (PhraseTable<int>.KeyEquals(after, "couple") || PhraseTable<int>.KeyEquals(after, "pair"))
            {
                s.Current = 2;
                s.Any = true;
                s.ItemCount = 1;
                s.LastKind = NumberWordKind.Unit;
                s.LastPart = 2;
                s.SkipNext = true;
                return true;
            }
        }

        if (s.SkipNext)
        {
            s.SkipNext = false;
            return true;
        }

        // Hyphenated or run-together compounds: "twenty-one", "quatre-vingt-dix", "twentyfifth".
        if (span.Contains('-'))
        {
            var copy = s;
            foreach (var range in span.Split('-'))
            {
                var part = span[range];
                if (part.IsEmpty)
                {
                    continue;
                }

                var partConj = PhraseTable<int>.KeyEquals(part, "et") || PhraseTable<int>.KeyEquals(part, "and");
                if (partConj)
                {
                    conj = true;
                    continue;
                }

                if (!lexicon.TryGet(part, out var pw) || !Apply(pw, conj, isArabic: false, ref copy))
                {
                    return false;
                }

                conj = false;
            }

            s = copy;
            return true;
        }

        foreach (var tenWord in RunTogetherTens)
        {
            if (span.Length > tenWord.Length && span.StartsWith(tenWord, StringComparison.OrdinalIgnoreCase)
                && lexicon.TryGet(tenWord, out var tw) && lexicon.TryGet(span[tenWord.Length..], out var uw)
                && uw.Kind is NumberWordKind.Unit or NumberWordKind.Ordinal && uw.Value < 10)
            {
                var copy = s;
                if (Apply(tw, conj, false, ref copy) && Apply(uw, false, false, ref copy))
                {
                    s = copy;
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] RunTogetherTens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static bool Apply(NumberWord w, bool conj, bool isArabic, ref State s)
    {
        var v = w.Value;
        if (s.DigitStart && w.Kind is not (NumberWordKind.Scale or NumberWordKind.Dozen or NumberWordKind.HundredWord or NumberWordKind.Fraction))
        {
            return false;
        }

        if (s.DigitStart && w.Kind == NumberWordKind.Fraction && !(conj && s.LastKind == NumberWordKind.Scale))
        {
            return false;
        }

        if (s.DigitStart && w.Kind == NumberWordKind.HundredWord && s.Language != "fr" && !isArabic)
        {
            // "5 hundred" is rare in news; "3 hundred" stays acceptable.
        }

        if (s.Ordinal)
        {
            // After an Arabic ordinal only its teen or tens may follow: "الحادي عشر", "الخامس والعشرون".
            if (isArabic && w.Kind == NumberWordKind.Unit && v == 10 && !conj && s.LastPart < 10)
            {
                s.Current += 10;
                s.LastPart = 10;
                s.ItemCount++;
                return true;
            }

            if (isArabic && w.Kind == NumberWordKind.Ten && conj && s.LastPart < 10)
            {
                s.Current += v;
                s.LastPart = v;
                s.ItemCount++;
                s.StopAfter = true;
                return true;
            }

            return false;
        }

        switch (w.Kind)
        {
            case NumberWordKind.Suffix:
                return false;
            case NumberWordKind.Zero:
                if (s.Any)
                {
                    return false;
                }

                s.Current = 0;
                s.StopAfter = true;
                break;
            case NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten or NumberWordKind.Hundred:
                if (!s.Any || s.LastKind is NumberWordKind.Scale or NumberWordKind.Dozen && s.Current == 0 || conj && s.LastKind != NumberWordKind.Fraction)
                {
                    if (s.Any && !conj && s.LastKind == NumberWordKind.Scale && isArabic && s.Total > 0 && w.Kind != NumberWordKind.Hundred)
                    {
                        // Arabic joins the parts after a scale with "و": "ألف وخمسمائة"; without it, a new number begins.
                        return false;
                    }

                    s.Current += v;
                }
                else if (isArabic && w.Kind == NumberWordKind.Unit && v == 10 && s.LastKind == NumberWordKind.Unit && s.LastPart < 10)
                {
                    s.Current += 10; // "ثلاثة عشر"
                }
                else if (s.LastKind is NumberWordKind.HundredWord or NumberWordKind.Hundred && w.Kind != NumberWordKind.Hundred)
                {
                    s.Current += v; // "متين واحد وعشرين", "cent dix-huit", "hundred four"
                }
                else if (s.LastPart >= 10 && s.LastPart % 10 == 0 && v < s.LastPart && s.LastKind is NumberWordKind.Ten or NumberWordKind.Unit && v < 20
                    && (s.LastPart <= 90))
                {
                    s.Current += v; // "twenty one", "dix sept", "soixante dix", "quatre vingt dix neuf"
                }
                else if (!isArabic && s.Language == "fr" && s.LastKind == NumberWordKind.Unit && s.LastPart == 4 && v == 20)
                {
                    s.Current += 76; // "quatre vingt" is 4 x 20
                }
                else if (!isArabic && s.Language != "fr" && s.LastKind == NumberWordKind.Unit && s.LastPart is >= 1 and <= 9
                    && w.Kind == NumberWordKind.Ten && s.Current == s.LastPart)
                {
                    s.Current = s.Current * 100 + v; // "one twenty two" is 122
                }
                else
                {
                    return false;
                }

                s.LastPart = v;
                break;
            case NumberWordKind.HundredWord:
                if (s.Any && !conj && s.Current is > 0 and < 100 && s.LastKind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten)
                {
                    s.Current *= 100; // "ثلاث مئة", "twelve hundred", "deux cents"
                }
                else if (!s.Any || conj || s.LastKind == NumberWordKind.Scale)
                {
                    s.Current += 100;
                }
                else
                {
                    return false;
                }

                s.LastPart = 100;
                break;
            case NumberWordKind.Scale:
                if (s.Current == 0)
                {
                    if (s.Any && s.LastKind == NumberWordKind.Scale)
                    {
                        if (v <= s.LastScale)
                        {
                            return false;
                        }

                        s.Total *= v; // "ألف مليون", "three thousand millions"
                    }
                    else if (s.Any && s.LastKind == NumberWordKind.Zero)
                    {
                        return false;
                    }
                    else
                    {
                        s.Total += v;
                    }
                }
                else
                {
                    if (s.ScaleSeen && v >= s.LastScale && s.Total > 0)
                    {
                        s.Total = (s.Total + s.Current) * v;
                    }
                    else
                    {
                        s.Total += s.Current * v;
                    }
                }

                s.Current = 0;
                s.LastScale = v;
                s.ScaleWord = Math.Max(s.ScaleWord, v);
                s.ScaleSeen = true;
                break;
            case NumberWordKind.Dual:
                if (s.Any && s.Current != 0)
                {
                    return false;
                }

                s.Total += 2 * v;
                s.LastScale = v;
                s.ScaleWord = Math.Max(s.ScaleWord, v);
                s.ScaleSeen = true;
                w = w with { Kind = NumberWordKind.Scale };
                break;
            case NumberWordKind.Dozen:
                if (s.Current == 0 && v != 12)
                {
                    // "une quinzaine", "une centaine" count from the "une" before them; alone ("en quarantaine",
                    // "des centaines") they are no number.
                    return false;
                }

                s.Current = (s.Current == 0 ? 1 : s.Current) * v;
                break;
            case NumberWordKind.Fraction:
                if (s.Any && conj && s.LastKind == NumberWordKind.Scale)
                {
                    s.Total += v * s.LastScale;
                    s.ExpectScaleRepeat = true;
                    s.StopAfter = false;
                }
                else if (s.Any && conj && s.Current > 0)
                {
                    s.Current += v;
                }
                else if (!s.Any)
                {
                    s.Current = v;
                }
                else
                {
                    return false;
                }

                break;
            case NumberWordKind.FractionPlural:
                if (!(s.Any && !conj && s.LastKind == NumberWordKind.Unit))
                {
                    return false;
                }

                s.Current *= v;
                break;
            case NumberWordKind.Ordinal:
                if (!s.Any)
                {
                    s.Current = v;
                    s.Ordinal = true;
                    s.LastPart = v;
                    if (!isArabic)
                    {
                        s.StopAfter = true;
                    }
                }
                else if (!isArabic && s.LastKind is NumberWordKind.Ten or NumberWordKind.HundredWord or NumberWordKind.Hundred or NumberWordKind.Scale
                    or NumberWordKind.Unit && (s.LastPart >= 10 || conj))
                {
                    s.Current += v; // "twenty-fifth", "vingt et unième", "hundred and first"
                    s.Ordinal = true;
                    s.StopAfter = true;
                }
                else
                {
                    return false;
                }

                break;
        }

        if (!s.Any)
        {
            s.FirstKind = w.Kind;
        }

        s.Any = true;
        s.ItemCount++;
        s.LastKind = w.Kind;
        return true;
    }

    private static bool Adjacent(IReadOnlyList<Token> tokens, int a, int b) => tokens[b].Start == tokens[a].End;

    private static bool IsWord(string text, IReadOnlyList<Token> tokens, int j, string word) =>
        j < tokens.Count && tokens[j].Kind == TokenKind.Word && tokens[j].In(text).SequenceEqual(word);

    private static bool IsPunct(string text, IReadOnlyList<Token> tokens, int j, char c) =>
        j < tokens.Count && tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Start] == c;

    private struct State
    {
        public string Language;
        public decimal Total;
        public decimal Current;
        public decimal LastPart;
        public decimal LastScale;
        public decimal ScaleWord;
        public NumberWordKind LastKind;
        public NumberWordKind FirstKind;
        public bool Any;
        public bool Ordinal;
        public bool FirstDefinite;
        public bool FirstArabic;
        public bool DigitStart;
        public bool ScaleSeen;
        public bool StopAfter;
        public bool ExpectScaleRepeat;
        public bool SkipNext;
        public bool StopAtConjunction;
        public int ItemCount;
    }
}

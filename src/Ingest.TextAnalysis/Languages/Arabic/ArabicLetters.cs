namespace Ingest.TextAnalysis.Languages.Arabic;

/// <summary>
/// Named Arabic code points used by the normalizer and the Arabic rules, so that no rule hides a magic number.
/// Names follow the Unicode character names.
/// </summary>
internal static class ArabicLetters
{
    public const char Comma = '\u060C';                 // ،
    public const char Semicolon = '\u061B';             // ؛
    public const char QuestionMark = '\u061F';          // ؟
    public const char LetterMark = '\u061C';            // ARABIC LETTER MARK (bidi control)
    public const char Hamza = '\u0621';                 // ء
    public const char AlefWithMaddaAbove = '\u0622';    // آ
    public const char AlefWithHamzaAbove = '\u0623';    // أ
    public const char WawWithHamzaAbove = '\u0624';     // ؤ
    public const char AlefWithHamzaBelow = '\u0625';    // إ
    public const char YehWithHamzaAbove = '\u0626';     // ئ
    public const char Alef = '\u0627';                  // ا
    public const char Beh = '\u0628';                   // ب
    public const char TehMarbuta = '\u0629';            // ة
    public const char Teh = '\u062A';                   // ت
    public const char Reh = '\u0631';                   // ر
    public const char Fa = '\u0641';                    // ف
    public const char Kaf = '\u0643';                   // ك
    public const char Lam = '\u0644';                   // ل
    public const char Heh = '\u0647';                   // ه
    public const char Waw = '\u0648';                   // و
    public const char AlefMaksura = '\u0649';           // ى
    public const char Yeh = '\u064A';                   // ي
    public const char Tatweel = '\u0640';               // ـ (kashida, a stretching stroke with no meaning)
    public const char FathatanFirstHaraka = '\u064B';   // first of the harakat (short-vowel and tanween marks)
    public const char SukunLastHaraka = '\u0652';       // last of the common harakat
    public const char MaddahAbove = '\u0653';
    public const char LastCombiningMark = '\u065F';
    public const char SuperscriptAlef = '\u0670';
    public const char PercentSign = '\u066A';           // ٪
    public const char DecimalSeparator = '\u066B';      // ٫
    public const char ThousandsSeparator = '\u066C';    // ٬
    public const char AlefWasla = '\u0671';             // ٱ
    public const char Keheh = '\u06A9';                 // ک (Persian kaf)
    public const char FarsiYeh = '\u06CC';              // ی
    public const char IndicDigitZero = '\u0660';        // ٠
    public const char IndicDigitNine = '\u0669';        // ٩
    public const char PersianDigitZero = '\u06F0';      // ۰
    public const char PersianDigitNine = '\u06F9';      // ۹
    public const char QuranicMarksFirst = '\u0610';
    public const char QuranicMarksLast = '\u061A';
    public const char SmallHighFirst = '\u06D6';
    public const char SmallHighLast = '\u06ED';

    /// <summary>Letters of the Arabic block proper (hamza to yeh, and the extended letters).</summary>
    public static bool IsLetter(char c) => c is >= Hamza and <= Yeh || c is >= AlefWasla and <= '\u06D3';

    /// <summary>Diacritics that carry no lexical information for matching: harakat, tanween, shadda, Quranic marks.</summary>
    public static bool IsDiacritic(char c) =>
        c is >= FathatanFirstHaraka and <= LastCombiningMark
        || c == SuperscriptAlef
        || c is >= QuranicMarksFirst and <= QuranicMarksLast
        || c is >= SmallHighFirst and <= SmallHighLast && c != '\u06DD' && c != '\u06DE';

    /// <summary>Letters found in Persian and Urdu but not in Arabic text: their share tells the languages apart.</summary>
    public static bool IsPersianOnlyLetter(char c) => c is '\u067E' or '\u0686' or '\u0698' or '\u06AF' or Keheh or FarsiYeh;
}

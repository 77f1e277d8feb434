using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Tests.Entities;

public class AbbreviationDefinitionTests
{
    private static IReadOnlyList<Entity> Run(string text, string lang) =>
        EntityRecognizer.Recognize(AnalysisDocument.Create(text, lang, new DateOnly(2024, 3, 1)));

    private static List<string> MentionsOf(Entity entity) => [.. entity.Mentions.Select(m => m.Text)];

    [Fact]
    public void Recognize_FrenchLowercaseLongForm_DefinesOrganizationWithLaterUses()
    {
        var entities = Run("La hausse a été confirmée jeudi par l'Agence nationale de l'électricité et des réseaux (ANER). Selon l'ANER, les coupures resteront rares.", "fr");
        var org = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Agence nationale de l'électricité et des réseaux", org.Name);
        Assert.Equal(["Agence nationale de l'électricité et des réseaux", "ANER", "ANER"], MentionsOf(org));
    }

    [Fact]
    public void Recognize_EnglishLongFormWithFunctionWords_DefinesOrganization()
    {
        var entities = Run("Delegates of the Association of Southeast Nations Traders (ASNT) gathered on Monday, and the ASNT later issued a statement.", "en");
        var org = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Association of Southeast Nations Traders", org.Name);
        Assert.Equal(3, org.Mentions.Count);
    }

    [Fact]
    public void Recognize_HyphenatedPartsAndPlaceInsideLongForm_StayOneOrganization()
    {
        var entities = Run("Leaders of the Pakistan Tehreek-e-Insaf (PTI) called for protests in Karachi on Friday.", "en");
        var org = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Pakistan Tehreek-e-Insaf", org.Name);
        Assert.Contains("PTI", MentionsOf(org));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Location && e.Mentions.Any(m => m.Text == "Pakistan"));
    }

    [Fact]
    public void Recognize_OneMissingLetter_StillDefinesOrganization()
    {
        var entities = Run("The National Water Resources Board (NWRB) approved new tariffs this week.", "en");
        Assert.Contains(entities, e => e.Type == EntityType.Organization && e.Name == "National Water Resources Board");
    }

    [Fact]
    public void Recognize_BracketThatDoesNotSpellTheWords_IsNoOrganization()
    {
        var entities = Run("Exports rose sharply in the third quarter (XYZ) according to traders.", "en");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void Recognize_DefinedIndicatorOrDocument_IsNoOrganization()
    {
        var entities = Run("The Retail Price Index (RPI) rose, and the Memorandum of Fiscal Targets (MFT) was signed.", "en");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void Recognize_ArabicBracketedShortName_StillJoinsTheAgency()
    {
        var entities = Run("ذكرت وكالة أنباء الصين الجديدة (شينخوا) أن الوفد وصل إلى بكين مساء الثلاثاء.", "ar");
        var org = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Equal(2, org.Mentions.Count);
        Assert.Contains(org.Mentions, m => m.Text == "شينخوا");
    }

    [Fact]
    public void Recognize_DefinedCountryName_StaysALocation()
    {
        var entities = Run("Fighting resumed in the Democratic Republic of the Congo (DRC) on Friday, officials said.", "en");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("La Communauté économique des États de l'Afrique centrale (CEEAC) a condamné mardi les violences.", "fr", "Communauté économique des États de l'Afrique centrale", "CEEAC")]
    [InlineData("Le Bureau intégré des Nations unies en Haïti (BINUH) a publié un rapport lundi.", "fr", "Bureau intégré des Nations unies en Haïti", "BINUH")]
    [InlineData("The Economic Community of Central African States (ECCAS) held a summit in Malabo.", "en", "Economic Community of Central African States", "ECCAS")]
    public void Recognize_LongFormEndingWithAKnownPlace_IsOneOrganization(string text, string lang, string longForm, string abbreviation)
    {
        var entities = Run(text, lang);
        var org = Assert.Single(entities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => m.Text == longForm));
        Assert.Contains(abbreviation, MentionsOf(org));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Location && e.Mentions.Any(m => longForm.EndsWith(m.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Recognize_CountryLongFormWithAbbreviation_StaysTheCountry()
    {
        var country = Assert.Single(Run("The Democratic Republic of the Congo (DRC) recalled its ambassador on Sunday.", "en"));
        Assert.Equal(EntityType.Location, country.Type);
        Assert.Equal("CD", country.Country);
        Assert.Equal(["Democratic Republic of the Congo", "DRC"], MentionsOf(country));
    }
}

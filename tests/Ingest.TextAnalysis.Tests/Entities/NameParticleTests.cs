using Ingest.TextAnalysis.Entities;

namespace Ingest.TextAnalysis.Tests.Entities;

public class NameParticleTests
{
    private static IReadOnlyList<Entity> Run(string text, string lang) =>
        EntityRecognizer.Recognize(AnalysisDocument.Create(text, lang, new DateOnly(2024, 3, 1)));

    private static List<string> Persons(IReadOnlyList<Entity> entities) =>
        [.. entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name)];

    [Fact]
    public void Recognize_FrenchArticleParticleAfterGivenName_KeepsTheWholeName()
    {
        var persons = Persons(Run("Le ministre a reçu mercredi son homologue Bruno Le Maire, puis Marine Le Pen a réagi à Lyon.", "fr"));
        Assert.Contains("Bruno Le Maire", persons);
        Assert.Contains("Marine Le Pen", persons);
        Assert.DoesNotContain("Bruno", persons);
    }

    [Fact]
    public void Recognize_FrenchLowercaseParticle_KeepsTheWholeName()
    {
        var persons = Persons(Run("Dans ses mémoires, Charles de Gaulle évoque longuement la reconstruction du pays.", "fr"));
        Assert.Contains("Charles de Gaulle", persons);
    }

    [Fact]
    public void Recognize_SentenceInitialArticle_IsNotGluedToThePreviousName()
    {
        var entities = Run("Le conseil a salué le travail de Jean Dupont. Le Monde a publié vendredi un long entretien.", "fr");
        var persons = Persons(entities);
        Assert.Contains("Jean Dupont", persons);
        Assert.DoesNotContain(persons, p => p.Contains("Le", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_GermanArabicAndPortugueseParticles_KeepTheWholeName()
    {
        var persons = Persons(Run(
            "Ursula von der Leyen held talks with Mohammed bin Salman on Tuesday, while Mohammed al-Rashidi received a delegation sent by Luiz Inacio da Silva.",
            "en"));
        Assert.Contains("Ursula von der Leyen", persons);
        Assert.Contains("Mohammed bin Salman", persons);
        Assert.Contains("Mohammed al-Rashidi", persons);
        Assert.Contains("Luiz Inacio da Silva", persons);
    }

    [Fact]
    public void Recognize_ParticleNotFollowedByName_EndsTheName()
    {
        var persons = Persons(Run("Selon Charles Martin de la banque, les taux resteront stables.", "fr"));
        Assert.Contains("Charles Martin", persons);
    }

    [Fact]
    public void Recognize_ArabicBinBetweenNames_StaysOneName()
    {
        var entities = Run("وقال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة ستواصل دعم الاستقرار.", "ar");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Contains("بن", person.Mentions[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_ParticleBeforePortfolioOrPlace_EndsThePersonName()
    {
        var persons = Persons(Run("Le ministre Jean Dupont de la Santé a visité l'hôpital. Pierre Martin de Marseille a suivi la visite.", "fr"));
        Assert.Contains("Jean Dupont", persons);
        Assert.Contains("Pierre Martin", persons);
        Assert.DoesNotContain(persons, p => p.Contains("Santé", StringComparison.Ordinal) || p.Contains("Marseille", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_ArticleAfterComma_IsNotGluedToTheName()
    {
        var persons = Persons(Run("L'entretien a été accordé à Bruno Martin, Le Figaro l'a publié mardi.", "fr"));
        Assert.Contains("Bruno Martin", persons);
        Assert.DoesNotContain(persons, p => p.Contains("Figaro", StringComparison.Ordinal));
    }
}

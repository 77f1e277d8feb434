using Ingest.TextAnalysis.Dates;
using Ingest.TextAnalysis.Entities;
using Ingest.TextAnalysis.Events;
using Ingest.TextAnalysis.Quotes;

namespace Ingest.TextAnalysis.Tests.Events;

public class SeedArticleEventsTests
{
    [Fact]
    public void Extract_SeedArticle_XiMishustinMeetingInBeijingIsConsult()
    {
        var document = SeedArticle.Document();
        var entities = EntityRecognizer.Recognize(document);
        var quotes = QuoteExtractor.Extract(document, entities);

        // The date extractor is written elsewhere: hand the event extractor the day the meeting sentence names.
        var meetingSentence = document.Sentences.First(s => document.Original[s.Span.Start..s.Span.End].Contains("التقى", StringComparison.Ordinal));
        var wednesday = document.Original.IndexOf("يوم الأربعاء", meetingSentence.Span.Start, StringComparison.Ordinal);
        var dates = new List<DateMention>
        {
            new("يوم الأربعاء", new TextSpan(wednesday, wednesday + 12), meetingSentence.Index, new DateRange(SeedArticle.Reference, SeedArticle.Reference), DateGranularity.Day),
        };
        var events = EventExtractor.Extract(document, entities, quotes, dates);

        var xi = SeedArticle.Find(entities, EntityType.Person, "شي جين بينغ");
        var mishustin = SeedArticle.Find(entities, EntityType.Person, "ميخائيل ميشوستين");
        var li = SeedArticle.Find(entities, EntityType.Person, "لي تشيانغ");
        var beijing = SeedArticle.Find(entities, EntityType.Location, "بكين");

        var meeting = Assert.Single(events, e => e.Type == "CONSULT" && e.Participants.Any(p => p.EntityId == xi.Id) && e.Participants.Any(p => p.EntityId == mishustin.Id));
        Assert.Equal("meet", meeting.Mode);
        Assert.Equal("040", meeting.Cameo);
        Assert.Equal(mishustin.Id, meeting.Participants[0].EntityId);
        Assert.Equal(EventRole.Source, meeting.Participants[0].Role);
        Assert.Equal(beijing.Id, meeting.LocationId);
        Assert.Equal(SeedArticle.Reference, meeting.Date);
        Assert.Equal("التقى", meeting.Trigger);
        Assert.Equal(meeting.Trigger, document.Original[meeting.TriggerSpan.Start..meeting.TriggerSpan.End]);
        Assert.Contains(events, e => e.Type == "CONSULT" && e.Participants.Select(p => p.EntityId).SequenceEqual([mishustin.Id, li.Id]));
    }

    [Fact]
    public void Extract_SeedArticle_NeverCondemnedIsANegatedAccusation()
    {
        var document = SeedArticle.Document();
        var entities = EntityRecognizer.Recognize(document);
        var events = EventExtractor.Extract(document, entities, QuoteExtractor.Extract(document, entities), []);
        var condemn = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.True(condemn.Negated);
        Assert.Null(condemn.Date);
    }

    // The 13 events an analyst codes in the seed article: type, then the actors (initiator first) by a mention.
    public static TheoryData<string, string[]> SeedEvents => new()
    {
        { "CONSULT", ["ميخائيل ميشوستين", "شي جين بينغ"] },
        { "CONSULT", ["ميخائيل ميشوستين", "لي تشيانغ"] },
        { "STATEMENT", ["ميخائيل ميشوستين", "لي تشيانغ"] },
        { "SUPPORT", ["شي جين بينغ", "ميخائيل ميشوستين"] },
        { "REQUEST", ["شي جين بينغ", "روسيا"] },
        { "STATEMENT", ["لي تشيانغ"] },
        { "STATEMENT", ["ألكسندر نوفاك"] },
        { "CONSULT", ["شي جين بينغ", "فلاديمير بوتين"] },
        { "ASSAULT", ["روسيا", "أوكرانيا"] },
        { "ACCUSE", ["الصين", "روسيا"] },
        { "COOPERATE", ["الصين", "روسيا"] },
        { "REQUEST", ["الحكومة الصينية"] },
        { "STATEMENT", ["ريان هاس"] },
    };

    [Theory]
    [MemberData(nameof(SeedEvents))]
    public void Extract_SeedArticle_FindsEachCodedEventWithItsActors(string type, string[] actors)
    {
        var document = SeedArticle.Document();
        var entities = EntityRecognizer.Recognize(document);
        var events = EventExtractor.Extract(document, entities, QuoteExtractor.Extract(document, entities), []);
        var ids = actors.Select(a => entities.First(e => e.Mentions.Any(m => m.Text == a)).Id).ToArray();
        Assert.Single(events, e => e.Type == type && e.Participants.Select(p => p.EntityId).ToHashSet().SetEquals(ids) && e.Participants[0].EntityId == ids[0]);
    }

    [Fact]
    public void Extract_SeedArticle_CodesExactlyTheThirteenEvents()
    {
        var document = SeedArticle.Document();
        var entities = EntityRecognizer.Recognize(document);
        var events = EventExtractor.Extract(document, entities, QuoteExtractor.Extract(document, entities), []);
        Assert.Equal(13, events.Count);
    }

    [Fact]
    public void Extract_SeedArticle_InvitationToBeijingIsConsultInvite()
    {
        var document = SeedArticle.Document();
        var entities = EntityRecognizer.Recognize(document);
        var events = EventExtractor.Extract(document, entities, QuoteExtractor.Extract(document, entities), []);
        var putin = SeedArticle.Find(entities, EntityType.Person, "فلاديمير بوتين");
        var invite = Assert.Single(events, e => e.Participants.Any(p => p.EntityId == putin.Id) && e.Type == "CONSULT");
        Assert.Equal("invite", invite.Mode);
        Assert.Equal("036", invite.Cameo);
        Assert.Equal(SeedArticle.Find(entities, EntityType.Location, "بكين").Id, invite.LocationId);
    }

    [Fact]
    public void Extract_SeedArticle_PraiseIsMishustinsOnlyStatementAndXiHasNone()
    {
        var document = SeedArticle.Document();
        var entities = EntityRecognizer.Recognize(document);
        var events = EventExtractor.Extract(document, entities, QuoteExtractor.Extract(document, entities), []);
        var xi = SeedArticle.Find(entities, EntityType.Person, "شي جين بينغ");
        var mishustin = SeedArticle.Find(entities, EntityType.Person, "ميخائيل ميشوستين");
        var praise = Assert.Single(events, e => e.Type == "STATEMENT" && e.Participants[0].EntityId == mishustin.Id);
        Assert.Equal("praise", praise.Mode);
        Assert.DoesNotContain(events, e => e.Type == "STATEMENT" && e.Participants[0].EntityId == xi.Id);
    }
}

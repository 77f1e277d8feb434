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
}

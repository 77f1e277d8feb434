using Ingest.Pipeline.Identity;
using Ingest.Pipeline.Store;

namespace Ingest.Pipeline.Tests.Store;

public sealed class ArticleRowBuilderTests
{
    private static readonly DateTimeOffset Now = new(2023, 5, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_SameMessageTwice_SameIds()
    {
        var first = ArticleRowBuilder.Build(TestMessages.Analyzed(), Now);
        var second = ArticleRowBuilder.Build(TestMessages.Analyzed(), Now.AddHours(1));

        Assert.Equal(first.Article.Id, second.Article.Id);
        Assert.Equal(first.Entities.Select(e => e.Id), second.Entities.Select(e => e.Id));
        Assert.Equal(first.Figures.Select(f => f.Id), second.Figures.Select(f => f.Id));
        Assert.Equal(first.Events.Select(e => e.Id), second.Events.Select(e => e.Id));
    }

    [Fact]
    public void Build_NewExtractorVersion_NewAnnotationIdsSameArticleId()
    {
        var old = ArticleRowBuilder.Build(TestMessages.Analyzed(version: "0.1.0"), Now);
        var next = ArticleRowBuilder.Build(TestMessages.Analyzed(version: "0.2.0"), Now);

        Assert.Equal(old.Article.Id, next.Article.Id);
        Assert.Equal(DeterministicId.ForArticle("t-1"), next.Article.Id);
        Assert.NotEqual(old.Events[0].Id, next.Events[0].Id);
    }

    [Fact]
    public void Build_TwoAnnotationsOnOneSpan_DistinctIds()
    {
        var stored = ArticleRowBuilder.Build(TestMessages.Analyzed(), Now);
        Assert.Equal(2, stored.Figures.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void Build_EventParticipantsAndLocation_LinkedToEntityRows()
    {
        var stored = ArticleRowBuilder.Build(TestMessages.Analyzed(), Now);
        var xi = stored.Entities.Single(e => e.CanonicalName == "Xi Jinping");
        var beijing = stored.Entities.Single(e => e.CanonicalName == "Beijing");

        var meeting = Assert.Single(stored.Events);
        Assert.Equal(xi.Id, Assert.Single(meeting.Actors).EntityId);
        Assert.Equal(beijing.Id, meeting.LocationEntityId);
        Assert.All(xi.Mentions, m => Assert.Equal(xi.Id, m.EntityId));
    }

    [Fact]
    public void Events_OutputMessages_CarryTheStoredIdsAndActorNames()
    {
        var stored = ArticleRowBuilder.Build(TestMessages.Analyzed(), Now);
        var message = Assert.Single(OutputMessages.Events(stored));

        Assert.Equal(stored.Events[0].Id, message.EventId);
        Assert.Equal("Xi Jinping", Assert.Single(message.Actors).Name);
        Assert.Equal("Beijing", message.Location);
        Assert.Equal(new DateOnly(2023, 5, 24), message.Date);
        Assert.Equal(stored.Figures.Select(f => f.Id), OutputMessages.Figures(stored).Select(f => f.FigureId));
    }
}

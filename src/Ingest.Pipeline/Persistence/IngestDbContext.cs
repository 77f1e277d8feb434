using Ingest.Pipeline.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Pipeline.Persistence;

/// <summary>The tables downstream readers query. Names are snake_case (EFCore.NamingConventions).</summary>
public sealed class IngestDbContext(DbContextOptions<IngestDbContext> options) : DbContext(options)
{
    public DbSet<ArticleRow> Articles => Set<ArticleRow>();

    public DbSet<EntityRow> Entities => Set<EntityRow>();

    public DbSet<MentionRow> Mentions => Set<MentionRow>();

    public DbSet<FigureRow> Figures => Set<FigureRow>();

    public DbSet<DateRow> Dates => Set<DateRow>();

    public DbSet<QuoteRow> Quotes => Set<QuoteRow>();

    public DbSet<EventRow> Events => Set<EventRow>();

    public DbSet<EventActorRow> EventActors => Set<EventActorRow>();

    public DbSet<RejectedArticleRow> RejectedArticles => Set<RejectedArticleRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IngestDbContext).Assembly);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ingest.Pipeline.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting a host. It never connects: the
/// connection string only tells Npgsql which provider features to assume.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<IngestDbContext>
{
    public IngestDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<IngestDbContext>();
        IngestDatabase.Configure(builder, "Host=127.0.0.1;Database=ingest_design");
        return new IngestDbContext(builder.Options);
    }
}

using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest db migrate</c>: applies the schema migrations kept in the repository.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending migrations to the database of ConnectionStrings:Ingest");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await using var db = CliConfiguration.CreateDbContext(CliConfiguration.Build());
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
            return 0;
        });
        return new Command("db", "Database administration") { migrate };
    }
}

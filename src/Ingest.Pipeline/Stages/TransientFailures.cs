using System.Net.Sockets;
using Npgsql;

namespace Ingest.Pipeline.Stages;

/// <summary>
/// Tells failures worth waiting out (a database or broker restarting, a lost connection, two writers racing for the
/// same article) from failures that will happen again on every attempt (a bug, a poison message).
/// </summary>
public static class TransientFailures
{
    // Postgres error codes that succeed on a later attempt: a concurrent insert of the same article (the retry finds
    // the committed row), serialization failures and deadlocks, and the server shutting down or starting up.
    private static readonly HashSet<string> RetryableSqlStates =
    [
        PostgresErrorCodes.UniqueViolation,
        PostgresErrorCodes.SerializationFailure,
        PostgresErrorCodes.DeadlockDetected,
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections,
    ];

    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when pg.IsTransient || RetryableSqlStates.Contains(pg.SqlState):
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case TimeoutException:
                case SocketException:
                    return true;
                case MassTransit.RabbitMqConnectionException:
                case MassTransit.ConnectionException:
                    return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient))
            {
                return true;
            }
        }

        return false;
    }
}

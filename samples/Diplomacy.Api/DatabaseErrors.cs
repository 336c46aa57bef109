using Microsoft.Data.Sqlite;
using Npgsql;

namespace Diplomacy.Api;

/// <summary>What a database failure means for the client, whichever database it came from.</summary>
public static class DatabaseErrors
{
    /// <summary>An insert of a key that exists: the other writer won (SQLite's primary-key or unique constraint, PostgreSQL's 23505).</summary>
    public static bool IsDuplicateKey(Exception failure) =>
        Find<SqliteException>(failure) is { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 }
        || Find<PostgresException>(failure) is { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Text the database cannot store: PostgreSQL refuses U+0000 in text and <c>jsonb</c>.</summary>
    public static bool IsUnstorableText(Exception failure) =>
        Find<PostgresException>(failure) is { SqlState: PostgresErrorCodes.UntranslatableCharacter or PostgresErrorCodes.CharacterNotInRepertoire };

    /// <summary>
    /// The database cannot be reached or is busy: refused or broken connections, a server shutting down, SQLite's
    /// busy or locked file. Worth a retry later (503), not a 500.
    /// </summary>
    public static bool IsUnavailable(Exception failure) =>
        Find<PostgresException>(failure) is { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections }
        || (Find<NpgsqlException>(failure) is { } npgsql && npgsql is not PostgresException)
        || Find<SqliteException>(failure) is { SqliteErrorCode: 5 or 6 }
        || Find<System.Net.Sockets.SocketException>(failure) is not null
        || Find<TimeoutException>(failure) is not null;

    private static T? Find<T>(Exception? failure) where T : Exception
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is T found) return found;
        }
        return null;
    }
}

using System.Data.Common;
using Judge.Api.Accounts;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Judge.Api.Engine;

/// <summary>Which database the engine keeps its jobs in, and how to reach it.</summary>
public sealed record EngineDatabase(string Store, string ConnectionString)
{
    public const string FileName = "engine.db";

    public bool Clustered => Store == EngineOptions.Postgres;

    public static EngineDatabase From(EngineOptions options, IConfiguration configuration)
    {
        if (options.Store == EngineOptions.Postgres)
            return new EngineDatabase(EngineOptions.Postgres, options.ConnectionString is { Length: > 0 } given
                ? given
                : throw new InvalidOperationException("Judge:Engine:Store is 'postgres' but Judge:Engine:ConnectionString is not set."));
        if (options.ConnectionString is { Length: > 0 } sqlite)
            return new EngineDatabase(EngineOptions.Sqlite, sqlite);
        var dataPath = configuration["Judge:DataPath"] is { Length: > 0 } path ? path : AccountConfigurationReader.DefaultDataPath;
        Directory.CreateDirectory(dataPath);
        var file = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(Path.Combine(dataPath, FileName)) };
        return new EngineDatabase(EngineOptions.Sqlite, file.ConnectionString);
    }

    public DbConnection Open()
    {
        DbConnection connection = Clustered ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}

using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Neo4j;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// The Neo4j connection options, named as Neo4j's own tools name them: --uri/NEO4J_URI,
/// --user/NEO4J_USERNAME, --password/NEO4J_PASSWORD, --database/NEO4J_DATABASE (default neo4j).
/// A command adds them with <see cref="AddTo"/> and opens the store with <see cref="OpenStoreAsync"/>.
/// </summary>
internal sealed class Neo4jOptions
{
    private Neo4jOptions()
    {
    }

    public Option<string?> Uri { get; } = new("--uri")
    {
        Description = "Neo4j server: http://host:7474, neo4j://host:7687 or an Aura neo4j+s:// URI [env: NEO4J_URI; default http://localhost:7474].",
        HelpName = "URI",
    };

    public Option<string?> User { get; } = new("--user")
    {
        Description = "Neo4j user [env: NEO4J_USERNAME; default neo4j].",
        HelpName = "NAME",
    };

    public Option<string?> Password { get; } = new("--password")
    {
        Description = "Neo4j password [env: NEO4J_PASSWORD; prefer the variable: arguments are visible to other users].",
        HelpName = "PASSWORD",
    };

    public Option<string?> Database { get; } = new("--database")
    {
        Description = "Neo4j database [env: NEO4J_DATABASE; default neo4j].",
        HelpName = "NAME",
    };

    /// <summary>--neo4j: for ingest and the questions, use Neo4j instead of the embedded store.</summary>
    public static Option<bool> Flag() => new("--neo4j")
    {
        Description = "Use the Neo4j server (see --uri, --user, --password, --database) instead of the embedded store.",
    };

    /// <summary>Creates the options and adds them to <paramref name="command"/>.</summary>
    public static Neo4jOptions AddTo(Command command)
    {
        var o = new Neo4jOptions();
        command.Add(o.Uri);
        command.Add(o.User);
        command.Add(o.Password);
        command.Add(o.Database);
        return o;
    }

    /// <summary>The settings from the command line, falling back to the NEO4J_* variables.</summary>
    public Neo4jSettings Settings(ParseResult parse)
    {
        var uri = parse.GetValue(Uri) ?? Environment.GetEnvironmentVariable("NEO4J_URI") ?? "http://localhost:7474";
        var user = parse.GetValue(User) ?? Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j";
        var password = parse.GetValue(Password) ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD")
            ?? throw new UserException("no Neo4j password: set NEO4J_PASSWORD (or pass --password)", ExitCodes.Usage);
        var database = parse.GetValue(Database) ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        try
        {
            return new Neo4jSettings(uri, user, password, database);
        }
        catch (ArgumentException ex)
        {
            throw new UserException($"--uri/NEO4J_URI: {ex.Message.Split(" (Parameter", 2)[0]}", ExitCodes.Usage);
        }
    }

    /// <summary>Opens the Neo4j store (creating constraints and indexes if missing); failures become one-line user errors.</summary>
    public async Task<Neo4jGraphStore> OpenStoreAsync(ParseResult parse, CliContext ctx, CancellationToken cancellationToken)
    {
        var settings = Settings(parse);
        var options = Neo4jClientOptions.Default with { Log = m => ctx.Log.Warning("neo4j: {Message}", m) };
        ctx.Log.Debug("connecting to Neo4j at {Target}", settings.ToString());
        try
        {
            return await Neo4jGraphStore.OpenAsync(settings, options, cancellationToken);
        }
        catch (Neo4jException ex)
        {
            throw new UserException(ex.Message);
        }
    }
}

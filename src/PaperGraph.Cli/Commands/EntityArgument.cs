using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary>Resolves a name the user typed to a stored entity, or fails with the closest names.</summary>
internal static class EntityArgument
{
    public static Argument<string> Create(string name, string description) => new(name) { Description = description };

    public static async Task<EntityRef> ResolveAsync(IGraphStore store, string name, CancellationToken ct)
    {
        var lookup = await store.FindEntityAsync(name, ct);
        if (lookup.Match is { } match)
        {
            return match;
        }

        var hint = lookup.Suggestions.Count == 0
            ? "no similar names either; 'papergraph stats' lists the most compared entities"
            : "did you mean: " + string.Join(", ", lookup.Suggestions.Select(s => $"{s.Name} ({s.Type})")) + "?";
        throw new UserException($"'{name}' is not in the graph; {hint}", ExitCodes.NotFound);
    }
}

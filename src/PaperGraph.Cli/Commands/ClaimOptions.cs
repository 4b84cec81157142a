using System.CommandLine;
using PaperGraph.Domain;

namespace PaperGraph.Cli.Commands;

/// <summary>--type and --min-papers for claim questions.</summary>
internal static class ClaimOptions
{
    public static Option<EntityType?> Type() => new("--type", "-t") { Description = "Only entities of this type on the other side: Model, Method, Dataset, Metric, Task." };

    public static Option<int> MinPapers() => new("--min-papers") { Description = "Only rows stated by at least this many papers.", DefaultValueFactory = _ => 1 };

    public static Option<int> Limit() => new("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 50 };
}

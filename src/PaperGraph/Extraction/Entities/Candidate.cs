using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>A mention found by one rule, before overlaps are resolved and entities merged.</summary>
internal sealed record Candidate(int Start, int End, EntityType Type, string Canonical, string Origin, int Priority)
{
    /// <summary>Family, version and size when the mention is a structured model name.</summary>
    public ModelInfo? Model { get; init; }

    /// <summary>The surface form when it is not the text of the span (slash shorthand "OPT-2.7B/6.7B" gives "OPT-6.7B").</summary>
    public string? Surface { get; init; }

    /// <summary>The entity key, from the canonical name.</summary>
    public string Key => EntityKey.For(Type, Canonical);

    public int Length => End - Start;
}

namespace PaperGraph.Domain;

/// <summary>An entity found in one paper, resolved to its canonical form.</summary>
/// <param name="Type">Its type.</param>
/// <param name="Name">Canonical display name (the shortest unambiguous form, the acronym when one is defined).</param>
/// <param name="Key">Corpus-wide identity: type plus normalised name (see <see cref="EntityKey"/>).</param>
/// <param name="Aliases">Other surface forms seen for it in this paper (or in the lexicon).</param>
/// <param name="Mentions">How many times the paper mentions it.</param>
/// <param name="Origin">Where it came from: "lexicon" or the discovery rule that found it, for tracing errors.</param>
/// <param name="Model">Family, version and size for models, when parsed.</param>
public sealed record Entity(
    EntityType Type,
    string Name,
    string Key,
    IReadOnlyList<string> Aliases,
    int Mentions,
    string Origin,
    ModelInfo? Model = null);

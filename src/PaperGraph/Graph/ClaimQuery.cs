using PaperGraph.Domain;

namespace PaperGraph.Graph;

/// <summary>Filters for claim questions.</summary>
/// <param name="Type">Only entities of this type on the other side.</param>
/// <param name="MinPapers">Only rows supported by at least this many papers.</param>
/// <param name="Limit">At most this many rows.</param>
public sealed record ClaimQuery(EntityType? Type = null, int MinPapers = 1, int Limit = 100);

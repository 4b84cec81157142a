using PaperGraph.Domain;

namespace PaperGraph.Graph;

/// <summary>A reference to a stored entity.</summary>
public sealed record EntityRef(string Key, string Name, EntityType Type);

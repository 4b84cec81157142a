namespace PaperGraph.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Nodes">Nodes written.</param>
/// <param name="Relationships">Relationships written.</param>
/// <param name="Files">File names written.</param>
public sealed record ExportCounts(long Nodes, long Relationships, IReadOnlyList<string> Files);

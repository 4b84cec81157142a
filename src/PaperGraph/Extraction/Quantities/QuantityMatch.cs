using PaperGraph.Domain;

namespace PaperGraph.Extraction.Quantities;

/// <summary>A quantity found in text, with where it stands.</summary>
public readonly record struct QuantityMatch(Quantity Quantity, int Start, int Length);

using PaperGraph.Domain;

namespace PaperGraph.Extraction.Quantities;

/// <summary>A quantity found in text, with the span it covers.</summary>
/// <param name="Start">Character offset of the quantity (including a bound such as "up to").</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Quantity">The parsed quantity; its <see cref="Quantity.Text"/> is the span's text.</param>
public readonly record struct QuantityMatch(int Start, int Length, Quantity Quantity)
{
    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;
}

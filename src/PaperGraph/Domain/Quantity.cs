namespace PaperGraph.Domain;

/// <summary>A number with its scale and unit as stated in text: "7B", "11.77 percentage points", "2.5×".</summary>
/// <param name="Value">The value with its scale applied (7B → 7e9; 30.0% → 30).</param>
/// <param name="Unit">Normalised unit: "", "%", "pp", "x", "points", or a word such as "perplexity".</param>
/// <param name="Text">The text as written.</param>
public readonly record struct Quantity(double Value, string Unit, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

namespace PaperGraph.Evaluation;

/// <summary>Counts for one scored category: gold items, predicted items and matches.</summary>
public sealed record Score(string Category, int Gold, int Predicted, int TruePositives)
{
    /// <summary>Matches over predictions (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    /// <summary>Matches over gold items (1 when there is no gold item).</summary>
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

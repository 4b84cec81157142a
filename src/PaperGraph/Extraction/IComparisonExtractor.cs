using PaperGraph.Domain;

namespace PaperGraph.Extraction;

/// <summary>Finds comparison claims between recognised entities. Pure and thread-safe.</summary>
public interface IComparisonExtractor
{
    /// <summary>Extracts the claims the text states between the recognised entities.</summary>
    IReadOnlyList<Comparison> Extract(Paper paper, RecognizedEntities entities);
}

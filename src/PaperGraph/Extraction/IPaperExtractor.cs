using PaperGraph.Domain;

namespace PaperGraph.Extraction;

/// <summary>Turns one paper into entities, proposals and comparison claims. Pure and thread-safe.</summary>
public interface IPaperExtractor
{
    /// <summary>A version string that changes when extraction output may change (stored for reindex decisions).</summary>
    string Version { get; }

    /// <summary>Extracts everything from one paper.</summary>
    PaperExtraction Extract(Paper paper);
}

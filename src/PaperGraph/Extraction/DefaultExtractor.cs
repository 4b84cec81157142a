using PaperGraph.Extraction.Entities;

namespace PaperGraph.Extraction;

/// <summary>The extractor PaperGraph ships: lexicon and discovery for entities, patterns for claims.</summary>
public static class DefaultExtractor
{
    /// <summary>Changes whenever extraction output may change; stored with each paper for reindex decisions.</summary>
    public const string Version = "0.1.0";

    /// <summary>Creates the extractor (the lexicon is loaded once per process).</summary>
    public static IPaperExtractor Create() => new AbstractExtractor(new LexiconEntityRecognizer(), new Comparisons.PatternComparisonExtractor(), Version);
}

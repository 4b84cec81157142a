using PaperGraph.Domain;

namespace PaperGraph.Extraction;

/// <summary>Placeholder until the lexicon recogniser lands: finds nothing.</summary>
public static class DefaultExtractor
{
    /// <summary>Creates the extractor.</summary>
    public static IPaperExtractor Create() => new AbstractExtractor(new Nothing(), new Nothing(), "0");

    private sealed class Nothing : IEntityRecognizer, IComparisonExtractor
    {
        public RecognizedEntities Recognize(Paper paper) => new(paper.Abstract, [], [], []);

        public IReadOnlyList<Comparison> Extract(Paper paper, RecognizedEntities entities) => [];
    }
}

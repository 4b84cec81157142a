using PaperGraph.Domain;

namespace PaperGraph.Extraction;

/// <summary>The extraction pipeline: entities first, then the claims between them.</summary>
public sealed class AbstractExtractor(IEntityRecognizer entities, IComparisonExtractor comparisons, string version) : IPaperExtractor
{
    /// <inheritdoc />
    public string Version { get; } = version;

    /// <inheritdoc />
    public PaperExtraction Extract(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var recognized = entities.Recognize(paper);
        var claims = comparisons.Extract(paper, recognized);
        if (recognized.Provisional is { } own && !claims.Any(c => c.SubjectKey == own || c.ObjectKey == own))
        {
            recognized = recognized.WithoutProvisional();
        }
        var names = recognized.Entities.ToDictionary(e => e.Key, e => e.Name, StringComparer.Ordinal);
        var proposes = recognized.Proposes.Select(k => names.GetValueOrDefault(k, k)).ToList();
        return new PaperExtraction(paper, recognized.Entities, proposes, claims);
    }
}

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
        RecognizedEntities recognized;
        try
        {
            recognized = entities.Recognize(paper);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A fault on one abstract (a rule's bug, a regex engine's) must not end a run over thousands: the paper is kept
            // with nothing found, and the failure goes with it to be reported.
            return new PaperExtraction(paper, [], [], [], Failed("entity recognition", ex));
        }

        IReadOnlyList<Comparison> claims;
        string? failure = null;
        try
        {
            claims = comparisons.Extract(paper, recognized);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            claims = [];
            failure = Failed("comparison extraction", ex);
        }

        if (recognized.Provisional is { } own && !claims.Any(c => c.SubjectKey == own || c.ObjectKey == own))
        {
            recognized = recognized.WithoutProvisional();
        }

        var names = recognized.Entities.ToDictionary(e => e.Key, e => e.Name, StringComparer.Ordinal);
        var proposes = recognized.Proposes.Select(k => names.GetValueOrDefault(k, k)).ToList();
        return new PaperExtraction(paper, recognized.Entities, proposes, claims, failure);
    }

    private static string Failed(string stage, Exception ex) =>
        $"{stage} failed ({ex.GetType().Name}: {ex.Message}); the paper is kept without what that stage finds";
}

namespace PaperGraph.Domain;

/// <summary>What a comparison claim says about its subject and object.</summary>
public enum ComparisonOutcome
{
    /// <summary>The subject is better than the object (directed, winner first).</summary>
    Outperforms,

    /// <summary>On par: matches, comparable to, competitive with.</summary>
    Comparable,

    /// <summary>An explicit comparison that names no winner.</summary>
    Compared,
}

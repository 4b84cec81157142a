using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Section 1: what the plan covers and how the papers were chosen.</summary>
/// <param name="Query">The topic as the user gave it.</param>
/// <param name="Selection">How papers were selected (entity match, full-text search), in words.</param>
/// <param name="Topic">The entity the topic resolved to, if any.</param>
/// <param name="Papers">Papers in scope.</param>
/// <param name="FirstYear">Earliest year among them, when any has a date.</param>
/// <param name="LastYear">Latest year among them.</param>
/// <param name="EntitiesByType">Distinct entities in scope per type name.</param>
/// <param name="Claims">Comparison claims in scope.</param>
public sealed record ScopeSummary(
    string Query,
    string Selection,
    EntityRef? Topic,
    int Papers,
    int? FirstYear,
    int? LastYear,
    IReadOnlyDictionary<string, int> EntitiesByType,
    int Claims);

using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>The papers chosen for a survey, as a graph, and how they were chosen.</summary>
/// <param name="Query">The topic as given.</param>
/// <param name="Selection">How, in words, with counts.</param>
/// <param name="Topic">The entity the topic resolved to, if any.</param>
/// <param name="Suggestions">Close entity names when the topic resolved to none.</param>
/// <param name="Extractions">The selected papers with their facts (for exporting a scope).</param>
/// <param name="Graph">The papers in scope as a graph.</param>
public sealed record SurveyScope(
    string Query,
    string Selection,
    EntityRef? Topic,
    IReadOnlyList<EntityRef> Suggestions,
    IReadOnlyList<PaperExtraction> Extractions,
    SurveyGraph Graph);

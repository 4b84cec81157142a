using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>The papers chosen for a survey, as a graph, and how they were chosen.</summary>
/// <param name="Query">The topic as given.</param>
/// <param name="Selection">How, in words, with counts.</param>
/// <param name="Topic">The entity the topic resolved to, if any.</param>
/// <param name="Graph">The papers in scope.</param>
public sealed record SurveyScope(string Query, string Selection, EntityRef? Topic, SurveyGraph Graph);

using PaperGraph.Domain;

namespace PaperGraph.Survey;

/// <summary>A method or model in the taxonomy, with how often it appears and who proposes it.</summary>
/// <param name="Key">Entity key.</param>
/// <param name="Name">Display name.</param>
/// <param name="Type">Method or Model.</param>
/// <param name="Papers">Papers in scope mentioning it.</param>
/// <param name="ProposedBy">The paper in scope that proposes it, if any.</param>
public sealed record TaxonomyMethod(string Key, string Name, EntityType Type, int Papers, PaperRef? ProposedBy);

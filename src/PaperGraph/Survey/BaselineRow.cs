using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Section 3: an entity others compare against.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="TimesComparedAgainst">Claims with it as the object (beaten, matched or compared with).</param>
/// <param name="Papers">Distinct papers making those claims.</param>
public sealed record BaselineRow(EntityRef Entity, int TimesComparedAgainst, int Papers);

using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Section 4: an entity with more wins than losses.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Wins">Claims where it outperforms another.</param>
/// <param name="Losses">Claims where another outperforms it.</param>
/// <param name="Evidence">Some of the winning claims.</param>
public sealed record LeaderRow(EntityRef Entity, int Wins, int Losses, IReadOnlyList<EvidenceRef> Evidence)
{
    /// <summary>Wins net of losses.</summary>
    public int Net => Wins - Losses;
}

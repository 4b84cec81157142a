using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Two frequently used methods in scope that no claim compares directly.</summary>
/// <param name="A">One method.</param>
/// <param name="B">The other.</param>
/// <param name="PapersA">Papers in scope mentioning A.</param>
/// <param name="PapersB">Papers in scope mentioning B.</param>
/// <param name="SharedTask">A task both are mentioned with, when there is one (why they belong in one comparison).</param>
public sealed record GapPair(EntityRef A, EntityRef B, int PapersA, int PapersB, string? SharedTask);

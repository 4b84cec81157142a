using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>A dataset in scope that few of the frequent methods are evaluated on.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Papers">Papers in scope mentioning it.</param>
/// <param name="Methods">The frequent methods evaluated on it.</param>
/// <param name="MethodsConsidered">How many frequent methods there are in all.</param>
public sealed record DatasetGap(EntityRef Dataset, int Papers, IReadOnlyList<string> Methods, int MethodsConsidered);

namespace PaperGraph.Survey;

/// <summary>Section 7: candidate experiments and sections.</summary>
/// <param name="UncomparedPairs">Frequent methods never compared directly.</param>
/// <param name="SparseDatasets">Datasets few of the frequent methods are evaluated on.</param>
public sealed record SurveyGaps(IReadOnlyList<GapPair> UncomparedPairs, IReadOnlyList<DatasetGap> SparseDatasets);

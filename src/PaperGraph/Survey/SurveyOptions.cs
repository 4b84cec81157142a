namespace PaperGraph.Survey;

/// <summary>Size limits that keep a plan readable; the defaults suit a few hundred papers.</summary>
public sealed record SurveyOptions
{
    /// <summary>Methods listed in the taxonomy.</summary>
    public int TaxonomyMethods { get; init; } = 60;

    /// <summary>Rows of the baselines and leaders tables.</summary>
    public int TopRows { get; init; } = 15;

    /// <summary>Rows and columns of the comparison matrix.</summary>
    public int MatrixSize { get; init; } = 12;

    /// <summary>Methods considered frequent for gaps and the datasets table.</summary>
    public int FrequentMethods { get; init; } = 15;

    /// <summary>Dataset columns of the datasets table.</summary>
    public int DatasetColumns { get; init; } = 8;

    /// <summary>Entries in the reading list.</summary>
    public int ReadingList { get; init; } = 20;

    /// <summary>Evidence sentences quoted per item.</summary>
    public int EvidencePerItem { get; init; } = 2;
}

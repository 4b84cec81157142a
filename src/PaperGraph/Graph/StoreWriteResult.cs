namespace PaperGraph.Graph;

/// <summary>What a batch write did.</summary>
/// <param name="Papers">Papers in the batch.</param>
/// <param name="NewPapers">Papers the store did not hold before.</param>
public readonly record struct StoreWriteResult(int Papers, int NewPapers);

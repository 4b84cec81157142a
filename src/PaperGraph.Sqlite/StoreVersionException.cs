namespace PaperGraph.Sqlite;

/// <summary>The store was written by a newer PaperGraph whose schema this build does not know.</summary>
public sealed class StoreVersionException(string message) : Exception(message);

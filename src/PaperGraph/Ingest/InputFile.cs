namespace PaperGraph.Ingest;

/// <summary>A file that is being read: its path, the format it is read as, and how it was decoded.</summary>
/// <param name="Path">The path as the user gave it (or as found under a folder or glob they gave).</param>
/// <param name="Format">The reader's format name (see <see cref="IPaperReader.Format"/>).</param>
/// <param name="Detected">True when the format was detected from content, false when it was forced.</param>
/// <param name="Compressed">True when the file is gzip-compressed (recognised by its magic bytes).</param>
/// <param name="Encoding">The text encoding it is decoded with ("utf-8", "latin-1", "utf-16").</param>
public sealed record InputFile(string Path, string Format, bool Detected, bool Compressed, string Encoding);

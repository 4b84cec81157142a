namespace PaperGraph.Cli.Output;

/// <summary>A rectangular answer: a title, column names and rows of cells, renderable in every <see cref="OutputFormat"/>.</summary>
internal sealed record ResultTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

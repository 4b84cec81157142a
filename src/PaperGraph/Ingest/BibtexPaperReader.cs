using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// BibTeX files whose entries carry <c>abstract</c> fields (proceedings exports such as PMLR's).
/// Values may be braced, quoted, numbers or @string macros joined with '#'; LaTeX inside values is
/// kept for the extractor to clean. Entries without an abstract are reported and skipped;
/// @string, @comment, @preamble and @proceedings are not papers and are passed over.
/// </summary>
public sealed partial class BibtexPaperReader : IPaperReader
{
    private static readonly HashSet<string> NotPapers = new(StringComparer.OrdinalIgnoreCase) { "string", "comment", "preamble", "proceedings", "book", "collection" };

    /// <inheritdoc />
    public string Format => "bibtex";

    /// <inheritdoc />
    public int Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return EntryStart().IsMatch(head) ? 90 : 0;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(problems);

        // Entries are read one at a time: text is accumulated until the entry's braces balance.
        var macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var record = 0;
        var lineNo = 0;
        var entry = new StringBuilder();
        var entryLine = 0;
        var depth = 0;
        var inEntry = false;
        var parens = false;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNo++;
            if (!inEntry)
            {
                var at = line.IndexOf('@', StringComparison.Ordinal);
                if (at < 0 || !EntryStart().IsMatch(line.AsSpan(at)))
                {
                    continue;
                }

                inEntry = true;
                entryLine = lineNo;
                entry.Clear();
                depth = 0;
                line = line[at..];
                var m = EntryStart().Match(line);
                parens = line[m.Index + m.Length - 1] == '(';
            }

            entry.Append(line).Append('\n');
            depth += Balance(line, parens);
            if (depth > 0)
            {
                continue;
            }

            inEntry = false;
            var paper = Parse(entry.ToString(), sourceName, entryLine, ref record, macros, problems);
            if (paper is not null)
            {
                yield return paper;
            }
        }

        if (inEntry)
        {
            problems.Report(new ReadProblem(new SourceLocation(sourceName, entryLine, record + 1), "entry is not closed: the file ends inside it (unbalanced braces)"));
        }
    }

    // Only the entry's own delimiter counts: a stray ')' in an abstract must not end a {…} entry.
    private static int Balance(string line, bool parens)
    {
        var (open, close) = parens ? ('(', ')') : ('{', '}');
        var d = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
                continue;
            }

            d += line[i] == open ? 1 : line[i] == close ? -1 : 0;
        }

        return d;
    }

    private static Paper? Parse(string text, string source, int line, ref int record, Dictionary<string, string> macros, IReadProblemSink problems)
    {
        var m = EntryStart().Match(text);
        var type = m.Groups["type"].Value;
        var body = text[(m.Index + m.Length)..].TrimEnd();
        body = body.Length > 0 && body[^1] is '}' or ')' ? body[..^1] : body;
        if (type.Equals("string", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (k, v) in Fields(body, macros))
            {
                macros[k] = v;
            }

            return null;
        }

        if (NotPapers.Contains(type))
        {
            return null;
        }

        record++;
        var where = new SourceLocation(source, line, record);
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var key = comma < 0 ? body.Trim() : body[..comma].Trim();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var (k, v) in Fields(comma < 0 ? "" : body[(comma + 1)..], macros))
            {
                fields[k] = v;
            }
        }
        catch (FormatException ex)
        {
            problems.Report(new ReadProblem(where, $"entry '{key}': {ex.Message}"));
            return null;
        }

        if (!fields.TryGetValue("abstract", out var abstractText) || string.IsNullOrWhiteSpace(abstractText))
        {
            problems.Report(new ReadProblem(where, $"@{type} entry '{key}' has no abstract field"));
            return null;
        }

        var arxiv = fields.TryGetValue("eprint", out var eprint) && (!fields.TryGetValue("archiveprefix", out var prefix) || prefix.Equals("arXiv", StringComparison.OrdinalIgnoreCase)) ? eprint : null;
        var title = fields.GetValueOrDefault("title")?.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
        var year = fields.GetValueOrDefault("year");
        var date = TextFields.Date(fields.GetValueOrDefault("date") ?? (year is null ? null : fields.TryGetValue("month", out var month) ? $"{month} 1, {year}" : year)) ?? TextFields.Date(year);
        var url = fields.GetValueOrDefault("url") ?? fields.GetValueOrDefault("pdf");
        return TextFields.Paper(arxiv ?? url, fields.GetValueOrDefault("doi"), null, title, abstractText, TextFields.Authors(fields.GetValueOrDefault("author"), bibtex: true), date, TextFields.Categories(fields.GetValueOrDefault("keywords")), url, where);
    }

    // name = value [# value …], separated by commas; values braced, quoted, numbers or macro names.
    private static IEnumerable<(string Name, string Value)> Fields(string body, Dictionary<string, string> macros)
    {
        var i = 0;
        while (true)
        {
            while (i < body.Length && (char.IsWhiteSpace(body[i]) || body[i] == ','))
            {
                i++;
            }

            if (i >= body.Length)
            {
                yield break;
            }

            var nameStart = i;
            while (i < body.Length && body[i] != '=' && body[i] != ',')
            {
                i++;
            }

            if (i >= body.Length || body[i] != '=')
            {
                throw new FormatException($"expected 'name = value' near '{Excerpt(body, nameStart)}'");
            }

            var name = body[nameStart..i].Trim().ToLowerInvariant();
            i++;
            var value = new StringBuilder();
            while (true)
            {
                while (i < body.Length && char.IsWhiteSpace(body[i]))
                {
                    i++;
                }

                if (i >= body.Length)
                {
                    break;
                }

                if (body[i] == '{')
                {
                    var end = Closing(body, i, '{', '}');
                    value.Append(body, i + 1, end - i - 1);
                    i = end + 1;
                }
                else if (body[i] == '"')
                {
                    var end = i + 1;
                    var d = 0;
                    while (end < body.Length && !(body[end] == '"' && d == 0))
                    {
                        d += body[end] == '{' ? 1 : body[end] == '}' ? -1 : 0;
                        end++;
                    }

                    if (end >= body.Length)
                    {
                        throw new FormatException($"field '{name}': quoted value is not closed");
                    }

                    value.Append(body, i + 1, end - i - 1);
                    i = end + 1;
                }
                else
                {
                    var start = i;
                    while (i < body.Length && body[i] != ',' && body[i] != '#' && !char.IsWhiteSpace(body[i]))
                    {
                        i++;
                    }

                    var word = body[start..i];
                    value.Append(macros.TryGetValue(word, out var expanded) ? expanded : word);
                }

                while (i < body.Length && char.IsWhiteSpace(body[i]))
                {
                    i++;
                }

                if (i < body.Length && body[i] == '#')
                {
                    i++;
                    continue;
                }

                break;
            }

            yield return (name, TextFields.Clean(value.ToString()) ?? "");
        }
    }

    private static int Closing(string s, int open, char o, char c)
    {
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            if (s[i] == '\\')
            {
                i++;
                continue;
            }

            if (s[i] == o)
            {
                depth++;
            }
            else if (s[i] == c && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"unbalanced braces near '{Excerpt(s, open)}'");
    }

    private static string Excerpt(string s, int at) => AbstractLinesPaperReader.Excerpt(s[at..].Trim());

    [GeneratedRegex(@"^\s*@(?<type>[A-Za-z]+)\s*[{(]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex EntryStart();
}

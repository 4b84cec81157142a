namespace PaperGraph.Extraction.Text;

/// <summary>
/// Splits cleaned abstract text into sentences at '.', '!' or '?' followed by a space and an
/// upper-case letter, digit, quote or a lower-case name with a capital or digit inside ("k-NN", "word2vec") — but not
/// after common abbreviations (e.g., i.e., et al., vs., Fig.) or inside numbers (2.5×).
/// </summary>
public static class SentenceSplitter
{
    private static readonly string[] Abbreviations =
    [
        "e.g", "i.e", "et al", "vs", "etc", "Fig", "fig", "Eq", "eq", "cf", "approx", "resp", "Sec", "No", "al",
    ];

    /// <summary>Sentence spans (start, length) in order, covering the text without leading spaces.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            if (i + 2 >= text.Length || text[i + 1] != ' ')
            {
                continue;
            }

            var next = text[i + 2];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '(' or '[' || OpensWithLowerCaseName(text, i + 2)))
            {
                continue;
            }

            if (c == '.' && EndsWithAbbreviation(text, start, i))
            {
                continue;
            }

            spans.Add((start, i + 1 - start));
            start = i + 2;
        }

        if (start < text.Length)
        {
            spans.Add((start, text.Length - start));
        }

        return spans;
    }

    // "… from the selected region. k-Nearest Neighbour (k-NN) classifier yields …", "… features. word2vec is …": a name
    // written in lower case with a capital or a digit inside opens a sentence too.
    private static bool OpensWithLowerCaseName(string text, int at)
    {
        if (!char.IsAsciiLetterLower(text[at]))
        {
            return false;
        }

        for (var j = at + 1; j < text.Length && text[j] is not (' ' or ',' or '('); j++)
        {
            if (char.IsUpper(text[j]) || char.IsDigit(text[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        foreach (var abbr in Abbreviations)
        {
            var from = dot - abbr.Length;
            if (from < sentenceStart)
            {
                continue;
            }

            if (string.CompareOrdinal(text, from, abbr, 0, abbr.Length) == 0 && (from == 0 || !char.IsLetter(text[from - 1])))
            {
                return true;
            }
        }

        // A single capital letter before the dot is an initial ("J. Smith") more often than a sentence end.
        return dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || text[dot - 2] == ' ');
    }
}

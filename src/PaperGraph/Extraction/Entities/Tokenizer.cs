namespace PaperGraph.Extraction.Entities;

/// <summary>Splits text into tokens and says which gaps between tokens a name may span.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '@' or '+' or '#' && i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i] == '+'))))
            {
                i++;
            }

            tokens.Add(new Token(start, i));
        }

        return tokens;
    }

    /// <summary>
    /// True when a name may continue across the gap between two tokens: at most two characters of
    /// space, hyphen, underscore, dot or slash (or one product sign: "TF*IDF"), and not a sentence end (". "), or the apostrophe of a possessive "'s".
    /// </summary>
    public static bool Joinable(string text, Token left, Token right)
    {
        var gap = right.Start - left.End;
        if (gap == 0)
        {
            return true;
        }

        if (gap > 2)
        {
            return false;
        }

        if (gap == 1 && text[left.End] is '\'' or '’' && right.End - right.Start == 1 && text[right.Start] == 's')
        {
            // "Otsu's method", "Dijkstra's algorithm": a possessive inside an eponym.
            return true;
        }

        if (gap == 1 && text[left.End] == '*')
        {
            // "TF*IDF": a product sign written inside a name.
            return true;
        }

        for (var i = left.End; i < right.Start; i++)
        {
            if (text[i] is not (' ' or '-' or '_' or '.' or '/'))
            {
                return false;
            }
        }

        return !(gap == 2 && text[left.End] == '.' && text[left.End + 1] == ' ');
    }

    /// <summary>Appends the lower-cased token to a normalised buffer.</summary>
    public static void AppendNormalized(string text, Token t, List<char> buffer)
    {
        for (var i = t.Start; i < t.End; i++)
        {
            buffer.Add(char.ToLowerInvariant(text[i]));
        }
    }
}

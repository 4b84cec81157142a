using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Text;

/// <summary>
/// Cleans an abstract for extraction: arXiv line breaks become spaces, simple LaTeX is unwrapped
/// (\textbf{X} → X, $\times$ → ×, \% → %), and runs of white space fold to one space.
/// </summary>
public static partial class AbstractText
{
    private static readonly (string From, string To)[] Replacements =
    [
        ("\\times", "×"), ("\\%", "%"), ("\\&", "&"), ("\\_", "_"), ("\\sim", "~"), ("\\approx", "≈"),
        ("\\rightarrow", "→"), ("\\Rightarrow", "⇒"), ("\\leftarrow", "←"), ("\\geq", "≥"), ("\\leq", "≤"), ("\\pm", "±"), ("\\textasciitilde", "~"), ("\\#", "#"),
        ("``", "\""), ("''", "\""), ("---", "—"), ("\\ ", " "), ("\\,", " "),
    ];

    private static readonly string[] UnwrapCommands =
    [
        "\\textbf{", "\\textit{", "\\emph{", "\\texttt{", "\\textsc{", "\\mathrm{", "\\text{", "\\mathbf{",
        "\\textsf{", "\\url{", "\\href{", "\\mbox{", "\\mathit{", "\\mathtt{", "\\underline{",
    ];

    private static readonly string[] BareCommands = ["textbf{", "textit{", "emph{", "texttt{"];

    /// <summary>Returns the cleaned text. Never throws; unknown LaTeX is left as written.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text;
        if (s.Contains("://", StringComparison.Ordinal) || s.Contains("www.", StringComparison.Ordinal))
        {
            // Links name repositories, not entities ("github.com/x/MixLN").
            s = Url().Replace(s, "");
        }

        if (s.Contains('\\', StringComparison.Ordinal) || s.Contains('$', StringComparison.Ordinal) || s.Contains('`', StringComparison.Ordinal)
            || s.Contains("textbf{", StringComparison.Ordinal) || s.Contains("textit{", StringComparison.Ordinal) || s.Contains("emph{", StringComparison.Ordinal))
        {
            s = UnwrapLatex(s);
        }

        if (s.Contains("--", StringComparison.Ordinal))
        {
            // LaTeX writes the en dash of compounds as "--" ("UM--ProtoShare", "cross--pseudo supervision",
            // "teacher--student"): between two word characters it joins a name as a hyphen does. Before a function word it
            // is a dash between clauses ("NLOMJ--a natural language object model"), and stays.
            s = LatexEnDash().Replace(s, "-");
        }

        return FoldWhitespace(s);
    }

    private static string UnwrapLatex(string s)
    {
        if (s.Contains('\\', StringComparison.Ordinal))
        {
            // "Na\"ive Bayes", "Cram\'{e}r-Rao", "Delaunay-\v{C}ech": an accent command keeps its plain letter, the spelling
            // name lists and the name patterns (ASCII letters) use.
            s = AccentCommand().Replace(s, "${c}");
        }

        var sb = new StringBuilder(s);
        foreach (var cmd in UnwrapCommands)
        {
            sb.Replace(cmd, "{");
        }

        // Some records lost the backslash on the way ("textbf{F}inetuning"): unwrap the bare command too.
        foreach (var cmd in BareCommands)
        {
            sb.Replace(cmd, "{");
        }

        foreach (var (from, to) in Replacements)
        {
            sb.Replace(from, to);
        }

        // Other commands ("\mathbb{R}", "\tilde{O}", "\sqrt{N}") are typesetting, not words: drop them and keep their
        // argument, or "mathbbR" reads as a CamelCase name. Greek letters stay as their names.
        var text = sb.ToString();
        if (text.Contains('\\', StringComparison.Ordinal))
        {
            sb.Clear().Append(Command().Replace(text, m => GreekLetters.Contains(m.Groups[1].Value) ? m.Groups[1].Value : ""));
        }

        // Drop math delimiters and the braces left by unwrapped commands. A sub- or superscript in math glued to the word
        // before it is part of that name: "C$_k$RBF" reads "CkRBF" (not "C_kRBF", whose "kRBF" loses the first letter),
        // "SVM$^{perf}$" reads "SVMperf". Math on its own ("$G_1$") keeps its marks: a symbol, not a name.
        var result = new StringBuilder(sb.Length);
        var math = false;
        var glued = false;
        for (var i = 0; i < sb.Length; i++)
        {
            var c = sb[i];
            if (c is '{' or '}')
            {
                continue;
            }

            if (c == '$')
            {
                math = !math;
                glued = math && result.Length > 0 && char.IsLetterOrDigit(result[^1]);
                continue;
            }

            if (glued && c is '_' or '^' && result.Length > 0 && char.IsLetterOrDigit(result[^1]))
            {
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static string FoldWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static readonly HashSet<string> GreekLetters = new(StringComparer.OrdinalIgnoreCase)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho",
        "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
    };

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])--(?=[\p{L}\p{N}])(?!(?:a|an|the|that|this|which|who|is|are|was|were|and|or|but|as|to|in|of|for|with|from|by)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LatexEnDash();

    [GeneratedRegex(@"\\([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Command();

    // \"o, \'{e}, \`a, \^{\i}, \c{c}, \H{o}, \v{s}: the letter command forms only take their argument in braces.
    [GeneratedRegex(@"\\(?:(?<a>[""'`^~=.])\{?|(?<a>[cHvu])\{)\\?(?<c>[A-Za-z])\}?", RegexOptions.CultureInvariant)]
    private static partial Regex AccentCommand();

    [GeneratedRegex(@"(?:\\url\{)?(?:https?://|www\.)[^\s}]+\}?", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}

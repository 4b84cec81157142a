using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Finds names a paper coins: after a verb of introduction ("we propose X"), in an appositive
/// ("X, a novel …"), after "called/named/dubbed/termed", and as a title prefix ("FOSTER: …").
/// </summary>
internal static partial class CoinedNames
{
    /// <summary>True for a token that looks like a coined name: an acronym, CamelCase, letters with digits, or a capitalised hyphenated coinage.</summary>
    public static bool IsNameShaped(string s)
    {
        if (DimensionPrefix(s) is var prefix and > 0)
        {
            // "2D-LDA", "4D-UWR-SENSE", "3DCNN": a dimension before a name is part of it.
            return s.Length - prefix >= 2 && (IsNameShaped(s[prefix..]) || s[prefix..].All(c => char.IsUpper(c) || char.IsDigit(c)));
        }

        if (s.Length < 2 || !char.IsLetter(s[0]) || IsRomanNumeral(s))
        {
            return false;
        }

        var upper = 0;
        var lowerThenUpper = false;
        var digit = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsUpper(c))
            {
                upper++;
                if (i > 0 && char.IsLower(s[i - 1]))
                {
                    lowerThenUpper = true;
                }
            }

            digit |= char.IsDigit(c);
        }

        if (s.Contains('-', StringComparison.Ordinal))
        {
            // Mix-LN, Pre-LN, LLM-Pruner: a part after the hyphen is an acronym or CamelCase; "Low-Rank" is not.
            return s.Split('-').Any(p => p.Length >= 2 && (p.All(c => char.IsUpper(c) || char.IsDigit(c)) || IsNameShaped(p) && !p.Contains('-', StringComparison.Ordinal) && p.Skip(1).Any(char.IsUpper)));
        }

        return upper >= 2 && (lowerThenUpper || s.All(c => !char.IsLower(c)) || char.IsUpper(s[0]) && char.IsUpper(s[1])) || digit && upper >= 1 || lowerThenUpper && char.IsLower(s[0]);
    }

    /// <summary>The length of a leading dimension ("2D-", "3D", "4D-"), or 0.</summary>
    internal static int DimensionPrefix(string s) =>
        s.Length >= 3 && s[0] is >= '1' and <= '4' && s[1] == 'D' ? (s[2] == '-' ? 3 : char.IsUpper(s[2]) ? 2 : 0) : 0;

    // "Navigation II", "Part IV": a numeral, not a name.
    private static bool IsRomanNumeral(string s)
    {
        foreach (var c in s)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Names introduced by a verb of introduction or an appositive, with where they stand.</summary>
    public static IEnumerable<(string Name, int Start, int ScopeStart)> Introduced(string text)
    {
        var presentIntro = -1;
        foreach (var m in IntroMatches(text))
        {
            if (presentIntro < 0)
            {
                presentIntro = PresentIntro().IsMatch(text) ? 1 : 0;
            }

            if (presentIntro == 1 && PastIntro(m.ValueSpan) && RecallsEarlierWork(text, m.Index))
            {
                // "Previously in 2014, we proposed the Nearest Descent (ND) method … Now, in this paper, we propose H-NND":
                // beside this paper's present-tense introduction, a past-tense one that says it was earlier recalls that work.
                continue;
            }

            var rest = m.Groups["rest"];
            if (AdjectiveProposed().IsMatch(m.ValueSpan[..(rest.Index - m.Index)]))
            {
                // "we evaluate the proposed DWPT-NMF based …", "we compare the proposed B-CSA protocol with CSMA": "proposed"
                // qualifies the name right after it; nothing further on ("we compare the proposed method with … Clustering-Launched
                // Classification (CLC)") is the paper's.
                if (FirstName(rest.Value) is { Offset: 0 } own)
                {
                    yield return (own.Name, rest.Index, rest.Index);
                }

                continue;
            }

            if (m.ValueSpan.Contains("devise", StringComparison.Ordinal))
            {
                // "We thus devise an adaptive and parameter-free algorithm, the LeaderRank": devising names a coinage
                // (CamelCase) or a definition, not a known acronym it is built with ("we devise a MAC protocol").
                yield return FirstName(rest.Value) is { } devised && devised.Name.Any(char.IsLower) && devised.Name.Skip(1).Any(char.IsUpper)
                    ? (devised.Name, rest.Index + devised.Offset, rest.Index) : (string.Empty, rest.Index, rest.Index);
                continue;
            }

            if (m.ValueSpan.Contains("formulate", StringComparison.Ordinal))
            {
                // "we formulate the relaxed survey propagation (RSP) algorithm": formulating names only by a definition
                // ("we formulate and prove a quantum Shannon-McMillan theorem" coins nothing).
                yield return (string.Empty, rest.Index, rest.Index);
                continue;
            }

            if (LowerCaseNamed().Match(rest.Value) is { Success: true } lower && !lower.Groups["name"].Value.Split(' ').Any(ClauseWords.Contains))
            {
                // "we introduce weight selection, a method for initializing smaller models": a plain-words name
                // the appositive calls a technique; with a short form ("… (RLSVI) -- a new algorithm") the definition names it.
                // "we introduce model-based clustering, MBC, a method …": the short form set off by commas is the name.
                var shortForm = lower.Groups["short"];
                yield return shortForm.Success ? (shortForm.Value, rest.Index + shortForm.Index, rest.Index)
                    : (lower.Value.Contains(" (", StringComparison.Ordinal) ? string.Empty : lower.Groups["name"].Value, rest.Index, rest.Index);
            }
            else if (TitleCasedWhich().Match(rest.Value) is { Success: true } which)
            {
                // "we propose the Identity Loss which decouples …": capitalised words right after the verb, then a clause.
                yield return (which.Groups["name"].Value, rest.Index + which.Groups["name"].Index, rest.Index);
            }
            else if (TitledVariantName().Match(rest.Value) is { Success: true } variant && variant.Groups["base"].Value is var baseName
                && (IsNameShaped(baseName) || (baseName.Length >= 3 && baseName.Skip(1).Any(char.IsUpper))))
            {
                // "we propose Hyperbolic U-Net, which maintains …", "We introduce Evidential DualU-Net, the first …": capitalised
                // words before a coined name make a new name.
                yield return (variant.Groups["name"].Value, rest.Index + variant.Groups["name"].Index, rest.Index);
            }
            else if (NovelTitleCased().Match(rest.Value) is { Success: true } titled)
            {
                // "we introduce a novel Loop-Residual Neural Network, which …": a title-cased name after "a novel".
                yield return (titled.Groups["name"].Value, rest.Index + titled.Groups["name"].Index, rest.Index);
            }
            else if (FirstName(rest.Value) is { } n)
            {
                // "All practical OFDM systems require a prefix … we construct an OFDM system with a generalized CP": a name the
                // abstract has already used for a class of systems or methods is what is built on, not what is made.
                yield return NamesAClassBefore(text, m.Index, n.Name) ? (string.Empty, rest.Index, rest.Index) : (n.Name, rest.Index + n.Offset, rest.Index);
                if (CountedIntroduction().IsMatch(rest.ValueSpan[..n.Offset]))
                {
                    // "We propose two algorithms, R-GP-UCB and TV-GP-UCB, for …", "we propose OSLB and CKL-UCB, two algorithms":
                    // the coined names coordinated with the first are introduced with it. Only right after the verb or its
                    // count ("integration of two such systems, namely XSB and SMODELS", "uses three available matchers,
                    // namely GMO, ISub and VDoc" introduce none).
                    foreach (var (name, at) in Coordinated(text, rest.Index + n.Offset, n.Name.Length))
                    {
                        yield return (name, at, rest.Index);
                    }
                }
            }
            else if (ListedAfterColon(text, rest.Index, rest.Length) is { Count: > 0 } listed)
            {
                // "This study introduces three modifications to the architecture: ParallelGPT (p-gpt), … and ConvCompressedGPT".
                foreach (var (name, at) in listed)
                {
                    yield return (name, at, at);
                }
            }
            else
            {
                // No name, but a definition may open the clause ("We introduce Dynamic Data Pruning for ASR (DDP-ASR)"):
                // the caller checks its definitions against this empty name's scope.
                yield return (string.Empty, rest.Index, rest.Index);
            }
        }

        if (AnnouncesSeveral().Match(text) is { Success: true } several)
        {
            // "We introduce two natural extensions of the classical GP-UCB algorithm. The first, R-GP-UCB, resets GP-UCB at
            // regular intervals. The second, TV-GP-UCB, …": the numbered members of what the paper announces are its own.
            foreach (Match m in OrdinalNamed().Matches(text, several.Index + several.Length))
            {
                if (IsNameShaped(m.Groups["name"].Value))
                {
                    yield return (m.Groups["name"].Value, m.Groups["name"].Index, m.Groups["name"].Index);
                }
            }
        }

        foreach (Match m in text.Contains(':', StringComparison.Ordinal) ? CountedParts().Matches(text) : (IEnumerable<Match>)[])
        {
            // "our VideoStreaming has two core designs: Memory-Propagated Streaming Encoding and Adaptive Memory Selection."
            foreach (Capture c in m.Groups["part"].Captures)
            {
                yield return (c.Value, c.Index, c.Index);
            }
        }

        foreach (Match m in text.Contains(':', StringComparison.Ordinal) ? CountedVariants().Matches(text) : (IEnumerable<Match>)[])
        {
            // "We provide two complementary variants: PAGET-S for rapid semantic segmentation and PAGET-H for detailed …":
            // each item opens with a coined name.
            var end = text.IndexOf(". ", m.Index, StringComparison.Ordinal) is var e && e > 0 ? e : text.Length;
            var items = new List<(string, int)>();
            foreach (Match item in ListItemStart().Matches(text[(m.Index + m.Length)..end]))
            {
                var name = item.Groups["name"];
                if (IsNameShaped(name.Value))
                {
                    items.Add((name.Value, m.Index + m.Length + name.Index));
                }
            }

            if (items.Count >= 2)
            {
                foreach (var (name, at) in items)
                {
                    yield return (name, at, at);
                }
            }
        }

        foreach (Match m in text.Contains(':', StringComparison.Ordinal) ? CountedPartsOpener().Matches(text) : (IEnumerable<Match>)[])
        {
            // "two innovative techniques: gating logit normalization, which …, and adaptive auxiliary loss coefficients, which …".
            var end = text.IndexOf(". ", m.Index, StringComparison.Ordinal) is var e && e > 0 ? e : text.Length;
            var at = m.Index + m.Length;
            while (at < end && ItemNamedThenDescribed().Match(text[at..end]) is { Success: true } part
                && !part.Groups["name"].Value.Split(' ').Any(w => ClauseWords.Contains(w) || NotInAName.Contains(w)))
            {
                yield return (part.Groups["name"].Value, at, at);
                var next = text.IndexOf(", and ", at + part.Length, end - at - part.Length, StringComparison.Ordinal);
                at = next < 0 ? end : next + 6;
            }
        }

        foreach (Match m in text.Contains("his study", StringComparison.Ordinal) ? StudyIntro().Matches(text) : (IEnumerable<Match>)[])
        {
            // "This study introduces three modifications …: ParallelGPT (p-gpt), …": only a counted list of coined names;
            // the first name after "this study proposes" is too often a tool the study uses.
            if (ListedAfterColon(text, m.Index + m.Length, Math.Min(160, text.Length - m.Index - m.Length)) is { } listed)
            {
                foreach (var (name, at) in listed)
                {
                    yield return (name, at, at);
                }
            }
        }

        foreach (Match m in text.Contains(" proposed", StringComparison.Ordinal) || text.Contains(" introduced", StringComparison.Ordinal) ? PassiveIntro().Matches(text) : (IEnumerable<Match>)[])
        {
            // "In this paper, a new Jacobi Based Time-Variant Adaptive (JBTVA) hybrid evolutionary algorithm is proposed":
            // the passive introduction names the new thing by the definition it opens with (not "a new classifier for
            // Polarimetric SAR (PolSAR) images", "a new variant of Round Robin (RR)": the definition after a preposition).
            // The words before the parenthesis are the expansion, no more ("a new joint successive cancellation (SC)
            // decoding algorithm" is a joint variant of SC).
            var rest = m.Groups["rest"];
            var open = rest.Value.IndexOf('(', StringComparison.Ordinal);
            var letters = rest.Value.AsSpan(open + 1).IndexOf(')');
            var words = rest.Value[..open].Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w is not ("and" or "of" or "the"));
            if (letters >= words)
            {
                yield return (string.Empty, rest.Index, rest.Index);
            }
        }

        foreach (Match m in text.Contains(", our ", StringComparison.Ordinal) ? OurAppositive().Matches(text) : (IEnumerable<Match>)[])
        {
            // "the scalability of LocFaults, our error localization approach exploiting …", "implemented in CL-AtSe, our
            // protocol analysis tool.": a coined word set off by "our … approach" that ends the phrase is this paper's own.
            // Not "BugAssist, our previous tool", nor a fronted phrase before the subject ("Unlike SVRG, our method can …",
            // "integrating uIP into the NSC, our chosen approach").
            var name = m.Groups["name"];
            if (IsNameShaped(name.Value) && !m.Value.Contains(" previous ", StringComparison.Ordinal) && !m.Value.Contains(" earlier ", StringComparison.Ordinal)
                && !m.Value.Contains(" prior ", StringComparison.Ordinal) && !ContrastOrTargetBefore(text, name.Index))
            {
                yield return (name.Value, name.Index, name.Index);
            }
        }

        foreach (Match m in text.Contains(", a n", StringComparison.Ordinal) ? NovelAppositive().Matches(text) : (IEnumerable<Match>)[])
        {
            // "we propose Spike-Aware Adam with Momentum Reset SPAM, a novel optimizer": a coined word set off by "a novel".
            var name = m.Groups["name"];
            if (IsNameShaped(name.Value) && IntroVerbRightBefore(text, name.Index))
            {
                yield return (name.Value, name.Index, name.Index);
            }
        }

        foreach (Match m in text.Contains("which we ", StringComparison.Ordinal) ? WhichWeCall().Matches(text) : (IEnumerable<Match>)[])
        {
            // "Our strategy, which we term direct intrinsics, is to learn …": the words up to the comma are the name.
            var name = m.Groups["name"];
            if (!name.Value.Split(' ').Any(ClauseWords.Contains) && (TechniqueBeforeNaming(text, m.Index) || text.AsSpan(0, m.Index).TrimEnd().TrimEnd(',').EndsWith("strategy", StringComparison.Ordinal)))
            {
                yield return (name.Value, name.Index, name.Index);
            }
        }

        foreach (var item in NumberedContributions(text))
        {
            // "Three main techniques are proposed: …; 3) A self-supervised pre-training method, SimMIM, to reduce …".
            var end = text.IndexOfAny([';', '.'], item);
            var span = text[item..(end < 0 ? text.Length : end)];
            // Only a name set off by commas after what describes it; a first name anywhere in an item is as often a tool.
            if (FirstName(span) is { } n && DescribedBefore(span, n.Offset) && Is(span, n.Offset + n.Name.Length, ","))
            {
                yield return (n.Name, item + n.Offset, item);
            }
            else if (ItemNamedThenDescribed().Match(span) is { Success: true } named && !named.Groups["name"].Value.Split(' ').Any(w => ClauseWords.Contains(w) || NotInAName.Contains(w)))
            {
                // "1) Dynamic ReLU phasing, where DyReLU initially …", "3) cyclic sparsity, where …".
                yield return (named.Groups["name"].Value, item, item);
            }
        }

        foreach (Match m in text.Contains("ur ", StringComparison.Ordinal) ? OurParenthesised().Matches(text) : (IEnumerable<Match>)[])
        {
            // "Our decoder (Masked VByte) is 2 to 4 times faster than …": a name in parentheses after "our" and the kind of thing.
            var name = m.Groups["name"];
            if ((IsNameShaped(name.Value) || name.Value.Contains(' ', StringComparison.Ordinal) && name.Value.Split(' ').Any(IsNameShaped)) && !ContrastOrTargetBefore(text, m.Index))
            {
                yield return (name.Value, name.Index, name.Index);
            }
        }

        foreach (Match m in text.Contains("our ", StringComparison.OrdinalIgnoreCase) ? OurPluralAppositive().Matches(text) : (IEnumerable<Match>)[])
        {
            // "our two new learning algorithms, RTDP-RMAX and RTDP-IE, have …": the names the plural sets off are the paper's.
            var name = m.Groups["name"];
            var more = Coordinated(text, name.Index, name.Length).ToList();
            if (IsNameShaped(name.Value) && more.Count > 0)
            {
                yield return (name.Value, name.Index, name.Index);
                foreach (var (other, at) in more)
                {
                    yield return (other, at, name.Index);
                }
            }
        }

        foreach (Match m in OurOrNew().Matches(text))
        {
            var name = m.Groups["name"];
            if (m.ValueSpan.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !(Is(text, name.Index - 2, ",") && Is(text, name.Index + name.Length, ","))
                && !(Is(text, name.Index - 1, "(") && Is(text, name.Index + name.Length, ")")))
            {
                // "in the new algorithm, UCT-Aux, performs better": after "the new/proposed …" only a name set off by commas is
                // the name ("the proposed algorithm, SUs can …", "the new algorithm, PROMETHEE can scale" go on to a clause).
                continue;
            }

            if ((Is(text, name.Index - 2, ":") || m.Groups["tool"].Success) && m.ValueSpan.StartsWith("our ", StringComparison.OrdinalIgnoreCase))
            {
                // "our incremental QBF solver DepQBF", "our heuristic state search planner AltAlt": a tool of the authors' the paper
                // uses or extends, not one it introduces ("a new planner: SDR" is); "measured … with our tool: JBoss, JOnAS,
                // GlassFish" lists what the tool met.
                continue;
            }

            if (m.Groups["kind"].Success && !NameOfWiderKind(text, m.Index, name))
            {
                continue;
            }

            if (IsNameShaped(name.Value) || IsSetOff(text, name))
            {
                yield return (name.Value, name.Index, name.Index);
            }
            else
            {
                // "Our method, Parameter-Efficient Retraining after Pruning (PERP), …": a definition may follow.
                yield return (string.Empty, name.Index, name.Index);
            }
        }

        foreach (Match m in text.Contains("new", StringComparison.Ordinal) || text.Contains("novel", StringComparison.Ordinal) ? NewKindAppositive().Matches(text) : (IEnumerable<Match>)[])
        {
            // "we derive a new kernel, the responsibility weighted Mahalanobis (RWM) kernel", "a novel two-dimensional
            // translation model, the Reencoder, and …", "a new mutation operator, Hybrid Mutation (HPRM), for …": the
            // appositive after a new kind of thing names it, by capitalised words set off, or by the definition it opens
            // (not "using a novel MDS-coded random cache scheme, the base station (BS) and RSs opportunistically employ …").
            var name = m.Groups["name"];
            yield return name.Success ? (name.Value, name.Index, name.Index) : (string.Empty, m.Index + m.Length, m.Index + m.Length);
        }

        foreach (Match m in text.Contains("ur ", StringComparison.Ordinal) ? OurDefinition().Matches(text) : (IEnumerable<Match>)[])
        {
            // "Our Orthogonal Compatible Aligned (OCA) approach": the definition after "our" names the paper's own method.
            yield return (string.Empty, m.Index + m.Length, m.Index + m.Length);
        }

        // Cheap substring checks first: most abstracts have none of these, and the scans are the cost.
        var calls = text.Contains("called", StringComparison.Ordinal) || text.Contains("abbreviated", StringComparison.Ordinal) || text.Contains("named", StringComparison.Ordinal) || text.Contains("dubbed", StringComparison.Ordinal)
            || text.Contains("termed", StringComparison.Ordinal) || text.Contains("coined", StringComparison.Ordinal) || text.Contains("denoted", StringComparison.Ordinal)
            || text.Contains("referred to", StringComparison.Ordinal);
        foreach (Match m in calls ? Called().Matches(text) : (IEnumerable<Match>)[])
        {
            var g = m.Groups["name"];
            var newDenoted = m.Groups["denoted"].Success && (NewBefore(text, m.Index) || OurBefore(text, m.Index)) && DefinitionFollows(text, g.Index);
            if (m.Groups["denoted"].Success && !newDenoted && !(IsNameShaped(g.Value) && Is(text, g.Index + g.Length, ".,;") && Is(text, g.Index - 1, " ")))
            {
                // "denoted as STAB($G$)", "denoted MinHOM($H$)": mathematical notation; only "…, denoted as DirectShare." names,
                // and "the novel solution, denoted as widely non-linear complex GPR (WCGPR)", where the definition names it.
                continue;
            }

            if (m.Value.StartsWith("referred", StringComparison.Ordinal) && !ReferredToNamesNewThing(text, m.Index, g.Index + g.Length))
            {
                continue;
            }

            // 'a new representation termed "hill"': quotes around a plain word after a naming word coin it too, when the
            // phrase introduces something new.
            var quoted = g.Index > 0 && text[g.Index - 1] is '"' or '“' && Is(text, g.Index + g.Length, "\"”") && g.Length >= 3
                && TechniqueBeforeNaming(text, m.Index);
            if (m.Groups["the"].Success && !(NamedByIntroduction(text, m.Index) || TechniqueBeforeNaming(text, m.Index) || OurBefore(text, m.Index) || NewBefore(text, m.Index)))
            {
                // "a crowdsourcing platform called the Tribunal", "matrices called the Reed-Solomon matrices": with "the", the
                // naming word names something new only in a sentence that introduces it.
                continue;
            }

            if ((!m.Groups["denoted"].Success || newDenoted) && DefinitionFollows(text, g.Index) && !text.AsSpan(g.Index + g.Length).StartsWith(" (", StringComparison.Ordinal))
            {
                // "termed the Sparse Subspace Diffusion Model (SSDM)", "referred to as Data Fusion for Markov Random Fields
                // (DFMRF)": the name runs past the words taken; the definition names it.
                yield return (string.Empty, g.Index, g.Index);
            }
            else if (text.AsSpan(g.Index + g.Length).StartsWith(" of ", StringComparison.Ordinal) && !IsNameShaped(g.Value))
            {
                // "a technique, called the Simulation of Simplicity": the name goes on past "of"; no cut name.
                continue;
            }
            else if (IsNameShaped(g.Value) || char.IsUpper(g.Value[0]) && g.Length >= 4 || quoted && NamedByIntroduction(text, g.Index - 1))
            {
                yield return (m.Groups["name"].Value, m.Groups["name"].Index, m.Groups["name"].Index);
                if (!RecallsEarlierWork(text, m.Index) && IntroducesBeforeNaming().IsMatch(SentenceUpTo(text, m.Index)))
                {
                    // "we propose two modified SAF algorithms …, called MCC-SAF and LC-SAF": in a sentence of introduction, the
                    // names coordinated with the one called are called so too (not "two complementary problems are called
                    // MaxAgree and MinDisagree", "Recently, Su and Dy proposed two … methods named Var-Part and PCA-Part").
                    foreach (var (name, at) in Coordinated(text, g.Index, g.Length))
                    {
                        yield return (name, at, at);
                    }
                }
            }
            else if (!m.Groups["denoted"].Success && DefinitionFollows(text, g.Index))
            {
                // "an enhanced RRF, referred to as the guided RRF (GRRF), is proposed": the definition after the naming word names it.
                yield return (string.Empty, g.Index, g.Index);
            }
        }

        var weCall = text.Contains(" we call ", StringComparison.Ordinal) || text.Contains(" we refer to as ", StringComparison.Ordinal)
            || text.Contains(" we term ", StringComparison.Ordinal) || text.Contains(" we dub ", StringComparison.Ordinal)
            || text.Contains(" we name ", StringComparison.Ordinal) || text.Contains(" we coin ", StringComparison.Ordinal);
        foreach (Match m in weCall ? WeCall().Matches(text) : (IEnumerable<Match>)[])
        {
            // "our second algorithm, which we refer to as CLGrouping", "We present such an algorithm, which we call the
            // Two-Phase Algorithm, and …": the authors' own naming of what they made. A name shape or capitalised words only,
            // ending where the name ends ("which we call Lyapunov games" names a class of problems, not a technique).
            // Only after a technique's noun: "the preferable units of retrieval, which we call "Coherent Retrieval Elements""
            // names no technique.
            var name = m.Groups["name"].Value;
            if ((IsNameShaped(name) || name.Contains(' ', StringComparison.Ordinal)) && !RecallsEarlierWork(text, m.Index)
                && (TechniqueBeforeNaming(text, m.Index) || SystemBeforeNaming(text, m.Index)))
            {
                yield return (name, m.Groups["name"].Index, m.Groups["name"].Index);
            }
        }

        foreach (Match m in calls ? TechniqueCalled().Matches(text) : (IEnumerable<Match>)[])
        {
            // "Our approach called weight subcloning expedites …": lower-case words named after a technique noun, up to the verb.
            var name = m.Groups["name"];
            if (!name.Value.Split(' ').Any(w => ClauseWords.Contains(w) || NotInAName.Contains(w)) && NamedByIntroduction(text, name.Index) | OurBefore(text, m.Index))
            {
                yield return (name.Value, name.Index, name.Index);
            }
        }

        foreach (Match m in text.Contains(", a", StringComparison.Ordinal) ? Appositive().Matches(text) : (IEnumerable<Match>)[])
        {
            var name = m.Groups["name"].Value;
            // "We introduce Ladder Residual, a simple …", "three components: 1) AdamS, a …; 2) Weight Scaling, a module":
            // after a verb of introduction or an item number, capitalised words set off by an appositive are the name;
            // at a sentence start they need a coined word ("Transformers, a …" is none).
            var verb = m.Groups["verb"];
            if (verb.Success && !char.IsLetter(verb.Value[0]) && !IntroducedInSentence(text, verb.Index))
            {
                // "two engines: (1) LogicBlox, a commercial database engine": items the paper uses, not introduces.
                continue;
            }

            var afterVerb = verb.Success && name.Contains(' ', StringComparison.Ordinal);
            if (!verb.Success && FrontedWords.Contains(name.Split(' ')[0]))
            {
                // "In GNMF, an affinity graph is constructed …": a fronted phrase, not a name and its appositive.
                continue;
            }

            if (afterVerb || IsNameShaped(name.Split(' ')[^1]) || IsNameShaped(name.Split(' ')[0]))
            {
                yield return (name, m.Groups["name"].Index, m.Groups["name"].Index);
            }
        }
    }

    private static bool ContrastOrTargetBefore(string text, int at)
    {
        var words = SentenceUpTo(text, at).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = Math.Max(0, words.Length - 3); i < words.Length; i++)
        {
            if (words[i].ToLowerInvariant() is "into" or "to" or "for" or "on" or "unlike" or "like" or "than" or "with" or "as")
            {
                return true;
            }
        }

        return false;
    }

    // "our proposed approach, Loki, gains …": a capitalised word between commas (or before a parenthesis) right after
    // the describing noun is the name, coined or not.
    private static bool IsSetOff(string text, Group name) =>
        name.Length >= 3 && name.Value.Skip(1).All(char.IsAsciiLetterLower) && text.AsSpan(0, name.Index).TrimEnd().EndsWith(",")
        && (Is(text, name.Index + name.Length, ",(") || text.AsSpan(name.Index + name.Length).StartsWith(" (", StringComparison.Ordinal));

    /// <summary>
    /// Where the items of a numbered list of contributions start: "two novel techniques: 1) …", "we propose two
    /// models: 1) …; and 2) …". The first item needs a colon right before it and, in its sentence, "we propose" or a
    /// novel or key part; each later number continues the list.
    /// </summary>
    public static IEnumerable<int> NumberedContributions(string text)
    {
        if (!text.Contains("1)", StringComparison.Ordinal))
        {
            yield break;
        }

        var expected = 1;
        var last = -1;
        foreach (Match m in NumberedItem().Matches(text))
        {
            var n = m.Groups["n"].Value[0] - '0';
            var start = m.Index + m.Length;
            if (n == 1 && NovelPartsBefore(text, m.Index))
            {
                (expected, last) = (2, start);
                yield return start;
            }
            else if (n == expected && expected > 1 && start - last < 800)
            {
                (expected, last) = (n + 1, start);
                yield return start;
            }
        }
    }

    private static bool NovelPartsBefore(string text, int at)
    {
        var sentence = SentenceUpTo(text, at);
        if (OurPartsVerb().IsMatch(sentence))
        {
            // "Our approach combines 1) Dynamic ReLU phasing, where …".
            return true;
        }

        if (!sentence.TrimEnd().EndsWith(":"))
        {
            return false;
        }

        return ContainsAny(sentence, ["novel", " new ", "key ", "we propose", "we introduce", "we present", "are proposed"]);
    }

    // "we propose Spike-Aware Adam with Momentum Reset SPAM": a verb of introduction earlier in the clause, no comma between.
    internal static bool IntroVerbRightBefore(string text, int at)
    {
        var from = Math.Max(0, at - 120);
        var span = text.AsSpan(from, at - from);
        var stop = span.LastIndexOfAny(".,;:");
        var clause = stop >= 0 ? span[(stop + 1)..] : span;
        return ContainsAny(clause, ["we propose ", "we introduce ", "we present ", "we develop ", "we design "]);
    }

    // "We design a system, which we call MultiTrack": tools and systems are named by their makers too.
    private static bool SystemBeforeNaming(string text, int naming) =>
        WordBeforeNaming(text, naming) is "system" or "tool" or "planner" or "sampler" or "estimator" or "heuristic" or "protocol" or "classifier"
            or "solver" or "library" or "mechanism" or "policy" or "transform" or "measure" or "metric" or "index";

    // "a new representation termed", "an algorithm, called": the noun the naming word follows is a technique.
    private static bool TechniqueBeforeNaming(string text, int naming) =>
        WordBeforeNaming(text, naming) is "method" or "approach" or "algorithm" or "technique" or "scheme" or "model" or "architecture" or "framework"
            or "representation" or "layer" or "unit" or "activation" or "loss" or "regularizer" or "operator" or "strategy" or "procedure" or "network";

    // The word right before a naming word, past a comma: "system" in "We design a system, which we call …".
    private static ReadOnlySpan<char> WordBeforeNaming(string text, int naming)
    {
        var before = text.AsSpan(0, naming).TrimEnd().TrimEnd(',').TrimEnd();
        return before[(before.LastIndexOf(' ') + 1)..];
    }

    /// <summary>
    /// "we introduce a novel … pruning method, termed Wanda", "We introduce a novel method called ReLoRA": a naming word right
    /// before the name, in a sentence that introduces something new. The name is the paper's even when a list knows it.
    /// </summary>
    public static bool NamedByIntroduction(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd().TrimEnd("\"“'").TrimEnd();
        if (before.EndsWith(" as", StringComparison.Ordinal))
        {
            before = before[..^3];
        }

        if (CallsItsOwn().IsMatch(before))
        {
            // "we call our method R-CNN", "We call the resulting algorithm Bolasso", "we dub it DeiT": the paper names its own.
            return true;
        }

        var naming = false;
        foreach (var cue in (ReadOnlySpan<string>)[" called", " termed", " dubbed", " named", " coined"])
        {
            naming |= before.EndsWith(cue, StringComparison.Ordinal) && !before.EndsWith(" so-called", StringComparison.Ordinal);
        }

        if (!naming)
        {
            return false;
        }

        // Within the phrase before the naming word: "a novel … method, termed Wanda", not "a recently introduced database, called AVA".
        var window = before[Math.Max(0, before.Length - 80)..];
        var sentenceStart = window.LastIndexOf(". ");
        if (sentenceStart >= 0)
        {
            window = window[(sentenceStart + 2)..];
        }

        if (window.Contains("recent", StringComparison.OrdinalIgnoreCase) || window.Contains("existing", StringComparison.OrdinalIgnoreCase)
            || window.Contains("popular", StringComparison.OrdinalIgnoreCase) || window.Contains("well-known", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return ContainsAny(window, ["we propose", "we introduce", "we present", "novel", " new "]);
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, ReadOnlySpan<string> cues)
    {
        foreach (var cue in cues)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "CAST introduces three key components: 1) …": a verb of introduction earlier in the same sentence.
    private static bool IntroducedInSentence(string text, int at) =>
        ContainsAny(SentenceUpTo(text, at), ["introduc", "propos", "present", "contribution", "we develop", "we design"]);

    private static bool Is(string text, int at, string chars) => at >= 0 && at < text.Length && chars.Contains(text[at], StringComparison.Ordinal);

    /// <summary>
    /// A title that is the name of what the abstract introduces: "Iterative Join-Graph Propagation" over "The proposed
    /// Iterative Join-graph Propagation IJGP …", "Learning Module Networks" over "… which we call module networks",
    /// "Temporal Second Difference Traces" over "We introduce … (TSDT)". Returns the abstract's form of the name: the
    /// phrase as the abstract writes it, or the acronym of its initials.
    /// </summary>
    public static (string Surface, int Start)? TitleNamed(string title, string text)
    {
        foreach (var (phrase, next) in TitlePhrases(title))
        {
            var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 2 && TitleLeadNames.IsGenericModifier(words[0]) && !IsNameShaped(words[1]))
            {
                // "Deep Representation of Facial … Attributes" over "the proposed deep representation": a description, no name.
                continue;
            }

            var acronym = Initials(phrase);
            var pattern = @"\b" + string.Join(@"[\s\-]+", words.Select(Regex.Escape)) + @"s?\b";
            foreach (Match m in Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                var after = m.Index + m.Length;

                // "… called partial transfer entropy on ranks (PTERV)" for "Partial Transfer Entropy on Rank Vectors": a longer name.
                if (!IntroducesAt(text, m.Index, m.Length) || ModifiesWhatFollows(text, after)
                    || next is not null && text.AsSpan(after).StartsWith(" " + next + " ", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // "The proposed Iterative Join-graph Propagation IJGP …": the acronym that follows is the name.
                return acronym.Length >= 3 && text.AsSpan(after).StartsWith(" " + acronym, StringComparison.Ordinal)
                    ? (acronym, after + 1)
                    : (m.Value, m.Index);
            }

            if (acronym.Length >= 3)
            {
                foreach (Match m in Regex.Matches(text, @"\b" + Regex.Escape(acronym) + @"\b", RegexOptions.CultureInvariant))
                {
                    if (IntroducesAt(text, m.Index, m.Length))
                    {
                        return (acronym, m.Index);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"Elastic Averaging SGD" → EASGD: a phrase's initials, an acronym word kept whole.</summary>
    public static string Initials(string phrase) =>
        string.Concat(phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.All(c => char.IsUpper(c) || char.IsDigit(c)) ? w : w[..1].ToUpperInvariant()));

    // The title's noun phrases that could be a name, with the word that follows each: the title up to its first
    // preposition ("Tied Probabilistic Linear Discriminant Analysis for Speech Recognition"), and what follows "with",
    // "using" or "via" ("Deep learning with Elastic Averaging SGD"). Two to five words, not opening with a verb
    // ("Handling uncertainties in …"), not one of two coordinated things ("Blind Detection and Compensation of …").
    private static IEnumerable<(string Phrase, string? Next)> TitlePhrases(string title)
    {
        if (title.Contains(':', StringComparison.Ordinal) || title.Contains('?', StringComparison.Ordinal) || title.Contains(" - ", StringComparison.Ordinal))
        {
            yield break;
        }

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var segment = new List<string>();
        var opensWithName = true;
        for (var i = 0; i <= words.Length; i++)
        {
            var word = i < words.Length ? words[i] : null;
            if (word is null || TitleBreaks.Contains(word))
            {
                if (opensWithName && segment.Count is >= 2 and <= 5 && IsTitlePhrase(segment) && !"and".Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    yield return (string.Join(' ', segment), word);
                }

                segment.Clear();
                opensWithName = word is not null && TitleIntroducers.Contains(word);
                continue;
            }

            if (segment.Count == 0 && i == 0 && word is "Learning" or "Towards" or "Toward" or "Introducing")
            {
                continue;
            }

            segment.Add(word);
        }
    }

    private static bool IsTitlePhrase(List<string> words) =>
        char.IsUpper(words[0][0]) && !words[0].EndsWith("ing", StringComparison.Ordinal) && !NotNames.Contains(words[0]) && !NotNames.Contains(words[^1]) && !DescribesByHead(words)
        && words.TrueForAll(w => w.Length > 0 && char.IsLetter(w[0]) && w.All(c => char.IsLetterOrDigit(c) || c == '-'));

    // "Three Metrics to …", "Lower Bounds on …", "Statistical-mechanical Analysis of …": a study's subject, not a name.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Some", "Several", "New", "Novel", "Improved", "Efficient", "Fast",
        "Analysis", "Bounds", "Bound", "Results", "Study", "Studies", "Evaluation", "Limits", "Properties", "Issues", "Challenges", "Perspectives",
        "Applications", "Review", "Survey", "Overview", "Tutorial", "Notes", "Remarks", "Algorithms", "Methods", "Models", "Techniques", "Approaches",
        "Schemes", "Systems", "Frameworks",
    };

    // "Numerical Method for …", "Reference Model for …": a bare head with one modifier describes; "Truncated Power Method" names.
    private static bool DescribesByHead(List<string> words) =>
        words.Count < 3 && words[^1].ToLowerInvariant() is "algorithm" or "method" or "model" or "technique" or "approach" or "scheme" or "system" or "framework";

    // "a telepresence interaction framework", "a network coding-based protection scheme": the phrase modifies a head noun.
    private static bool ModifiesWhatFollows(string text, int end)
    {
        if (end < text.Length && text[end] == '-')
        {
            return true;
        }

        // The next word, or the one after a hyphenated modifier ("a novel multi-round contention random-access protocol").
        var words = text.AsSpan(end).ToString().Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (IsHead(words[0]) || words.Length > 1 && words[0].Contains('-', StringComparison.Ordinal) && IsHead(words[1]));
    }

    private static bool IsHead(string word) =>
        !word.EndsWith('.') && !word.EndsWith(',') && (HeadNouns.Of(word) is not null || word is "framework" or "scheme" or "technique" or "algorithm" or "approach"
            or "protocol" or "system" or "method" or "model" or "mechanism" or "strategy" or "procedure" or "architecture" or "tool" or "policy");

    /// <summary>The small words that end a noun phrase in a title ("for", "with", "of", "the", …).</summary>
    internal static readonly HashSet<string> TitleBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "in", "with", "via", "using", "by", "of", "on", "from", "to", "and", "through", "under", "as", "at", "over", "without", "is", "are", "the", "a", "an",
    };

    private static readonly HashSet<string> TitleIntroducers = new(StringComparer.OrdinalIgnoreCase) { "with", "using", "via" };

    // The name is what is introduced or named, with no article: "we call module networks", "We introduce draft auctions",
    // "The proposed Iterative Join-graph Propagation", "The RGB ratio model is a newly proposed method" (not "we propose a
    // consistent layout for …", a description, nor "new genetic operators, called geometric semantic operators, have
    // recently been defined").
    private static bool IntroducesAt(string text, int at, int length)
    {
        var sentenceStart = Math.Max(0, text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal));
        var from = Math.Max(sentenceStart, at - 60);
        var before = text.AsSpan(from, at - from);
        if (ContainsAny(before, ["previous", "existing", "recent", "standard", "classical", "traditional", "conventional", "well-known", "popular", "original", "so-called"]))
        {
            return false;
        }

        return IntroducesWhatFollows().IsMatch(before) || IsNewlyProposed().IsMatch(text.AsSpan(at + length));
    }

    [GeneratedRegex(@"\b[Ww]e (?:call|name|term|dub|refer to) (?:it|them|(?:our|this|the (?:resulting|proposed|new))(?: [\w-]+){0,3}? (?:method|approach|algorithm|model|framework|system|network|technique|scheme|architecture|procedure|estimator|detector|classifier|learner|tool))$", RegexOptions.CultureInvariant)]
    private static partial Regex CallsItsOwn();

    [GeneratedRegex(@"(?:\bwe (?:call|term|dub|name)|\b(?:called|termed|dubbed|named)|\b(?:the|our) proposed|\bwe (?:propose|introduce|present|develop)|\b(?:paper|work|article|letter) (?:proposes|introduces|presents|develops))\s+(?:(?:new|novel|both)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntroducesWhatFollows();

    [GeneratedRegex(@"^s?\s+(?:is|are) (?:a |an )?(?:newly |new(?:ly)? )?(?:proposed|introduced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsNewlyProposed();

    /// <summary>The text before a title's colon when it is one to three words ("Model soups"), else null.</summary>
    public static string? TitleHead(string title)
    {
        var m = TitleName().Match(title);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Value.Trim();
        return name.Length > 0 && name.Split(' ').Length <= 3 ? name : null;
    }

    /// <summary>The coined name a title starts with ("FOSTER: Feature Boosting …" → FOSTER), if any.</summary>
    /// <summary>
    /// Whether the subtitle says what the title's prefix is: "…: A Framework for …", "…: a stochastic search method for …";
    /// in lower case a kind as vague as "approach", "model" or "framework" only after a one-word prefix ("Ologs: a
    /// categorical framework …", not "Cooperative oligopoly games: a probabilistic approach", where the prefix is the problem).
    /// </summary>
    public static bool SubtitleSaysArtifact(string title, string prefix) =>
        ArtifactSubtitle().IsMatch(title) || TechniqueSubtitle().IsMatch(title) || (!prefix.Contains(' ', StringComparison.Ordinal) && KindSubtitle().IsMatch(title));

    public static string? TitlePrefix(string title)
    {
        var m = TitleName().Match(title);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Value.Trim();
        if (name.StartsWith("The ", StringComparison.Ordinal) || name.StartsWith("An ", StringComparison.Ordinal) || name.StartsWith("A ", StringComparison.Ordinal))
        {
            name = name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        }

        // A name is a few capitalised words ("Model Stock", "Pruning On-the-Fly") or contains a coinage
        // ("FOSTER", "ShiftAddLLM"); a prefix with small words is a slogan ("One QuantLLM for ALL").
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is > 1 and <= 3 && char.IsUpper(words[0][0]) && words.Skip(1).All(w => w.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            && !words.Skip(1).Any(w => w is "and" or "or" or "in" or "from" or "with" or "for" or "to" or "on" or "at" or "by") && TechniqueSubtitle().IsMatch(title))
        {
            // "Parametric annealing: a stochastic search method for human pose tracking", "Simulation of simplicity: a technique
            // to cope with …": a sentence-case title whose subtitle says the prefix is a technique (not "Feedback from nature: …").
            return name;
        }

        if (words.Length == 0 || words.Length > 3 || words.Any(w => !char.IsUpper(w[0]) && !char.IsDigit(w[0])))
        {
            return null;
        }

        return name;
    }

    // "we propose LayerNorm Scaling, which …": capitalised words after the coined one, set off by a comma or a
    // parenthesis, belong to the name.
    private static string WithCapitalisedTail(string scope, Match w)
    {
        var end = w.Index + w.Length;
        var best = end;
        for (var words = 0; words < 2; words++)
        {
            if (end + 1 >= scope.Length || scope[end] != ' ' || !char.IsUpper(scope[end + 1]))
            {
                break;
            }

            // A capitalised word: one capital, then lower-case letters ("Scaling", not "LLaMA" or "MMLU").
            var next = end + 2;
            while (next < scope.Length && char.IsAsciiLetterLower(scope[next]))
            {
                next++;
            }

            if (next - end - 1 < 3 || next < scope.Length && char.IsLetterOrDigit(scope[next]))
            {
                break;
            }

            end = next;
            if (end >= scope.Length || scope[end] is ',' or '(' || scope.AsSpan(end).StartsWith(" (", StringComparison.Ordinal))
            {
                best = end;
            }
        }

        return scope[w.Index..best];
    }

    private static (string Name, int Offset)? FirstName(string rest)
    {
        // Stop at the first clause break: a name later in the sentence is usually a baseline.
        var cut = rest.IndexOfAny([';', ':']);
        var scope = cut >= 0 ? rest[..cut] : rest;
        var first = true;
        var suspended = false;
        var previousEnd = 0;
        var previous = string.Empty;
        foreach (Match w in Word().Matches(scope))
        {
            if (previous == "to" && ImprovesWhat.Contains(w.Value))
            {
                // "We propose a method … to speed up two model-based algorithms, RMAX and MBIE": what the paper's work improves
                // is a base, appositive and all.
                return null;
            }

            previous = w.Value;

            // A preposition or relative pronoun starts a phrase about something else ("alternatives to …",
            // "induced by LR", "a method for large models, offering … (OOD)") until a comma opens an appositive.
            if (suspended && scope.AsSpan(previousEnd, w.Index - previousEnd).Contains(','))
            {
                suspended = false;
            }

            previousEnd = w.Index + w.Length;
            if (suspended)
            {
                continue;
            }

            if (IsNameShaped(w.Value) && !(w.Length <= 2 && w.Value.All(char.IsUpper)) && BasedOn(scope, w.Index))
            {
                // "We design models based off T5-Base and T5-Large": the bases of what is built, not its name.
                first = false;
                suspended = true;
                continue;
            }

            if (IsNameShaped(w.Value) && !(w.Length <= 2 && w.Value.All(char.IsUpper)))
            {
                // "we present a CUDA implementation": after an article and before a plain noun, the name
                // qualifies something else; "a novel FooNet architecture" still names FooNet.
                return IsModifierUse(scope, w) ? null : (WithCapitalisedTail(scope, w), w.Index);
            }

            // "We introduce Reprompting, an …": a capitalised word right after the verb, set off as a name.
            if (first && w.Value.Length >= 4 && char.IsUpper(w.Value[0]) && w.Index + w.Length < scope.Length && scope[w.Index + w.Length] is ',' or '(' && !IsCitation(scope, w.Index + w.Length))
            {
                return (w.Value, w.Index);
            }

            // "we present a novel zero-shot routing mechanism, Arrow, which …": a capitalised word set off right after the
            // technique noun that describes it.
            if (w.Value.Length >= 3 && char.IsUpper(w.Value[0]) && w.Value.Skip(1).All(char.IsAsciiLetterLower) && DescribedBefore(scope, w.Index)
                && (Is(scope, w.Index + w.Length, ",") || scope.AsSpan(w.Index + w.Length).StartsWith(" (", StringComparison.Ordinal)))
            {
                return (w.Value, w.Index);
            }

            // "We have open-sourced Minitron model weights", "we release Aurora models": a capitalised word right after
            // the verb that heads a model noun.
            if (first && w.Value.Length >= 4 && char.IsUpper(w.Value[0]) && w.Value.Skip(1).All(char.IsAsciiLetterLower)
                && ModelNoun().IsMatch(scope.AsSpan(w.Index + w.Length)) && !IsEponymAdjective(w.Value))
            {
                return (w.Value, w.Index);
            }

            first = false;
            suspended = ClauseWords.Contains(w.Value);
        }

        return null;
    }

    private static bool DescribedBefore(string scope, int at)
    {
        var before = scope.AsSpan(0, at).TrimEnd();
        if (!before.EndsWith(","))
        {
            return false;
        }

        before = before[..^1];
        var space = before.LastIndexOf(' ');
        if (!DescribingNouns.Contains(before[(space + 1)..].ToString()))
        {
            return false;
        }

        // "a particular atmospheric model, Flexpart": a model the paper works on, not one it names.
        var phrase = before[Math.Max(0, before.LastIndexOfAny(",;(") + 1)..];
        foreach (var used in (ReadOnlySpan<string>)["particular", "existing", "popular", "well-known", "widely", "standard", "classic", "state-of-the-art", "baseline"])
        {
            if (phrase.Contains(used, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> DescribingNouns = new(StringComparer.Ordinal)
    {
        "method", "approach", "framework", "mechanism", "algorithm", "model", "technique", "strategy", "architecture", "system",
        "module", "pipeline", "benchmark", "dataset", "optimizer", "objective", "loss", "network", "layer", "scheme", "procedure",
    };

    private static bool BasedOn(string scope, int at)
    {
        var before = scope.AsSpan(0, at).TrimEnd();
        return before.EndsWith("based on", StringComparison.Ordinal) || before.EndsWith("based off", StringComparison.Ordinal) || before.EndsWith("built on", StringComparison.Ordinal);
    }

    // "Bayesian models", "Markov models", "Alpha models", "Simulink models": a family named after a person or a letter,
    // or a tool's models, not a coinage.
    private static bool IsEponymAdjective(string word) =>
        word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
        || word is "Markov" or "Alpha" or "Beta" or "Gamma" or "Delta" or "Bayes" or "Gauss" or "Ising" or "Potts" or "Boltzmann" or "Hopfield" or "Poisson" or "Bernoulli"
        || word is "Simulink" or "Matlab" or "Python" or "Excel";

    // After the colon that ends a counted phrase ("three modifications …:"), coined names separated by commas and "and",
    // each perhaps with a parenthesis; every item must be one.
    private static List<(string Name, int At)>? ListedAfterColon(string text, int restStart, int restLength)
    {
        var colon = text.IndexOf(':', restStart, restLength);
        if (colon < 0 || !CountWord().IsMatch(text.AsSpan(restStart, colon - restStart)))
        {
            return null;
        }

        var end = text.IndexOf(". ", colon, StringComparison.Ordinal) is var e && e > 0 ? e : text.Length;
        var result = new List<(string, int)>();
        foreach (Match item in ListItem().Matches(text[(colon + 1)..end]))
        {
            var name = item.Groups["name"];
            if (!IsNameShaped(name.Value))
            {
                // "…: Diff-subMax and wDiff-subMax, which …": a clause after the list ends it.
                if (result.Count >= 2 && char.IsLower(name.Value[0]))
                {
                    break;
                }

                return null;
            }

            if (name.Value.All(c => char.IsUpper(c) || c == '-'))
            {
                // "four types: SPECIES, GROUP, UNIT and METRIC": capitals alone are as often categories or known acronyms.
                return null;
            }

            result.Add((name.Value, colon + 1 + name.Index));
        }

        return result.Count >= 2 ? result : null;
    }

    // "Eckhoff (1999)", "Smith, et al.": an author, not a name the paper coins.
    private static bool IsCitation(string scope, int end)
    {
        var rest = scope.AsSpan(end).TrimStart(" ,(");
        return rest.Length > 0 && char.IsDigit(rest[0]) || rest.StartsWith("et al", StringComparison.Ordinal);
    }

    private static bool IsModifierUse(string scope, Match w)
    {
        var before = scope.AsSpan(0, w.Index).TrimEnd();

        // "We present a new SDP formulation for BQPs": lower-case adjectives may stand between the article and the name
        // (not a kind noun: "a new scheme SQCLP designed as …", "the global constraint GAP-SEQ").
        var skipped = false;
        for (var i = 0; i < 2 && before.LastIndexOf(' ') is var space && space > 0 && before[(space + 1)..] is var word
            && word.Length > 2 && word is not ("the" or "and") && AllLower(word) && HeadNouns.Of(word.ToString()) is null; i++)
        {
            before = before[..space].TrimEnd();
            skipped = true;
        }

        var article = before.EndsWith(" a", StringComparison.Ordinal) || before.EndsWith(" an", StringComparison.Ordinal) || before.EndsWith(" the", StringComparison.Ordinal)
            || before is "a" or "an" or "the";
        var end = w.Index + w.Length;
        if (!article || end + 1 >= scope.Length || scope[end] != ' ' || !char.IsLower(scope[end + 1]))
        {
            return false;
        }

        var next = end + 1;
        var stop = next;
        while (stop < scope.Length && (char.IsLetter(scope[stop]) || scope[stop] == '-'))
        {
            stop++;
        }

        var following = scope[next..stop];
        return HeadNouns.Of(following) is null
            && !(skipped && (following.EndsWith("ed", StringComparison.Ordinal) || following.EndsWith("ing", StringComparison.Ordinal) || ClauseWords.Contains(following)
                || following is "and" or "or" or "as" or "is" or "are" or "which"));
    }

    // An acronym before a plural noun of a kind of technique or system ("All practical OFDM systems", "ASCE methods") before
    // the introduction, where the abstract never calls it its own ("the proposed MC-LT codes") or names its own kind ("(MC-LT
    // codes)", not an acronym's definition "(LDPC)"); a coined word ("Minitron models") is a name.
    private static bool NamesAClassBefore(string text, int introduction, string name)
    {
        if (!name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-'))
        {
            return false;
        }

        var classUse = false;
        for (var at = text.LastIndexOf(name, introduction, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(name, at - 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '-') || end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
            {
                continue;
            }

            if (at > 0 && text[at - 1] == '(' && end < text.Length && text[end] != ')' || OwnBefore().IsMatch(text.AsSpan(Math.Max(0, at - 12), Math.Min(at, 12))))
            {
                return false;
            }

            var stop = end + 1;
            while (stop < text.Length && char.IsAsciiLetterLower(text[stop]))
            {
                stop++;
            }

            classUse |= end < text.Length && text[end] == ' ' && ClassNouns.Contains(text[(end + 1)..stop]);
        }

        return classUse;
    }

    private static readonly HashSet<string> ClassNouns = new(StringComparer.Ordinal)
    {
        "systems", "schemes", "methods", "algorithms", "approaches", "techniques", "models", "networks", "nodes", "codes", "protocols", "architectures",
        "frameworks", "solvers", "receivers", "decoders", "estimators", "classifiers",
    };

    private static bool AllLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> FrontedWords = new(StringComparer.Ordinal)
    {
        "In", "On", "For", "With", "By", "From", "At", "Unlike", "Like", "After", "Before", "During", "Under", "Beyond", "Using",
        "Via", "Through", "Across", "Within", "Without", "Compared", "Following", "As", "To", "Of", "The", "This", "These", "Our",
    };

    // Determiners and verbs: "the situation model, which …", "All nodes are observed, where …" are no names.
    private static readonly HashSet<string> NotInAName = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "all", "each", "every", "some", "our", "its", "their", "is", "are", "was", "were", "be", "been", "and", "or", "as",
    };

    private static readonly HashSet<string> ImprovesWhat = new(StringComparer.Ordinal)
    {
        "speed", "accelerate", "improve", "enhance", "extend", "generalize", "generalise", "boost", "robustify", "strengthen", "augment",
    };

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "to", "by", "of", "in", "on", "with", "from", "than", "over", "against", "into", "that", "which", "where", "when", "via", "using", "under", "between", "among",
        "for", "offering", "including", "such", "like",

        // "We present an approach for …, and adopt VLAD encoding to …": what a verb of use takes is a base, not the name.
        "adopt", "adopts", "employ", "employs", "utilize", "utilizes", "utilise", "utilises", "leverage", "leverages", "exploit", "exploits",
    };

    /// <summary>"We refer to this algorithm as …": the paper names its own technique (a pattern, for the regexes that use it).</summary>
    internal const string RefersToItsOwnAs = @"\b[Ww]e (?:will )?refer to (?:our|this|these|the (?:resulting|proposed|new))(?: [\w-]+){0,2}? (?:method|approach|algorithm|model|framework|system|network|technique|scheme|architecture|procedure|estimator|detector|classifier|receiver|decoder|protocol|strategy|mechanism|tool)s? as";

    [GeneratedRegex(@"(?:\b(?:[Tt]his framework|[Oo]ur (?:framework|method|approach)) (?:also )?(?:introduces|proposes|presents)|\b(?:[Ww]e|[Tt]his (?:paper|work)|[Ii]n this (?:paper|work), we)\s+(?:(?!(?:the|a|an|our|this|these|its|their)\s(?!proposed\b))\w+\s+){0,2}?(?:propose|introduce|present|develop|design|release|contribute|construct|curate|build|create|call|term|name|dub|open-source|formulate|devise)[sd]?|\b(?:[Tt]his (?:paper|work)|[Ww]e) [^.]{0,120}?,? and (?:propose|introduce|present|(?:design|develop)s? and implement)s?\b|\bby (?:proposing|introducing|presenting)|\b[Ww]e (?:use|coin) the term|" + RefersToItsOwnAs + @")\s+(?<rest>(?:(?!,? and (?:propose|introduce|present|develop|design)s?\b)[^.]){0,160})", RegexOptions.CultureInvariant)]
    private static partial Regex IntroVerb();

    [GeneratedRegex(@"\b(?:[Ww]e|[Tt]his (?:paper|work))\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeOrThisPaper();

    // The introductions, then a second one after ", and propose" in a sentence of the paper's own doing ("we introduce the
    // concept of HCLAE …, and propose Dictionary Annealing (DA)"), which the first one's reach would otherwise swallow.
    private static IEnumerable<Match> IntroMatches(string text)
    {
        foreach (Match m in IntroVerb().Matches(text))
        {
            yield return m;
        }

        if (!text.Contains(", and propose", StringComparison.Ordinal) && !text.Contains(", and introduce", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match m in AndIntroVerb().Matches(text))
        {
            if (WeOrThisPaper().IsMatch(SentenceUpTo(text, m.Index)))
            {
                yield return m;
            }
        }
    }

    [GeneratedRegex(@", and (?:propose|introduce)\s+(?<rest>(?:(?!,? and (?:propose|introduce|present|develop|design)s?\b)[^.]){0,160})", RegexOptions.CultureInvariant)]
    private static partial Regex AndIntroVerb();

    [GeneratedRegex(@"^(?![Ww]e (?:call|name|term|dub)).*\b(?:the|our) proposed\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveProposed();

    // ", which we call X", "that we refer to as X": X a capitalised word or up to four, then a clause's punctuation or verb.
    [GeneratedRegex(@"\b(?:which|that) we (?:call|term|dub|name|coin|refer to as)\s+(?:the\s+)?[""“']?(?<name>[A-Z][A-Za-z0-9\-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9\-]*[A-Za-z0-9]){0,3})[""”']?(?=[,.;:(]|\s+(?:is|are|was|which|that|and|to|for|with|has|can|starts|consists|exhibits|outperforms|achieves)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex WeCall();

    // One word, or up to three capitalised words ("called LayerNorm Scaling").
    [GeneratedRegex(@"\b(?<!so-|so |usually |often |commonly |also |sometimes |generally |widely |frequently |traditionally |typically )(?:called|named|dubbed|termed|coined|abbreviated|referred to|(?<denoted>denoted))\s+(?:as\s+)?(?<the>the\s+)?[""“']?(?<name>[A-Z][A-Za-z0-9\-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9\-]*[A-Za-z0-9]){1,2}\b|[A-Za-z][A-Za-z0-9\-\.]*(?:\*-?[A-Za-z0-9\-\.]*)?[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Called();

    // "our tool, ApproxMC, scales", "a new protocol RRRT to support …": a name after one of the wider kinds of thing a paper
    // makes stands only when set off by its commas or bare ("with a new learning scheme, CL can provide …" goes on to a
    // clause; "our proposed solution, KF CS-residual (KF-CS)", "our scheme C2 IL" are cut), and not when the paper uses it
    // ("We use a new language, Rust, …").
    private static bool NameOfWiderKind(string text, int opener, Group name)
    {
        var end = name.Index + name.Length;
        var head = text.AsSpan(0, opener).TrimEnd();
        return !(Is(text, name.Index - 2, ",") && !Is(text, end, ",") && !text.AsSpan(end).StartsWith(" (", StringComparison.Ordinal))
            && !(end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
            && !(head.EndsWith("use", StringComparison.OrdinalIgnoreCase) && (head.Length == 3 || !char.IsLetter(head[^4])));
    }

    // "our low-rank variant LoRE-Adapt", "a new defender method, CeTaD,", "Our distributed version of SGS, DSGS,": a name set
    // after a describing noun.
    [GeneratedRegex(@"\b(?:[Oo]ur|[Aa] (?:new|novel)|[Aa]n (?:new|novel)|[Tt]he (?:new|novel|proposed|resulting)) (?:[\w\-]+ ){0,3}?(?:variant|method|model|approach|framework|algorithm|technique|system|benchmark|dataset|optimizer|architecture|metric|defender|family|suite|(?<tool>planner|solver|heuristic|classifier|estimator|detector|tracker|parser)|(?<kind>scheme|tool|solution|implementation|version|formalism|language|protocol|service|toolkit|library|platform))(?:(?: of (?:the )?[A-Z][\w\-]*,|,|:)? (?<name>[A-Z][A-Za-z0-9\-]*[A-Za-z0-9])\b| \((?<name>[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9])\))", RegexOptions.CultureInvariant)]
    private static partial Regex OurOrNew();

    [GeneratedRegex(@"\b[Oo]ur (?:two |three |four )?(?:new |novel |proposed )(?:[\w\-]+ ){0,2}?(?:algorithms|methods|models|approaches|techniques|schemes|variants|estimators|solvers|networks|architectures|protocols), (?<name>[A-Z][A-Za-z0-9\-]*[A-Za-z0-9])\b", RegexOptions.CultureInvariant)]
    private static partial Regex OurPluralAppositive();

    [GeneratedRegex(@"\b[Aa]n? (?:new|novel) (?:[\w\-]+ ){0,3}?(?:kernel|operator|solver|function|measure|estimator|classifier|heuristic|network|scheme|strategy|loss|criterion|distance|layer|filter|procedure|descriptor|variant|method|model|approach|framework|algorithm|technique|system|architecture|metric), (?:the )?(?:(?<name>[A-Z][a-z]+(?:-[A-Za-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z]+)?){0,3}|[A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*)(?=,| \()|(?=[A-Za-z][\w\-]*(?: [\w\-]+){0,5} \([A-Za-z][\w\-]*\)(?! and\b)))", RegexOptions.CultureInvariant)]
    private static partial Regex NewKindAppositive();

    [GeneratedRegex(@"\b[Oo]ur (?=[A-Z][\w\-]*(?: [\w\-]+){0,6} \([A-Za-z][\w\-]*\) (?:method|approach|framework|model|algorithm|technique|architecture|system)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OurDefinition();

    [GeneratedRegex(@"(?:^|[.!?] |\b(?<verb>propose|introduce|present|describe) |(?:^|[:;,] )(?<verb>\(?(?:\d|[ivx]{1,3})\)) )(?<name>[A-Z][A-Za-z0-9\-]*(?: [A-Z][A-Za-z0-9\-]*){0,2}), (?:a|an)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Appositive();

    [GeneratedRegex(@"\b(?<name>[A-Z][A-Za-z0-9\-]*[A-Za-z0-9]), our (?:[\w\-]+ ){0,4}?(?:approach|method|tool|framework|algorithm|system|model|technique|solver|library|implementation|prototype|platform|toolkit)(?=[.;:)]| [a-z]+ing\b| for\b| that\b|,? which\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OurAppositive();

    [GeneratedRegex(@"\b[Oo]ur (?:[\w-]+ ){0,2}?(?:method|approach|algorithm|model|framework|system|tool|decoder|encoder|solver|estimator|classifier|architecture|network|scheme|technique|protocol|library|implementation|prototype) \((?<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})\)(?= (?:is|are|was|outperforms?|achieves?|performs?|runs?|improves?|yields?|reduces?|provides?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OurParenthesised();

    [GeneratedRegex(@"\b[Aa]n? (?:new|novel) (?<rest>(?:(?!(?:of|for|to|in|on|with|from|by|class|variant|version)\b)[\w\-]+ ){1,8}?\([A-Za-z][\w\-]*\)(?: [\w\-]+){0,4}) (?:is|are) (?:proposed|introduced|presented|developed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveIntro();

    [GeneratedRegex(@"\b(?<name>[A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*), an? (?:novel|new)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NovelAppositive();

    /// <summary>"Software-Defined Networking: A Comprehensive Survey", "…: State of the Art": the prefix is the area a review covers.</summary>
    public static bool IsSurveyTitle(string title) => SurveySubtitle().IsMatch(title);

    [GeneratedRegex(@"^[^:]{3,80}: (?:(?:an?|the) )?(?:[A-Za-z-]+ ){0,2}(?:survey|review|overview|tutorial|primer|state of the art|state-of-the-art review)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SurveySubtitle();

    // ": a stochastic search method for …", ": an optimal join algorithm": lower case, a technique's kind within four words.
    [GeneratedRegex(@"^[^:]{3,60}: an? (?:[a-z][a-z-]+ ){0,3}(?:method|algorithm|technique|heuristic|procedure|scheme)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TechniqueSubtitle();

    // ": a categorical framework for …", ": a lightweight approach to …": lower case, any kind of artifact within four words.
    [GeneratedRegex(@"^[^:]{3,60}: an? (?:[a-z][a-z-]+ ){0,3}(?:framework|method|approach|model|algorithm|system|technique|scheme|heuristic|procedure|architecture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindSubtitle();

    [GeneratedRegex(@"^[^:]{3,60}: (?:A|An) (?:(?:[Nn]ew|[Nn]ovel|[Ss]imple|[Gg]eneral|[Uu]nified|[Ss]calable|[Ee]fficient|[Ff]ast|[Pp]ractical|[Gg]eneric|[Ll]ightweight|[Ff]lexible|[Rr]obust|[Mm]odular|[Pp]rincipled|[Hh]ierarchical|[Dd]eep|[Nn]eural|[Ll]arge-[Ss]cale)\s+)*(?:[Ff]ramework|[Mm]ethod|[Aa]pproach|[Mm]odel|[Aa]lgorithm|[Ss]ystem|[Ll]ibrary|[Bb]enchmark|[Dd]ataset|[Tt]oolkit|[Aa]rchitecture|[Ss]cheme|[Tt]echnique|[Tt]ool|[Pp]latform|[Oo]ptimizer|[Tt]raining [Ss]cheme)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArtifactSubtitle();

    [GeneratedRegex(@"\b(?:approach|method|technique|algorithm|framework|strategy),? (?:called|termed|named|dubbed) (?<name>[a-z][a-z\-]+(?: [a-z][a-z\-]+){1,2}|[a-z][a-z\-]+ [A-Z][a-z]+)(?=,| (?:is|which|that)\b| [a-z]+es\b| [a-z]+[^s]s\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TechniqueCalled();

    // "hereafter referred to as Alice", "In [3] the authors proposed a new scheme referred to as multiple-TA": "referred to
    // as" names this paper's new thing only after "our algorithm" or "a new descriptor", outside a sentence about
    // cited work, and when the name ends where the phrase does (not "referred to as Data Fusion for Markov …").
    private static bool ReferredToNamesNewThing(string text, int at, int nameEnd)
    {
        if (!(TechniqueBeforeNaming(text, at) || OurBefore(text, at) || NewBefore(text, at)))
        {
            return false;
        }

        var sentence = SentenceUpTo(text, at);
        if (sentence.Contains("et al", StringComparison.Ordinal) || sentence.Contains("authors", StringComparison.Ordinal) || sentence.Contains('['))
        {
            return false;
        }

        var after = text.AsSpan(nameEnd);
        return after.IsEmpty || after[0] is ',' or '.' or ';' or ':' || DefinitionFollows(text, nameEnd) || after.StartsWith(" is ", StringComparison.Ordinal) || after.StartsWith(" which", StringComparison.Ordinal)
            || after.StartsWith(" that", StringComparison.Ordinal) || after.StartsWith(" where", StringComparison.Ordinal) || after.StartsWith(" to ", StringComparison.Ordinal);
    }

    private static bool RecallsEarlierWork(string text, int at)
    {
        var sentence = SentenceUpTo(text, at);
        foreach (var marker in (ReadOnlySpan<string>)["Previously", "previous", "earlier", "Earlier", "recent work", "Recently", "prior work", "In 19", "In 20", "in 19", "in 20"])
        {
            if (sentence.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "we proposed …", "we have introduced …": the verb of the match, within its first words, is in the past.
    private static bool PastIntro(ReadOnlySpan<char> match)
    {
        foreach (var verb in (ReadOnlySpan<string>)[" proposed ", " introduced ", " presented ", " developed ", " designed "])
        {
            var at = match.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && at < 40)
            {
                // "we compare the proposed B-CSA protocol": a participle before a noun is no past-tense verb.
                var before = match[..at];
                return !(before.EndsWith(" the", StringComparison.Ordinal) || before.EndsWith(" our", StringComparison.Ordinal) || before.EndsWith(" this", StringComparison.Ordinal)
                    || before.EndsWith(" newly", StringComparison.Ordinal) || before.EndsWith(" a", StringComparison.Ordinal) || before.EndsWith(" an", StringComparison.Ordinal));
            }
        }

        return false;
    }

    // A "(SHORT)" within a few words, in the same sentence.
    private static bool DefinitionFollows(string text, int at)
    {
        var end = Math.Min(text.Length, at + 60);
        for (var i = at; i < end; i++)
        {
            if (text[i] is '.' or ';' or ',')
            {
                return false;
            }

            if (text[i] == '(' && i + 1 < text.Length && char.IsUpper(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NewBefore(string text, int at)
    {
        var from = Math.Max(0, at - 30);
        var span = text.AsSpan(from, at - from);
        return span.Contains(" new ", StringComparison.OrdinalIgnoreCase) || span.Contains(" novel ", StringComparison.OrdinalIgnoreCase) || span.StartsWith("new ", StringComparison.OrdinalIgnoreCase)
            || span.Contains(" enhanced ", StringComparison.Ordinal) || span.Contains(" improved ", StringComparison.Ordinal);
    }

    // The sentence around a position, from its start (with the ". " that ends the one before) up to the position.
    private static ReadOnlySpan<char> SentenceUpTo(string text, int at)
    {
        var start = Math.Max(0, text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal));
        return text.AsSpan(start, at - start);
    }

    // "Our approach called …": the noun phrase opens with "our".
    private static bool OurBefore(string text, int at)
    {
        var from = Math.Max(0, at - 30);
        return text.AsSpan(from, at - from).Contains("our ", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\bwhich we (?:call|term|dub|name) (?!the |a |an |it |this |them )(?<name>[a-z][a-z\-]+(?: [a-z][a-z\-]+){0,2})(?=,)", RegexOptions.CultureInvariant)]
    private static partial Regex WhichWeCall();

    [GeneratedRegex(@"\b[Oo]ur (?:approach|method|framework|algorithm|model) (?:combines|consists of|comprises|includes|introduces|integrates)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OurPartsVerb();

    [GeneratedRegex(@"^(?<name>[A-Za-z][\w\-]*(?: [\w\-]+){0,3}), (?:where|which|in which) ", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNamedThenDescribed();

    [GeneratedRegex(@"^(?:the|a|an) (?<name>[A-Z][a-z]+(?:-[A-Za-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z]+)?){0,2} (?:Loss|Filter|Extractor|Network|Layer|Attention|Module|Encoder|Decoder|Transformer|Optimizer|Regularizer|Sampler|Estimator|Tokenizer|Block|Unit|Head|Router|Gate|Model|Machine|Algorithm|Method|Framework|Classifier|Kernel)),? (?:which|that)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleCasedWhich();

    [GeneratedRegex(@"\b(?:two|three|four) (?:(?:core|key|main|novel|new) )?(?:designs|components|modules|techniques|innovations): (?<part>[A-Z][\w\-]*(?: [A-Z][\w\-]*){1,4})(?:(?:, |,? and )(?<part>[A-Z][\w\-]*(?: [A-Z][\w\-]*){1,4}))+(?=[.;])", RegexOptions.CultureInvariant)]
    private static partial Regex CountedParts();

    [GeneratedRegex(@"\b(?:[Ww]e (?:provide|propose|introduce|present|release|offer|develop)|[Ww]e also (?:provide|propose|introduce|present|release|offer|develop)) (?:two|three|four) (?:[a-z]+ )?(?:variants|versions|models|configurations): ", RegexOptions.CultureInvariant)]
    private static partial Regex CountedVariants();

    [GeneratedRegex(@"(?:^|, (?:and )?|;? and |; )(?<name>[A-Za-z][\w\-\.]*[\w])(?= for | with | \(|,|;|\.| and |$)", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemStart();

    [GeneratedRegex(@"\b(?:two|three|four) (?:(?:innovative|novel|new|key|main|core) )+(?:techniques|components|designs|modules|strategies): ", RegexOptions.CultureInvariant)]
    private static partial Regex CountedPartsOpener();

    [GeneratedRegex(@"\b[Tt]his study (?:introduces|proposes|presents)\s", RegexOptions.CultureInvariant)]
    private static partial Regex StudyIntro();

    [GeneratedRegex(@"\b(?:[Ww]e (?:\w+ )?(?:propose|introduce|present)\b|[Tt]his (?:paper|work) (?:proposes|introduces|presents)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PresentIntro();

    [GeneratedRegex(@"^(?:the |a |an )?(?<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?<base>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*))(?=,| which\b| that\b| \(| to\b| for\b| is\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TitledVariantName();

    [GeneratedRegex(@"\b(?:two|three|four|five|several|multiple)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountWord();

    [GeneratedRegex(@"\G\s*(?:,\s*)?(?:and\s+)?(?<name>[A-Za-z][\w\-]*)(?:\s*\([^()]{1,30}\))?", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^ (?:models?|family|series|checkpoints?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNoun();

    [GeneratedRegex(@"(?:^|(?<=[\s:;.,]))\(?(?<n>[1-9])\)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItem();

    // "weight selection, a method for …", "weight compander (WC), a novel effective method", "weight normalization: a
    // reparameterization of …", "sparse upcycling -- a simple way to …": one to four plain words (no
    // article, adjective of novelty or function word first), then an appositive headed by a technique noun.
    [GeneratedRegex(@"^(?!(?:a|an|the|this|these|our|its|their|two|three|several|new|novel|simple|first|more|some|further|both)\b)(?<name>[a-z][a-z\-]+(?: [a-z][a-z\-]+){0,3})(?: \([A-Za-z][A-Za-z0-9\-]*\)|, (?<short>[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*))?(?:[,:]| --| —| –) (?:a|an) (?:[\w\-]+ ){0,3}?(?:method|approach|technique|algorithm|framework|strategy|scheme|paradigm|procedure|mechanism|recipe|optimizer|regularizer|objective|reparameterization|module|architecture|extension|modification|formulation|way)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseNamed();

    [GeneratedRegex(@"^(?:a|an) (?:novel|new) (?<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,3})(?=,| which\b| that\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NovelTitleCased();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9\-\.\+ ]{0,40}?)\s*:\s", RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"^\s*(?:(?:two|three|four)\s+(?:(?!(?:of|on|to|such|like|including|available|existing|well-known|popular|these|those)\b)[^.;:\s]+\s+){0,8})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CountedIntroduction();

    [GeneratedRegex(@"^(?!.*\b(?:et al|games|problems)\b).*\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|develop(?:s|ed)?|describe[sd]?|new|novel)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducesBeforeNaming();

    // The coined names coordinated after the one at start: ", NAME" items and the last "and NAME", ending the phrase.
    private static IEnumerable<(string Name, int At)> Coordinated(string text, int start, int length)
    {
        if (CoordinatedIntroduced().Match(text, start + length) is { Success: true } more && more.Index == start + length)
        {
            foreach (Capture c in more.Groups["name"].Captures)
            {
                if (IsNameShaped(c.Value))
                {
                    yield return (c.Value, c.Index);
                }
            }
        }
    }

    /// <summary>"We present two optimal MDP algorithms", "We introduce two natural extensions of …": several techniques announced.</summary>
    [GeneratedRegex(@"\b(?:[Ww]e|[Tt]his (?:paper|work)) (?:propose|present|introduce|develop|describe|give)s? (?:two|three|four|several) (?:[\w-]+ ){0,3}?(?:algorithms|methods|approaches|models|techniques|schemes|variants|estimators|solvers|extensions|versions)\b", RegexOptions.CultureInvariant)]
    public static partial Regex AnnouncesSeveral();

    [GeneratedRegex(@"(?<=[.!?]\s+)The (?:first|second|third|fourth|last|other)(?: (?:one|algorithm|method|approach|model|technique|scheme|variant|extension|version|estimator|solver))?, (?<name>[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]),", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalNamed();

    // After a first introduced name (and its spelt-out form): ", NAME" items and the last "and NAME", ending the phrase.
    [GeneratedRegex(@"\G(?:\s*\([^()]{1,80}\))?(?:,\s*(?<name>[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9])(?:\s*\([^()]{1,80}\))?)*,?\s+and\s+(?<name>[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9])(?:\s*\([^()]{1,80}\))?(?=\s*[,.;:]|\s+(?:for|to|that|which|in|on|with|as|are|were)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedIntroduced();

    [GeneratedRegex(@"\b(?:proposed|our|new|novel)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnBefore();

    // A word, with the dimension it may open with ("2D-LDA"); never the letters after a digit ("D-LDA") or after a dimension ("to-3D" in "2D-to-3D").
    [GeneratedRegex(@"(?<![A-Za-z0-9]|[0-9][A-Z]-)(?:[1-4]D-?(?=[A-Z]))?[A-Za-z][A-Za-z0-9\-\.]*[A-Za-z0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

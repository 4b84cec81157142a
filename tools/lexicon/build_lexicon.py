#!/usr/bin/env python3
"""Curates PaperGraph's lexicon from the hand-written core (core.tsv) and the public name lists in
../shared/lexicon-sources (see their README for provenance and licences).

Writes src/PaperGraph/Lexicon/lexicon.tsv (name, type, aliases, flags, source) and copies stoplist.tsv.
Precision first: a source entry is kept only when its shape says it is a proper name of its type,
and names taken from sources match case-sensitively (flag "cs") unless they are lower-case terms.

Usage: python3 tools/lexicon/build_lexicon.py [SOURCES_DIR]
"""
import csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# The shared folder sits beside the main checkout; a worktree under wt/ is one level deeper.
SOURCES = sys.argv[1] if len(sys.argv) > 1 else next(
    (p for p in (os.path.join(REPO, '..', 'shared', 'lexicon-sources'), os.path.join(REPO, '..', '..', 'shared', 'lexicon-sources')) if os.path.isdir(p)),
    os.path.join(REPO, '..', 'shared', 'lexicon-sources'))
OUT = os.path.join(REPO, 'src', 'PaperGraph', 'Lexicon')

TYPES = {'MODEL': 'Model', 'METHOD': 'Method', 'DATASET': 'Dataset', 'METRIC': 'Metric', 'TASK': 'Task'}
SPLIT_WORDS = re.compile(r'\b(test|val|valid|validation|dev|train|training|split|subset|zero-shot|few-shot|\d+-shot|fold|leaderboard|full|mini|small|large|hard|easy|private|public)\b', re.I)
METRIC_WORDS = re.compile(r'(accuracy|\bF1\b|F-?score|BLEU|ROUGE|METEOR|CIDEr|\bmAP\b|\bAP\d*\b|IoU|PSNR|SSIM|FID|perplexity|\bEM\b|AUC|MRR|NDCG|Hits@|@\d|error rate|\bWER\b|\bCER\b|correlation|Dice)', re.I)
BAD_CHARS = re.compile(r'[()\[\]{}<>;:"\'?!,=*]|https?:|\s-\s')
STOP = set()


def norm(s):
    return ''.join(c.lower() for c in s if c.isalnum() or c in '+#@')


def has_name_shape(s):
    """A proper name: an acronym, CamelCase, letters with digits, or a hyphenated coinage with capitals."""
    letters = [c for c in s if c.isalpha()]
    uppers = sum(1 for c in letters if c.isupper())
    return uppers >= 2 or any(c.isdigit() for c in s) and uppers >= 1 or (uppers >= 1 and '-' in s)


def words(s):
    return len(s.split())


def load_tsv(name):
    path = os.path.join(SOURCES, name)
    if not os.path.exists(path):
        print(f'warning: {path} not found; skipped', file=sys.stderr)
        return []
    with open(path, encoding='utf-8') as f:
        rows = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    return [r + [''] * (4 - len(r)) for r in rows[1:] if r and r[0].strip()]


entries = {}   # norm -> [name, type, aliases(list), flags, source]
ALIASES = {}   # norm of an alias -> norm of its entry, so a source cannot re-type a core alias ("ASR")


def add(name, typ, aliases=(), flags='', source=''):
    name = name.strip()
    n = norm(name)
    if not n or name in STOP or n in STOP_NORM:
        return
    if n in ALIASES and ALIASES[n] != n:
        # Already known as another entry's alias: the earlier (more trusted) entry decides; a same-typed
        # entry lends it its other forms ("elastic weights consolidation" joins EWC).
        e = entries[ALIASES[n]]
        if e[1] == typ:
            for a in list(aliases) + [name]:
                if a != e[0] and a not in e[2] and norm(a) not in STOP_NORM:
                    e[2].append(a)
                    ALIASES.setdefault(norm(a), ALIASES[n])
        return
    if n in entries:
        e = entries[n]
        if e[1] == typ:
            for a in aliases:
                if a not in e[2] and a != e[0]:
                    e[2].append(a)
                    ALIASES.setdefault(norm(a), n)
        return
    clean = []
    for a in aliases:
        a = a.strip()
        an = norm(a)
        if not a or a == name or an in STOP_NORM or (an in entries and entries[an][1] != typ) or re.search(r'\b(dataset|data set|datasets)$', a, re.I):
            continue
        clean.append(a)
        ALIASES.setdefault(an, n)
    entries[n] = [name, typ, clean, flags, source]


# 1. Stoplist and hand-curated core (highest priority).
with open(os.path.join(HERE, 'stoplist.tsv'), encoding='utf-8') as f:
    STOP = {l.strip() for l in f if l.strip() and not l.startswith('#')}
STOP_NORM = {norm(s) for s in STOP}
CORE_LINES = {}  # norm of a core name -> line number, so a name written twice is an error, not a silently ignored row
with open(os.path.join(HERE, 'core.tsv'), encoding='utf-8') as f:
    for number, line in enumerate(f, 1):
        if not line.strip() or line.startswith('#'):
            continue
        p = (line.rstrip('\n').split('\t') + ['', '', '', ''])[:4]
        if norm(p[0]) in CORE_LINES:
            sys.exit(f'core.tsv:{number}: "{p[0]}" is already on line {CORE_LINES[norm(p[0])]}; '
                     'add its aliases there (only the first row\'s type and flags would count)')
        CORE_LINES[norm(p[0])] = number
        add(p[0], p[1], [a for a in p[2].split('|') if a], p[3], 'core')

# 2. Models: Hugging Face transformers families and HELM model names (deployment variants dropped).
for name, typ, aliases, src in load_tsv('hf_transformers_toctree.tsv'):
    if typ == 'MODEL' and not BAD_CHARS.search(name) and words(name) <= 3:
        add(name, 'Model', [], 'cs', 'hf-transformers')
for name, typ, aliases, src in load_tsv('helm.tsv'):
    if typ != 'MODEL' or ' on ' in name or 'Bedrock' in name or 'Azure' in name:
        continue
    base = re.sub(r'\s*\([^)]*\)\s*$', '', name).strip()
    if BAD_CHARS.search(base) or words(base) > 4 or not has_name_shape(base) and words(base) > 1:
        continue
    keep = [a for a in aliases.split('|') if a and '/' not in a and any(c.isupper() for c in a) and not BAD_CHARS.search(a)]
    add(base, 'Model', keep, 'cs', 'helm')

# 3. Methods: PEFT/TRL docs, the LLM-compression list, SciREX salient methods (name-shaped only).
for name, typ, aliases, src in load_tsv('hf_peft_trl_toctree.tsv'):
    if typ == 'METHOD' and not BAD_CHARS.search(name) and words(name) <= 3 and 'Trainer' not in name and 'Config' not in name:
        add(name, 'Method', [], 'cs', 'hf-peft-trl')
def starts_lower_phrase(name):
    # "compressing LLMs", "pruning for LLMs": a description, not a name.
    return ' ' in name and name.split()[0].islower()


for name, typ, aliases, src in load_tsv('awesome_llm_compression.tsv'):
    if typ == 'METHOD' and not starts_lower_phrase(name) and has_name_shape(name) and words(name) <= 2 and not BAD_CHARS.search(name) and len(name) >= 3:
        add(name, 'Method', [], 'cs', 'awesome-llm-compression')
for name, typ, aliases, src in load_tsv('scirex_salient.tsv'):
    if typ == 'METHOD' and not starts_lower_phrase(name) and has_name_shape(name) and words(name) <= 3 and not BAD_CHARS.search(name) and len(name) >= 3:
        add(name, 'Method', [], 'cs', 'scirex')

# 4. Datasets: evaluation-harness tasks, HELM, SciREX, IBM TDMS, NLP-progress, Papers with Code.
LANGUAGES = re.compile(r'^(?:English|German|French|Czech|Chinese|Japanese|Spanish|Russian|Romanian|Finnish|Turkish|Arabic|Hindi|Korean|Italian|Portuguese|Dutch|Vietnamese|Estonian|Latvian|Lithuanian|Kazakh|Gujarati|Polish|Swedish|Danish|Greek|Hebrew|Indonesian|Thai|Urdu|Persian|Bengali|Tamil|Ukrainian|[A-Z][a-z])(?:[-–](?:[A-Z][a-z]+))?$')


def dataset_ok(name):
    if BAD_CHARS.search(name) or SPLIT_WORDS.search(name) or words(name) > 4 or len(name) < 3:
        return False
    if not any(c.isupper() or c.isdigit() for c in name) or LANGUAGES.match(name):
        return False
    # A single word must look like a name (an acronym, CamelCase or digits): "General", "Places" are words.
    if words(name) == 1 and not has_name_shape(name):
        return False
    if re.search(r'\b(dataset|data set|datasets|corpus)$', name, re.I):
        return False
    return True

for file in ['lm_eval_harness.tsv', 'helm.tsv', 'scirex_salient.tsv', 'ibm_tdms.tsv', 'nlp_progress.tsv', 'pwc_snapshot.tsv']:
    for name, typ, aliases, src in load_tsv(file):
        if typ != 'DATASET' or not dataset_ok(name):
            continue
        keep = [a for a in aliases.split('|') if a and '/' not in a and '_' not in a and dataset_ok(a) and False]
        add(name, 'Dataset', keep, 'cs', file.split('.')[0].replace('_', '-'))

# 5. Metrics: only names that contain a metric word.
for file in ['scirex_salient.tsv', 'ibm_tdms.tsv', 'pwc_snapshot.tsv', 'helm.tsv']:
    for name, typ, aliases, src in load_tsv(file):
        if typ == 'METRIC' and METRIC_WORDS.search(name) and words(name) <= 3 and not BAD_CHARS.search(name) and not SPLIT_WORDS.search(name) and name.split()[0].lower() not in ('in', 'on', 'of', 'the', 'for', 'by', 'with', 'and'):
            add(name, 'Metric', [], 'cs' if name != name.lower() else '', file.split('.')[0].replace('_', '-'))

# 6. Tasks: multi-word research areas, lower-cased (a single word is too generic unless in the core).
for file in ['ibm_tdms.tsv', 'nlp_progress.tsv', 'helm.tsv', 'pwc_snapshot.tsv']:
    for name, typ, aliases, src in load_tsv(file):
        if typ != 'TASK':
            continue
        t = name.strip()
        if BAD_CHARS.search(t) or not (2 <= words(t) <= 4) or any(c.isdigit() for c in t) or SPLIT_WORDS.search(t):
            continue
        if sum(1 for c in t if c.isupper()) > 1 and not t.istitle():
            continue
        add(t.lower(), 'Task', [], '', file.split('.')[0].replace('_', '-'))

os.makedirs(OUT, exist_ok=True)
counts = {}
with open(os.path.join(OUT, 'lexicon.tsv'), 'w', encoding='utf-8') as f:
    f.write('# Generated by tools/lexicon/build_lexicon.py from tools/lexicon/core.tsv and ../shared/lexicon-sources. Do not edit by hand.\n')
    f.write('# name\ttype\taliases\tflags\tsource\n')
    for n, (name, typ, aliases, flags, source) in sorted(entries.items(), key=lambda kv: (kv[1][1], kv[1][0].lower())):
        counts[typ] = counts.get(typ, 0) + 1
        f.write(f"{name}\t{typ}\t{'|'.join(aliases)}\t{flags}\t{source}\n")
with open(os.path.join(OUT, 'stoplist.tsv'), 'w', encoding='utf-8') as f:
    f.write('# Generic phrases that are never entities (copied from tools/lexicon/stoplist.tsv).\n')
    for s in sorted(STOP):
        f.write(s + '\n')
print('lexicon:', sum(counts.values()), counts)

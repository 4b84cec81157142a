// Lints every cypher/*.cypher file with Neo4j's own Cypher parser and semantic analysis
// (@neo4j-cypher/language-support). Each file declares the parameters it expects in a header
// comment, `// params: $rows, $name` (or `// params: none`); using an undeclared parameter, declaring
// one that is not used, a syntax error or a semantic error fails the run with a non-zero exit code.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(process.argv[2] ?? join(here, '..', '..', 'cypher'));

// The graph model: a label or relationship type outside it is a typo, reported as an error.
const labels = ['Paper', 'Entity', 'Model', 'Method', 'Dataset', 'Metric', 'Task'];
const relationshipTypes = ['MENTIONS', 'PROPOSES', 'COMPARES_AGAINST', 'VARIANT_OF'];

// Procedures the statements call, declared so the linter checks their use.
const procedures = {
  'db.index.fulltext.queryNodes': {
    name: 'db.index.fulltext.queryNodes',
    signature: 'db.index.fulltext.queryNodes(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (node :: NODE, score :: FLOAT)',
    description: 'Query the given full-text index.',
    mode: 'READ',
    worksOnSystem: false,
    admin: false,
    isDeprecated: false,
    argumentDescription: [
      { name: 'indexName', type: 'STRING', isDeprecated: false, description: 'indexName :: STRING' },
      { name: 'queryString', type: 'STRING', isDeprecated: false, description: 'queryString :: STRING' },
      { name: 'options', type: 'MAP', isDeprecated: false, description: 'options = {} :: MAP', default: 'DefaultParameterValue{value={}, type=MAP}' },
    ],
    returnDescription: [
      { name: 'node', type: 'NODE', isDeprecated: false, description: 'node :: NODE' },
      { name: 'score', type: 'FLOAT', isDeprecated: false, description: 'score :: FLOAT' },
    ],
  },
};

const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
if (files.length === 0) {
  console.error(`cypher-lint: no .cypher files in ${dir}`);
  process.exit(1);
}

let failures = 0;
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const problems = [];
  const header = /^\/\/\s*params:\s*(.*)$/m.exec(text);
  let declared = [];
  if (!header) {
    problems.push('missing header comment "// params: $a, $b" (or "// params: none")');
  } else if (header[1].trim() !== 'none') {
    declared = header[1].split(',').map((p) => p.trim().replace(/^\$/, '')).filter((p) => p.length > 0);
  }

  const body = text.replace(/^\/\/.*$/gm, '');
  const used = new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
  for (const p of declared) {
    if (!used.has(p)) {
      problems.push(`declares $${p} but never uses it`);
    }
  }

  const schema = {
    labels,
    relationshipTypes,
    parameters: Object.fromEntries(declared.map((p) => [p, null])),
    procedures: { 'CYPHER 5': procedures, 'CYPHER 25': procedures },
  };
  const { diagnostics } = lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
  for (const d of diagnostics) {
    // Severity 1 is an error, 2 a warning: both fail, since a warning here is a typo or a deprecation.
    const kind = d.severity === 1 ? 'error' : 'warning';
    problems.push(`${d.range.start.line + 1}:${d.range.start.character + 1} ${kind}: ${d.message.split('\n')[0]}`);
  }

  if (problems.length > 0) {
    failures++;
    for (const p of problems) {
      console.error(`${file}: ${p}`);
    }
  }
}

console.log(`cypher-lint: ${files.length} files, ${failures} with problems`);
process.exit(failures === 0 ? 0 : 1);

#!/usr/bin/env bash
# Browser test of the HTML export: builds the page from the seed samples with the CLI, then drives Debian's
# chromium with playwright-core (never a downloaded browser). Usage: bash tests/browser/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: run 'apt-get install -y chromium' as root" >&2
    exit 1
  fi
fi

npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/PaperGraph.Cli" -c Release -v quiet -nologo -o "$work/cli" >/dev/null
"$work/cli/papergraph" ingest "$root/samples" --db "$work/seeds.db" >/dev/null 2>&1
# The CLI logs "exported N nodes …": the page must draw exactly that many.
"$work/cli/papergraph" export --format html --survey pruning --db "$work/seeds.db" -o "$work/pruning.html" 2>"$work/pruning.log"
"$work/cli/papergraph" export --format html --db "$work/seeds.db" -o "$work/all.html" 2>"$work/all.log"

status=0
for page in pruning all; do
  nodes="$(sed -n 's/.*exported \([0-9]*\) nodes.*/\1/p' "$work/$page.log")"
  PAPERGRAPH_PAGE="$work/$page.html" PAPERGRAPH_EXPECTED_NODES="$nodes" PAPERGRAPH_SEARCH=pruning node --test "$here/page.test.mjs" || status=1
done
exit $status

#!/usr/bin/env bash
# Benchmark: our CSL engine (citations csl-bench) against citeproc-js on the same machine, in one run.
# 5,000 synthetic items (the harness's gen-bib.js), chicago-notes-bibliography, bibliography and
# 5,000 first-position notes. Needs node and the npm package `citeproc` (see .ci/install-node-tools.sh).
#   bench/csl/run.sh            # N=5000 RUNS=3 by default
#   N=1000 RUNS=1 bench/csl/run.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS=${CSL_TOOLS_DIR:-$ROOT/../shared/tools/csl}
export PEERS_NODE_MODULES=${PEERS_NODE_MODULES:-$ROOT/.tools/node/node_modules}
WORK=${WORK:-$ROOT/artifacts/csl-bench}
N=${N:-5000}
RUNS=${RUNS:-3}
STYLE=${STYLE:-$ROOT/styles/chicago-notes-bibliography.csl}
mkdir -p "$WORK"
dotnet build -c Release "$ROOT/src/Citations.Cli" -o "$WORK/cli" -v quiet -nologo >/dev/null
node "$TOOLS/gen-bib.js" --count "$N" --out "$WORK/items-$N.json" >/dev/null
node "$TOOLS/bench/run-bench.js" --processors citeproc-js --items "$WORK/items-$N.json" --style "$STYLE" \
  --locales-dir "$ROOT/styles/locales" --runs "$RUNS" --work-dir "$WORK" \
  --bench-cmd "dotnet $WORK/cli/citations.dll csl-bench" --bench-name citations-csl --json "$WORK/result.json"
node -e '
const r = require(process.argv[1]).results;
const get = (p, t) => r.find(x => x.processor === p && x.task === t);
for (const t of ["bibliography", "citations"]) {
  const a = get("citeproc-js", t), b = get("citations-csl", t);
  if (a && b) console.log(`${t}: citeproc-js ${(a.workMs/1000).toFixed(2)} s, ours ${(b.workMs/1000).toFixed(2)} s, ratio ${(a.workMs/b.workMs).toFixed(1)}x`);
}' "$WORK/result.json"

#!/usr/bin/env bash
# npm packages the tests feed our output to (format clients, the CSL oracle and benchmark),
# installed into .tools/node (git-ignored). Idempotent: does nothing when .tools/node already
# holds these exact versions. Versions are pinned; @citation-js 0.7.x is the last line that runs on Node 20.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/node"
mkdir -p "$tools"
cat > "$tools/package.json" <<'JSON'
{
  "name": "citations-test-tools",
  "private": true,
  "description": "Clients and oracles the Citations tests feed output to",
  "dependencies": {
    "@retorquere/bibtex-parser": "9.0.29",
    "ajv": "8.20.0",
    "ajv-formats": "3.0.1",
    "@citation-js/core": "0.7.21",
    "@citation-js/plugin-ris": "0.7.9",
    "citeproc": "2.4.63"
  }
}
JSON
if (cd "$tools" && npm ls --depth=0 >/dev/null 2>&1); then
  echo "install-node-tools: $tools is up to date"
  exit 0
fi
(cd "$tools" && npm install --no-audit --no-fund --loglevel=error)
echo "install-node-tools: installed into $tools"

#!/usr/bin/env bash
# npm packages the format tests feed output to, installed into .tools/node (git-ignored).
# Idempotent: npm install does nothing when .tools/node already holds these exact versions.
# Versions are pinned; @citation-js 0.7.x is the last line that runs on Node 20.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/node"
mkdir -p "$tools"
cat > "$tools/package.json" <<'JSON'
{
  "name": "citations-format-tools",
  "private": true,
  "description": "Clients the Citations.Formats tests feed output to",
  "dependencies": {
    "@retorquere/bibtex-parser": "9.0.29",
    "ajv": "8.20.0",
    "ajv-formats": "3.0.1",
    "@citation-js/core": "0.7.21",
    "@citation-js/plugin-ris": "0.7.9"
  }
}
JSON
if (cd "$tools" && npm ls --depth=0 >/dev/null 2>&1); then
  echo "install-node-tools: $tools is up to date"
  exit 0
fi
(cd "$tools" && npm install --no-audit --no-fund --loglevel=error)
echo "install-node-tools: installed into $tools"

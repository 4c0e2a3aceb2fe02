#!/usr/bin/env bash
# Installs the npm packages the CSL oracle test and benchmark need into .tools/node (git-ignored).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$ROOT/.tools/node"
cd "$ROOT/.tools/node"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund citeproc@2.4.63 >/dev/null
echo "citeproc installed in $ROOT/.tools/node/node_modules"

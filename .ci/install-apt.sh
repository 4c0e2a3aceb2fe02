#!/usr/bin/env bash
# Debian packages the tests use as real clients.
# Idempotent: apt-get install is a no-op for packages already installed.
set -euo pipefail
# biber validates the BibLaTeX writer's output; Node.js runs the npm clients (bibtex-parser, ajv, citeproc-js).
missing=()
command -v biber >/dev/null 2>&1 || missing+=(biber)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-apt: biber and node already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"

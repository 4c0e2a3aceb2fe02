#!/usr/bin/env bash
# Debian packages the tests feed output to: biber validates the BibLaTeX writer's output.
# Idempotent: apt-get install is a no-op for packages already installed.
set -euo pipefail
if command -v biber >/dev/null 2>&1; then
  echo "install-apt: biber already installed ($(biber --version 2>/dev/null | head -n1))"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends biber

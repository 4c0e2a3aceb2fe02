#!/usr/bin/env bash
# Debian packages for the HTTP API: bibutils (ris2xml, the RIS reader its tests feed the API's RIS to) and wrk
# (bench/api/run.sh, the load benchmark). Idempotent: apt runs only when one is missing.
set -euo pipefail
missing=()
command -v ris2xml >/dev/null 2>&1 || missing+=(bibutils)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-api-tools: bibutils and wrk already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"

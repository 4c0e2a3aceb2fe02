#!/usr/bin/env bash
# Load benchmark of the HTTP API with wrk against loopback: `citations serve` (Release) on a temporary SQLite
# library seeded with the five seed documents, then
#   POST /v1/notes:parse with one typical note   (target: >= 2,000 requests/s, p99 <= 50 ms, no errors)
#   GET  /v1/references/{id}                      (target: >= 10,000 requests/s, no errors)
# Prints requests/s, p99 and errors of each, and a last line of JSON with the same figures.
#   bench/api/run.sh                       # 20 s per workload
#   DURATION=10s CONNECTIONS=32 bench/api/run.sh
# Needs wrk (.ci/install-api-tools.sh). The server and wrk share this machine's cores, as they would on one host.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/api"
WORK=${WORK:-$ROOT/artifacts/api-bench}
PORT=${PORT:-5099}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
URL="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is not installed: run .ci/install-api-tools.sh" >&2; exit 2; }
mkdir -p "$WORK"
dotnet build -c Release "$ROOT/src/Citations.Cli" -o "$WORK/cli" -v quiet -nologo >/dev/null
CLI=(dotnet "$WORK/cli/citations.dll")

DATA=$(mktemp -d "${TMPDIR:-/tmp}/citations-api-bench.XXXXXX")
KEY_OUTPUT=$("${CLI[@]}" serve new-key bench)
export CITATIONS_BENCH_KEY=$(echo "$KEY_OUTPUT" | head -n 1 | awk '{print $NF}')
HASH=$(echo "$KEY_OUTPUT" | grep -o 'sha256:[^" ]*' | head -n 1)

# The bench key gets a rate high enough not to be what is measured.
Api__Keys__0__Id=bench Api__Keys__0__Hash="$HASH" Api__Keys__0__RequestsPerSecond=1000000 Api__Keys__0__Burst=1000000 \
  "${CLI[@]}" serve --data "$DATA" --urls "$URL" >"$WORK/serve.log" 2>&1 &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

for _ in $(seq 1 100); do curl -sf "$URL/health" >/dev/null && break; sleep 0.2; done
curl -sf "$URL/health" >/dev/null || { echo "the server did not start; see $WORK/serve.log" >&2; exit 1; }

for seed in "$ROOT"/seeds/*.txt; do
  curl -sf -o /dev/null -X POST "$URL/v1/documents?name=$(basename "$seed")" -H "Authorization: Bearer $CITATIONS_BENCH_KEY" \
    -H "Content-Type: text/plain" --data-binary "@$seed"
done
REFERENCE=$(curl -sf "$URL/v1/references?type=book&limit=1" | sed -E 's/^\{"items":\[\{"id":([0-9]+).*/\1/')
echo "server pid $SERVER on $URL; library seeded; reference $REFERENCE; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"

# wrk's summary: Requests/sec, the 99% latency line of --latency, socket errors and non-2xx responses.
measure() {
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" >/dev/null   # warm-up: JIT, pools, caches
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$WORK/$name.txt"
  local rps p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")
  errors=$(awk '/Socket errors:/ {gsub(",", ""); s += $4 + $6 + $8 + $10} /Non-2xx or 3xx responses:/ {s += $5} END {print s + 0}' "$WORK/$name.txt")
  printf '%-22s %10s requests/s   p99 %8s   errors %s\n' "$name" "$rps" "$p99" "$errors"
  eval "${name//-/_}_rps=$rps ${name//-/_}_p99=$p99 ${name//-/_}_errors=$errors"
}

measure notes-parse -s "$HERE/post-note.lua" "$URL/v1/notes:parse"
measure get-reference -s "$HERE/get-reference.lua" "$URL/v1/references/$REFERENCE"

ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else if (v ~ /s$/) print v * 1000; else print v }'; }
printf '{"notes_parse_rps": %s, "notes_parse_p99_ms": %s, "notes_parse_errors": %s, "get_reference_rps": %s, "get_reference_p99_ms": %s, "get_reference_errors": %s, "connections": %s, "threads": %s, "duration": "%s"}\n' \
  "$notes_parse_rps" "$(ms "$notes_parse_p99")" "$notes_parse_errors" "$get_reference_rps" "$(ms "$get_reference_p99")" "$get_reference_errors" "$CONNECTIONS" "$THREADS" "$DURATION"

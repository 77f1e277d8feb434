#!/usr/bin/env bash
# The main job on a fresh machine: servers up, schema migrated, the worker started, the project's sample articles
# published, and their events and figures printed back from PostgreSQL.
#
#   deploy/scripts/demo.sh [--keep-running]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
KEEP=0
[ "${1:-}" = "--keep-running" ] && KEEP=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
URL="${INGEST_WORKER_URL:-http://127.0.0.1:8080}"

bash deploy/scripts/servers.sh start
eval "$(bash deploy/scripts/servers.sh env)"

echo "== build"
dotnet build Ingest.sln -c Release -v quiet -nologo | tail -n 3
ingest() { dotnet "$ROOT/src/Ingest.Cli/bin/Release/net10.0/ingest.dll" "$@"; }

echo "== migrate"
ingest db migrate

echo "== worker"
mkdir -p .data
Urls="$URL" dotnet src/Ingest.Worker/bin/Release/net10.0/Ingest.Worker.dll > .data/worker.log 2>&1 &
WORKER=$!
if [ "$KEEP" = "0" ]; then trap 'kill $WORKER 2>/dev/null || true' EXIT; fi
for _ in $(seq 120); do
  curl -sf "$URL/health/ready" >/dev/null && break
  kill -0 $WORKER 2>/dev/null || { echo "the worker exited; see .data/worker.log"; tail -n 20 .data/worker.log; exit 1; }
  sleep 0.5
done
echo "worker ready at $URL (log: .data/worker.log, metrics: $URL/metrics)"

echo "== publish"
ingest publish deploy/samples/

echo "== events and figures, from PostgreSQL"
ingest report --wait 60
ingest status
if [ "$KEEP" = "1" ]; then echo "worker still running (pid $WORKER); stop it with: kill $WORKER"; fi

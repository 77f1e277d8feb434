#!/usr/bin/env bash
# The test command: builds the solution, starts PostgreSQL and RabbitMQ on loopback (deploy/scripts/servers.sh) and
# runs every test project against them: unit, consumer, integration and fault tests. Where a Docker endpoint is
# reachable and INGEST_USE_TESTCONTAINERS=1, the integration tests start their own servers with Testcontainers.
#
#   deploy/scripts/test.sh [--keep-servers] [extra dotnet test arguments]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
KEEP=0
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --keep-servers) KEEP=1 ;;
    *) ARGS+=("$arg") ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== build"
dotnet build Ingest.sln -c Release -warnaserror

if [ "${INGEST_USE_TESTCONTAINERS:-0}" != "1" ]; then
  echo "== servers"
  INGEST_NO_DOCKER=1 bash deploy/scripts/servers.sh start
  if [ "$KEEP" = "0" ]; then
    trap 'INGEST_NO_DOCKER=1 bash deploy/scripts/servers.sh stop || true' EXIT
  fi
  eval "$(bash deploy/scripts/servers.sh env)"
fi

echo "== tests"
status=0
for project in tests/Ingest.TextAnalysis.Tests tests/Ingest.Pipeline.Tests tests/Ingest.IntegrationTests; do
  dotnet test "$project" -c Release --no-build --logger "console;verbosity=normal" "${ARGS[@]}" || status=$?
done
exit $status

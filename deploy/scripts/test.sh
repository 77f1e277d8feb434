#!/usr/bin/env bash
# The test command (what CI runs: .ci/run calls exactly this). On a fresh machine with the .NET SDK it:
#   1. builds the whole solution in Release, warnings as errors;
#   2. starts PostgreSQL and RabbitMQ on loopback with deploy/scripts/servers.sh (installing what is missing), or
#      with docker compose where a Docker engine is reachable;
#   3. runs every test project (unit, consumer, integration, fault and load tests) against them, one after another;
#   4. prints a summary, the servers' logs if a test project failed, and stops the servers.
# It exits non-zero if the build or any test fails.
#
#   deploy/scripts/test.sh [--keep-servers] [-- extra dotnet test arguments, e.g. --filter FullyQualifiedName~BadInput]
#
# INGEST_USE_TESTCONTAINERS=1 skips step 2: the integration tests then start their own containers (Testcontainers).
# Test results (trx) go to TestResults/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
KEEP=0
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --keep-servers) KEEP=1 ;;
    --) shift; ARGS+=("$@"); break ;;
    *) ARGS+=("$1") ;;
  esac
  shift
done

# A test that hangs is killed after this long (per test; the 10,000-article load test allows itself 17 minutes).
HANG_TIMEOUT="${INGEST_TEST_HANG_TIMEOUT:-25m}"
# And a whole test project after this long, so a run always ends well inside CI's 90 minutes.
PROJECT_TIMEOUT="${INGEST_TEST_PROJECT_TIMEOUT:-60m}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en
SERVERS="$ROOT/deploy/scripts/servers.sh"
RESULTS="$ROOT/TestResults"
started=$SECONDS

step() { printf '\n== %s (%ds)\n' "$*" "$((SECONDS - started))"; }
SERVERS_UP=0
stop_servers() {
  if [ "$SERVERS_UP" = "1" ]; then step "stopping the servers"; bash "$SERVERS" stop || true; SERVERS_UP=0; fi
}

command -v dotnet >/dev/null 2>&1 || { echo "test.sh: the .NET SDK (dotnet) is not on PATH; install the .NET 10 SDK first" >&2; exit 1; }

step "build (Release, warnings as errors)"
dotnet build Ingest.sln -c Release -warnaserror -nologo -v minimal -clp:ErrorsOnly

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# pick_port VAR DEFAULT [OFFSET]: an explicit VAR stays; otherwise the default, or the next port up when another
# process (say, a colleague's servers on a shared machine) holds it (and, with OFFSET, port+OFFSET too).
pick_port() {
  local var="$1" port="$2" offset="${3:-}"
  if [ -n "${!var:-}" ]; then return; fi
  while port_open "$port" || { [ -n "$offset" ] && port_open "$((port + offset))"; }; do port=$((port + 1)); done
  if [ "$port" != "$2" ]; then echo "port $2 is taken: using $port ($var)"; fi
  export "$var=$port"
}
# Servers of this checkout already running (e.g. after --keep-servers) keep their ports.
ours_running() {
  [ -f "$ROOT/.data/postgres/data/postmaster.pid" ] \
    || { [ -s "$ROOT/.data/rabbitmq/rabbitmq.pid" ] && kill -0 "$(cat "$ROOT/.data/rabbitmq/rabbitmq.pid")" 2>/dev/null; }
}

if [ "${INGEST_USE_TESTCONTAINERS:-0}" != "1" ]; then
  step "servers"
  if [ -z "${INGEST_DATA_DIR:-}" ] && ! ours_running; then
    pick_port INGEST_PG_PORT 5432
    pick_port INGEST_AMQP_PORT 5672 20000   # RabbitMQ's distribution port is AMQP + 20000
    pick_port INGEST_RABBIT_MGMT_PORT 15672
  fi
  if [ "$KEEP" = "0" ]; then trap stop_servers EXIT; fi
  SERVERS_UP=1
  bash "$SERVERS" start
  eval "$(bash "$SERVERS" env)"
fi

# Every project under tests/ that is a test project (the benchmarks are not); the fast unit tests first, the
# integration tests (real servers, fault and load tests) last.
mapfile -t PROJECTS < <(grep -l '<IsTestProject>true</IsTestProject>' tests/*/*.csproj | sort | awk '/Integration/ { last[n++] = $0; next } { print } END { for (i = 0; i < n; i++) print last[i] }')
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
status=0
failed=()
for project in "${PROJECTS[@]}"; do
  name=$(basename "$project" .csproj)
  step "tests: $name"
  if timeout -k 30s "$PROJECT_TIMEOUT" dotnet test "$project" -c Release --no-build --results-directory "$RESULTS" \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
      --blame-hang --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none \
      ${ARGS[@]+"${ARGS[@]}"} 2>&1 | tee "$RESULTS/$name.log"; then
    :
  else
    status=1
    failed+=("$name")
  fi
done

step "summary"
# From the trx files: the console summary's wording changes with the SDK and the verbosity.
passed=0; failed_count=0; skipped=0
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*'; }
for project in "${PROJECTS[@]}"; do
  name=$(basename "$project" .csproj)
  trx="$RESULTS/$name.trx"
  if [ ! -f "$trx" ] || ! grep -q '<Counters ' "$trx"; then
    printf '%-28s no result (log: %s)\n' "$name" "$RESULTS/$name.log"
    continue
  fi
  total=$(counter "$trx" total); p=$(counter "$trx" passed); f=$(( $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted) ))
  printf '%-28s %4d passed, %d failed, %d skipped\n' "$name" "$p" "$f" "$((total - p - f))"
  grep -o '<UnitTestResult [^>]*outcome="Failed"' "$trx" | sed 's/.* testName="\([^"]*\)".*/    failed: \1/' || true
  passed=$((passed + p)); failed_count=$((failed_count + f)); skipped=$((skipped + total - p - f))
done
if [ "$status" != "0" ]; then
  echo "FAILED: ${failed[*]}"
  if [ "${INGEST_USE_TESTCONTAINERS:-0}" != "1" ]; then bash "$SERVERS" status || true; bash "$SERVERS" logs || true; fi
fi
if [ "$KEEP" = "0" ]; then stop_servers; else echo "servers left running: bash deploy/scripts/servers.sh stop"; fi
printf '\n== done in %ds\n' "$((SECONDS - started))"
# The closing line, in the plain form CI tools read.
echo "tests: $passed passed, $failed_count failed, $skipped skipped"
exit $status

#!/usr/bin/env bash
# The main job on a fresh machine with the .NET SDK: PostgreSQL and RabbitMQ up on loopback (deploy/scripts/servers.sh,
# which installs what is missing), the solution built, the schema migrated (`ingest db migrate`), the worker started
# in the background (log: .data/worker.log), the project's sample articles published (`ingest publish
# deploy/samples/`), and their events and figures read back from PostgreSQL. The worker is stopped at the end; the
# servers stay up (stop them with `bash deploy/scripts/servers.sh stop`).
#
#   deploy/scripts/demo.sh [--keep-worker]
#
# INGEST_WORKER_URL (http://127.0.0.1:8080): where the worker serves /health and /metrics.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
KEEP=0
[ "${1:-}" = "--keep-worker" ] && KEEP=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en
URL="${INGEST_WORKER_URL:-http://127.0.0.1:8080}"
SERVERS="$ROOT/deploy/scripts/servers.sh"
SAMPLES="$ROOT/deploy/samples"
LOG="$ROOT/.data/worker.log"

step() { printf '\n== %s\n' "$*"; }
die() { printf 'demo.sh: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH; install the .NET 10 SDK first"

step "servers"
bash "$SERVERS" start
eval "$(bash "$SERVERS" env)"
PSQL=$(command -v psql) || die "psql is missing"
sql() { PGPASSWORD="$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$ConnectionStrings__Ingest")" \
  "$PSQL" -X -h 127.0.0.1 -p "$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$ConnectionStrings__Ingest")" -U ingest -d ingest -v ON_ERROR_STOP=1 "$@"; }

step "build"
dotnet build src/Ingest.Worker -c Release -nologo -v minimal -clp:ErrorsOnly
dotnet build src/Ingest.Cli -c Release -nologo -v minimal -clp:ErrorsOnly
ingest() { dotnet "$ROOT/src/Ingest.Cli/bin/Release/net10.0/ingest.dll" "$@"; }

step "ingest db migrate"
ingest db migrate

step "worker"
mkdir -p "$(dirname "$LOG")"
if curl -sf --max-time 2 "$URL/health/live" >/dev/null 2>&1; then die "something already answers on $URL (another worker?); stop it or set INGEST_WORKER_URL"; fi
# Development: the readable log template. The schema is migrated already; MigrateOnStart would be a no-op.
ASPNETCORE_ENVIRONMENT=Development Urls="$URL" Ingest__MigrateOnStart=false \
  dotnet "$ROOT/src/Ingest.Worker/bin/Release/net10.0/Ingest.Worker.dll" >"$LOG" 2>&1 &
WORKER=$!
if [ "$KEEP" = "0" ]; then
  trap 'if kill -0 $WORKER 2>/dev/null; then echo; echo "== stopping the worker (pid $WORKER)"; kill -TERM $WORKER; wait $WORKER 2>/dev/null || true; fi' EXIT
fi
deadline=$((SECONDS + 120))
until curl -sf --max-time 2 "$URL/health/ready" >/dev/null 2>&1; do
  if ! kill -0 $WORKER 2>/dev/null; then tail -n 40 "$LOG" >&2; die "the worker exited during start-up (log: $LOG)"; fi
  if [ "$SECONDS" -ge "$deadline" ]; then tail -n 40 "$LOG" >&2; die "the worker was not ready within 120 s (log: $LOG)"; fi
  sleep 0.5
done
echo "worker ready (pid $WORKER): $URL/health/ready, $URL/metrics, log $LOG"

step "ingest publish deploy/samples/"
started=$(sql -tA -c "SELECT now()")
ingest publish "$SAMPLES/"

# Every sample is one article whose id is its file name: wait until each has passed the store stage in this run
# (stored, or stored before and confirmed unchanged, or rejected), by the pipeline's queues running dry.
mapfile -t IDS < <(find "$SAMPLES" -maxdepth 1 -name '*.txt' -printf '%f\n' | sed 's/\.txt$//' | sort)
ids_sql=$(printf "'%s'," "${IDS[@]}"); ids_sql="(${ids_sql%,})"
queued() {
  curl -sf --max-time 5 -u "$RabbitMq__Username:$RabbitMq__Password" \
    "http://127.0.0.1:$RabbitMq__ManagementPort/api/queues/%2F?columns=name,messages" \
    | grep -o '"messages":[0-9]*' | cut -d: -f2 | awk '{ s += $1 } END { print s + 0 }'
}
deadline=$((SECONDS + 120))
while :; do
  known=$(sql -tA -c "SELECT count(DISTINCT x) FROM (SELECT external_id AS x FROM articles WHERE external_id IN $ids_sql
                      UNION ALL SELECT article_id FROM rejected_articles WHERE article_id IN $ids_sql) k")
  # The management API's counts lag by a few seconds: trust an empty pipeline only a while after publishing.
  sql -tA -c "SELECT now() - '$started'::timestamptz > interval '6 seconds'" | grep -q t && [ "$known" -ge "${#IDS[@]}" ] \
    && [ "$(queued)" = "0" ] && break
  if [ "$SECONDS" -ge "$deadline" ]; then tail -n 40 "$LOG" >&2; ingest status || true; die "the samples were not all stored within 120 s"; fi
  sleep 1
done

step "events, from PostgreSQL"
sql -P pager=off -c "
SELECT a.external_id AS article, e.type, e.mode, e.event_date, e.negated, e.future,
       (SELECT string_agg(en.canonical_name || ' (' || ea.role || ')', ', ' ORDER BY ea.ordinal)
          FROM event_actors ea JOIN entities en ON en.id = ea.entity_id WHERE ea.event_id = e.id) AS actors,
       loc.canonical_name AS location,
       left(e.evidence_text, 80) AS evidence
FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN entities loc ON loc.id = e.location_entity_id
WHERE a.external_id IN $ids_sql
ORDER BY a.external_id, e.span_start;"

step "figures, from PostgreSQL"
sql -P pager=off -c "
SELECT a.external_id AS article, f.kind, f.value, f.value_max, f.unit, f.qualifier, f.change, f.subject,
       f.period_start, f.period_end, f.text
FROM figures f JOIN articles a ON a.id = f.article_id
WHERE a.external_id IN $ids_sql
ORDER BY a.external_id, f.span_start;"

step "rejected, from PostgreSQL"
sql -P pager=off -c "SELECT article_id, reason, message FROM rejected_articles WHERE article_id IN $ids_sql ORDER BY rejected_at;"

step "ingest report (the same, through the CLI)"
ingest report --limit "${#IDS[@]}"

step "ingest status"
ingest status

echo
if [ "$KEEP" = "1" ]; then
  echo "The worker keeps running (pid $WORKER, log $LOG): stop it with kill $WORKER."
fi
echo "PostgreSQL and RabbitMQ keep running: bash deploy/scripts/servers.sh stop stops them."

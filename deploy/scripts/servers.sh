#!/usr/bin/env bash
# Runs PostgreSQL 15 and RabbitMQ (with the management plugin) for Ingest on loopback, without Docker: data, logs and
# config live in .data/ of the checkout (git-ignored), so nothing outside the project is touched but the packages
# installed when missing. Where a Docker engine is reachable (`docker info` succeeds) and INGEST_NO_DOCKER is not 1,
# it runs the postgres and rabbitmq services of docker-compose.yml instead.
#
#   servers.sh start | stop | status | env | logs
#   servers.sh start-postgres | stop-postgres | start-rabbitmq | stop-rabbitmq     (the fault tests use these)
#
# Every command is idempotent: start when running, or stop when stopped, does nothing.
#
# Settings (environment):
#   INGEST_PG_PORT (5432), INGEST_AMQP_PORT (5672), INGEST_RABBIT_MGMT_PORT (15672)   ports, all bound to 127.0.0.1
#   INGEST_PG_PASSWORD ("ingest")        password of the PostgreSQL role "ingest" (owner of database "ingest")
#   INGEST_RABBITMQ_PASSWORD ("ingest")  password of the RabbitMQ user "ingest"
#   INGEST_DATA_DIR (<checkout>/.data)   where data, logs and config go
#   INGEST_NO_DOCKER=1                   never use Docker
# The default passwords are for a developer machine or CI only: the servers listen on loopback and nothing else.
#
# PostgreSQL: role "ingest" with CREATEDB (the integration tests create a database per test), database "ingest".
#   The superuser "postgres" has no password and is reachable only over the Unix socket in .data/postgres by the
#   user who owns the data folder; TCP connections need a password (scram-sha-256).
# RabbitMQ: user "ingest" tagged administrator with full rights on "/" (the tests create a virtual host per test
#   through the management API and grant themselves rights on it). guest/guest stays, loopback-only as RabbitMQ
#   makes it, so the worker's built-in defaults work too.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${INGEST_DATA_DIR:-$ROOT/.data}"
PG_PORT="${INGEST_PG_PORT:-5432}"
AMQP_PORT="${INGEST_AMQP_PORT:-5672}"
MGMT_PORT="${INGEST_RABBIT_MGMT_PORT:-15672}"
PG_PASSWORD="${INGEST_PG_PASSWORD:-ingest}"
RMQ_USER=ingest
RMQ_PASSWORD="${INGEST_RABBITMQ_PASSWORD:-ingest}"
PG_DIR="$DATA/postgres"
RMQ_DIR="$DATA/rabbitmq"
# One node name per AMQP port, so two checkouts on different ports do not collide.
NODE="ingest$([ "$AMQP_PORT" = 5672 ] || echo "-$AMQP_PORT")@localhost"
PG_START_TIMEOUT="${INGEST_PG_START_TIMEOUT:-120}"
RMQ_START_TIMEOUT="${INGEST_RABBITMQ_START_TIMEOUT:-180}"

log() { printf '[servers] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

is_root() { [ "$(id -u)" = "0" ]; }

use_docker() {
  [ "${INGEST_NO_DOCKER:-0}" != "1" ] && command -v docker >/dev/null 2>&1 && timeout 20 docker info >/dev/null 2>&1
}

compose() { docker compose -f "$ROOT/docker-compose.yml" "$@"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for WHAT SECONDS COMMAND...: polls COMMAND against a wall-clock deadline (the machine may be busy, so the
# number of attempts says nothing about the time spent).
wait_for() {
  local what="$1" seconds="$2"; shift 2
  local deadline=$((SECONDS + seconds))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if "$@"; then return 0; fi
    sleep 0.5
  done
  log "$what: not done within ${seconds}s"
  return 1
}

apt_install() {
  is_root || die "$* is missing; install it first (as root: apt-get update && apt-get install -y $*)"
  command -v apt-get >/dev/null 2>&1 || die "$* is missing and there is no apt-get to install it with"
  log "installing $* (apt-get)"
  # Keep the package from starting its own service on the default ports (0.0.0.0): ours runs from .data/.
  local policy=/usr/sbin/policy-rc.d created=0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; created=1; fi
  # A fresh machine has no package lists yet.
  local ok=1
  if ! apt-get update -qq >"$DATA/apt.log" 2>&1 \
    || ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >>"$DATA/apt.log" 2>&1; then
    ok=0
  fi
  if [ "$created" = 1 ]; then rm -f "$policy"; fi
  if [ "$ok" = 0 ]; then tail -n 30 "$DATA/apt.log" >&2; die "apt-get install $* failed (log: $DATA/apt.log)"; fi
}

ensure_traversable() {
  # The postgres and rabbitmq users must reach their folders inside the checkout.
  local dir="$1"
  while [ "$dir" != "/" ]; do
    if [ -d "$dir" ] && ! [ $(( $(stat -c '%a' "$dir" | sed 's/^.*\(.\)$/\1/') & 1 )) = 1 ]; then chmod o+x "$dir"; fi
    dir=$(dirname "$dir")
  done
}

# ---------------------------------------------------------------------------------------------------- PostgreSQL

pg_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v pg_ctl)")"; return; fi
  local found; found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ]; then apt_install postgresql; found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); fi
  echo "$found"
}

psql_bin() {
  local bin; bin=$(pg_bin)
  if [ -x "$bin/psql" ]; then echo "$bin/psql"; return; fi
  command -v psql >/dev/null 2>&1 || apt_install postgresql-client
  command -v psql
}

# The OS user that owns the cluster: postgres refuses to run as root.
pg_user() { if is_root; then echo postgres; else id -un; fi; }

as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The superuser over the Unix socket (peer-free: the socket is reachable by the cluster's owner only).
pg_super() { as_pg "$(psql_bin)" -X -q -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

pg_running() { [ -f "$PG_DIR/data/PG_VERSION" ] && as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; }

pg_answers() { pg_super -tA -c "SELECT 1" >/dev/null 2>&1; }

pg_logs() {
  log "---- last lines of $PG_DIR/postgres.log"
  tail -n 40 "$PG_DIR/postgres.log" >&2 2>/dev/null || true
}

start_postgres() {
  if use_docker; then compose up -d --wait postgres; return; fi
  local bin; bin=$(pg_bin)
  if is_root && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  mkdir -p "$PG_DIR"; ensure_traversable "$PG_DIR"
  if is_root; then chown postgres: "$PG_DIR"; fi
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    log "initializing PostgreSQL in $PG_DIR/data"
    as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
      >"$PG_DIR/initdb.log" 2>&1 || { tail -n 20 "$PG_DIR/initdb.log" >&2; die "initdb failed (log: $PG_DIR/initdb.log)"; }
  fi
  # Local socket: trust, but the socket is 0700 in a folder of the owner. TCP: passwords, loopback only.
  as_pg tee "$PG_DIR/data/pg_hba.conf" >/dev/null <<HBA
# Written by deploy/scripts/servers.sh on every start.
local   all   all                    trust
host    all   all   127.0.0.1/32     scram-sha-256
host    all   all   ::1/128          scram-sha-256
HBA
  if pg_running; then
    log "PostgreSQL already running"
    as_pg "$bin/pg_ctl" -D "$PG_DIR/data" reload >/dev/null
  else
    if port_open "$PG_PORT"; then die "port $PG_PORT is taken by another process (another PostgreSQL?); stop it or set INGEST_PG_PORT"; fi
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    # max_connections: the integration tests run pools against many per-test databases.
    if ! as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t "$PG_START_TIMEOUT" \
      -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 -c max_connections=300" start >/dev/null; then
      pg_logs; die "PostgreSQL did not start"
    fi
  fi
  wait_for "PostgreSQL to answer" "$PG_START_TIMEOUT" pg_answers || { pg_logs; die "PostgreSQL does not answer on $PG_DIR"; }
  # The application's role and database (idempotent; the password follows INGEST_PG_PASSWORD).
  pg_super -v pw="$PG_PASSWORD" >/dev/null <<'SQL'
SELECT format('CREATE ROLE ingest LOGIN CREATEDB PASSWORD %L', :'pw') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ingest')
\gexec
SELECT format('ALTER ROLE ingest LOGIN CREATEDB PASSWORD %L', :'pw')
\gexec
SELECT 'CREATE DATABASE ingest OWNER ingest' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ingest')
\gexec
SQL
  log "PostgreSQL ready on 127.0.0.1:$PG_PORT (database and role ingest)"
}

stop_postgres() {
  if use_docker; then compose stop postgres; return; fi
  if pg_running; then
    log "stopping PostgreSQL"
    as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null || { pg_logs; die "PostgreSQL did not stop"; }
  else
    log "PostgreSQL not running"
  fi
}

# ------------------------------------------------------------------------------------------------------ RabbitMQ

rabbit_env() {
  export RABBITMQ_NODENAME="$NODE"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$AMQP_PORT"
  export RABBITMQ_DIST_PORT="$((AMQP_PORT + 20000))"
  export RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
  export RABBITMQ_LOG_BASE="$RMQ_DIR/log"
  export RABBITMQ_FEATURE_FLAGS_FILE="$RMQ_DIR/feature_flags"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
  export RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$RMQ_DIR/advanced.config"
  export RABBITMQ_PID_FILE="$RMQ_DIR/rabbitmq.pid"
  # Erlang distribution and epmd on loopback too.
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

# The server and the CLI tools run as the rabbitmq user (the Debian wrapper would switch to it anyway), with one
# Erlang cookie in its home so the CLI can talk to the node.
as_rabbit() { if is_root; then runuser -u rabbitmq -- env HOME="$RMQ_HOME" "$@"; else env HOME="$RMQ_HOME" "$@"; fi; }

rabbit_sbin() {
  # The Debian package puts the real scripts in /usr/lib/rabbitmq/bin and root-switching wrappers in /usr/sbin.
  if [ -x "/usr/lib/rabbitmq/bin/$1" ]; then echo "/usr/lib/rabbitmq/bin/$1"; else command -v "$1"; fi
}

mgmt() { # mgmt USER:PASS METHOD PATH [BODY]
  local auth="$1" method="$2" path="$3" body="${4:-}"
  curl -sf --max-time 20 -u "$auth" -X "$method" -H 'content-type: application/json' \
    ${body:+--data "$body"} "http://127.0.0.1:$MGMT_PORT/api/$path" >/dev/null
}

rabbit_answers() { mgmt "guest:guest" GET overview && port_open "$AMQP_PORT"; }

rabbit_pid() { [ -s "$RMQ_DIR/rabbitmq.pid" ] && cat "$RMQ_DIR/rabbitmq.pid"; }

rabbit_running() { local pid; pid=$(rabbit_pid) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

rabbit_logs() {
  log "---- last lines of the RabbitMQ logs in $RMQ_DIR/log"
  tail -n 40 "$RMQ_DIR/log/server.out" >&2 2>/dev/null || true
  tail -n 40 "$RMQ_DIR/log/$NODE.log" >&2 2>/dev/null || true
}

start_rabbitmq() {
  if use_docker; then compose up -d --wait rabbitmq; return; fi
  mkdir -p "$DATA"
  local missing=()
  if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ] && ! command -v rabbitmq-server >/dev/null 2>&1; then missing+=(rabbitmq-server); fi
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
  RMQ_HOME="$RMQ_DIR"
  mkdir -p "$RMQ_DIR/mnesia" "$RMQ_DIR/log"; ensure_traversable "$RMQ_DIR"
  echo "[rabbitmq_management]." > "$RMQ_DIR/enabled_plugins"
  cat > "$RMQ_DIR/rabbitmq.conf" <<CONF
# Written by deploy/scripts/servers.sh on every start.
listeners.tcp.default = 127.0.0.1:$AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MGMT_PORT
loopback_users.guest = true
# The tests publish bursts on a shared machine: keep publishers flowing on modest disk and memory.
disk_free_limit.absolute = 50MB
vm_memory_high_watermark.relative = 0.6
CONF
  echo "[]." > "$RMQ_DIR/advanced.config"
  if is_root; then
    id rabbitmq >/dev/null 2>&1 || die "the rabbitmq user is missing (is rabbitmq-server installed?)"
    chown -R rabbitmq: "$RMQ_DIR"
  fi
  rabbit_env
  if rabbit_running; then
    log "RabbitMQ already running (node $NODE)"
  else
    if port_open "$AMQP_PORT"; then die "port $AMQP_PORT is taken by another process (another RabbitMQ?); stop it or set INGEST_AMQP_PORT"; fi
    if port_open "$MGMT_PORT"; then die "port $MGMT_PORT is taken by another process; stop it or set INGEST_RABBIT_MGMT_PORT"; fi
    log "starting RabbitMQ on 127.0.0.1:$AMQP_PORT (node $NODE)"
    rm -f "$RMQ_DIR/rabbitmq.pid"
    # The redirections cover the whole background group, so nothing keeps the caller's output open (a caller piping
    # this script's output, `servers.sh start | tee`, would otherwise wait for the broker to exit).
    ( cd "$RMQ_DIR" && as_rabbit setsid nohup "$(rabbit_sbin rabbitmq-server)" ) >"$RMQ_DIR/log/server.out" 2>&1 < /dev/null &
  fi
  wait_for "RabbitMQ to answer" "$RMQ_START_TIMEOUT" rabbit_answers || { rabbit_logs; die "RabbitMQ did not come up"; }
  # The user the worker and the tests use (idempotent; the password follows INGEST_RABBITMQ_PASSWORD).
  mgmt "guest:guest" PUT "users/$RMQ_USER" "{\"password\":\"$RMQ_PASSWORD\",\"tags\":\"administrator\"}" \
    || die "could not create the RabbitMQ user $RMQ_USER"
  mgmt "guest:guest" PUT "permissions/%2F/$RMQ_USER" '{"configure":".*","write":".*","read":".*"}' \
    || die "could not grant $RMQ_USER its rights on /"
  log "RabbitMQ ready on 127.0.0.1:$AMQP_PORT (management http://127.0.0.1:$MGMT_PORT, user $RMQ_USER)"
}

stop_rabbitmq() {
  if use_docker; then compose stop rabbitmq; return; fi
  RMQ_HOME="$RMQ_DIR"
  rabbit_env
  if ! rabbit_running; then log "RabbitMQ not running"; return; fi
  log "stopping RabbitMQ (node $NODE)"
  local pid; pid=$(rabbit_pid)
  as_rabbit "$(rabbit_sbin rabbitmqctl)" -q -n "$NODE" stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  if ! wait_for "RabbitMQ to stop" 60 bash -c "! kill -0 $pid 2>/dev/null"; then
    log "RabbitMQ did not stop in time: killing pid $pid"; kill -KILL "$pid" 2>/dev/null || true
  fi
  wait_for "port $AMQP_PORT to close" 30 bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$AMQP_PORT) 2>/dev/null" || die "port $AMQP_PORT still open"
  rm -f "$RMQ_DIR/rabbitmq.pid"
}

# epmd (Erlang's port mapper) outlives the node; once no node is registered with it, it goes too.
stop_epmd() {
  local epmd; epmd=$(command -v epmd || ls /usr/lib/erlang/erts-*/bin/epmd 2>/dev/null | head -n 1 || true)
  [ -n "$epmd" ] && port_open 4369 || return 0
  if ! "$epmd" -names 2>/dev/null | grep -q '^name '; then "$epmd" -kill >/dev/null 2>&1 || true; fi
}

# ----------------------------------------------------------------------------------------------------------- env

print_env() {
  local pg="Host=127.0.0.1;Port=$PG_PORT;Database=ingest;Username=ingest;Password=$PG_PASSWORD"
  cat <<ENV
# The worker and the ingest command (appsettings keys, ':' written '__').
export ConnectionStrings__Ingest='$pg'
export RabbitMq__Host=127.0.0.1
export RabbitMq__Port=$AMQP_PORT
export RabbitMq__ManagementPort=$MGMT_PORT
export RabbitMq__VirtualHost=/
export RabbitMq__Username=$RMQ_USER
export RabbitMq__Password='$RMQ_PASSWORD'
# The integration tests (tests/Ingest.IntegrationTests/Infrastructure/TestServers.cs).
export INGEST_TEST_POSTGRES='$pg'
export INGEST_TEST_RABBITMQ='amqp://$RMQ_USER:$RMQ_PASSWORD@127.0.0.1:$AMQP_PORT/'
export INGEST_TEST_RABBITMQ_MANAGEMENT='http://127.0.0.1:$MGMT_PORT/'
export INGEST_SERVERS_SCRIPT='$ROOT/deploy/scripts/servers.sh'
ENV
}

status() {
  if use_docker; then compose ps postgres rabbitmq; return; fi
  local rc=0
  if port_open "$PG_PORT" && pg_answers; then echo "postgres: up on 127.0.0.1:$PG_PORT"
  elif port_open "$PG_PORT"; then echo "postgres: port $PG_PORT open, but not ours ($PG_DIR)"; rc=1
  else echo "postgres: down"; rc=1; fi
  if rabbit_answers; then echo "rabbitmq: up on 127.0.0.1:$AMQP_PORT, management on $MGMT_PORT"
  else echo "rabbitmq: down"; rc=1; fi
  return $rc
}

case "${1:-}" in
  start) start_postgres; start_rabbitmq ;;
  stop) stop_rabbitmq; stop_postgres; use_docker || stop_epmd ;;
  status) status ;;
  env) print_env ;;
  logs) if use_docker; then compose logs --tail 40 postgres rabbitmq; else pg_logs; rabbit_logs; fi ;;
  start-postgres) start_postgres ;;
  stop-postgres) stop_postgres ;;
  start-rabbitmq) start_rabbitmq ;;
  stop-rabbitmq) stop_rabbitmq ;;
  *) echo "usage: $0 start|stop|status|env|logs|start-postgres|stop-postgres|start-rabbitmq|stop-rabbitmq" >&2; exit 2 ;;
esac

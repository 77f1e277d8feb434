#!/usr/bin/env bash
# Runs PostgreSQL 15 and RabbitMQ (with the management plugin) for Ingest on loopback, without Docker: data, logs and
# config live in .data/ of the checkout, so nothing outside the project is touched but the packages installed when
# missing. Where a Docker engine is reachable, `start` uses docker compose instead.
#
#   servers.sh start | stop | status | env
#   servers.sh start-postgres | stop-postgres | start-rabbitmq | stop-rabbitmq     (used by the fault tests)
#
# Ports: INGEST_PG_PORT (5432), INGEST_AMQP_PORT (5672), INGEST_RABBIT_MGMT_PORT (15672).
# PostgreSQL: database and user "ingest" (password "ingest", may create databases: the tests make scratch ones).
# RabbitMQ: user guest/guest, which RabbitMQ accepts from loopback only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${INGEST_DATA_DIR:-$ROOT/.data}"
PG_PORT="${INGEST_PG_PORT:-5432}"
AMQP_PORT="${INGEST_AMQP_PORT:-5672}"
MGMT_PORT="${INGEST_RABBIT_MGMT_PORT:-15672}"
PG_DIR="$DATA/postgres"
RMQ_DIR="$DATA/rabbitmq"
NODE="ingest@localhost"

log() { printf '[servers] %s\n' "$*" >&2; }

use_docker() { [ "${INGEST_NO_DOCKER:-}" != "1" ] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

as_postgres() { if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

apt_install() {
  if [ "$(id -u)" != "0" ]; then log "missing $*; install it (as root: apt-get install $*)"; exit 1; fi
  log "installing $*"
  # A fresh machine has no package lists yet.
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_bin() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  local found; found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$found" ]; then echo "$found"; return; fi
  apt_install postgresql
  ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1
}

ensure_traversable() {
  # The postgres and rabbitmq users must reach their folders inside the checkout.
  local dir="$1"
  while [ "$dir" != "/" ]; do chmod o+x "$dir" 2>/dev/null || true; dir=$(dirname "$dir"); done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # what, seconds, command...
  local what="$1" seconds="$2"; shift 2
  for _ in $(seq "$((seconds * 4))"); do if "$@"; then return 0; fi; sleep 0.25; done
  log "$what did not come up within ${seconds}s"; return 1
}

# psql comes from the client package, which may live apart from the server binaries (e.g. /usr/local/bin).
pg_client() { if [ -x "$(pg_bin)/$1" ]; then echo "$(pg_bin)/$1"; else command -v "$1"; fi; }

psql_ready() { "$(pg_client psql)" -qtA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "SELECT 1" >/dev/null 2>&1; }

start_postgres() {
  local bin; bin=$(pg_bin)
  mkdir -p "$PG_DIR"; ensure_traversable "$PG_DIR"
  if [ "$(id -u)" = "0" ]; then chown -R postgres:postgres "$PG_DIR"; fi
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    log "initializing PostgreSQL in $PG_DIR/data"
    as_postgres "'$bin/initdb' -D '$PG_DIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >'$PG_DIR/initdb.log' 2>&1"
  fi
  if as_postgres "'$bin/pg_ctl' -D '$PG_DIR/data' status" >/dev/null 2>&1; then
    log "PostgreSQL already running"
  else
    as_postgres "'$bin/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/postgres.log' -w -t 60 -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on\" start" >/dev/null
  fi
  wait_for "PostgreSQL" 60 psql_ready
  # The application's user and database (idempotent).
  "$(pg_client psql)" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ingest') THEN CREATE ROLE ingest LOGIN PASSWORD 'ingest' CREATEDB; END IF;
END \$\$;
SQL
  if [ "$("$(pg_client psql)" -tA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'ingest'")" != "1" ]; then
    "$(pg_client psql)" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE ingest OWNER ingest" >/dev/null
  fi
  log "PostgreSQL ready on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  local bin; bin=$(pg_bin)
  if [ -f "$PG_DIR/data/PG_VERSION" ] && as_postgres "'$bin/pg_ctl' -D '$PG_DIR/data' status" >/dev/null 2>&1; then
    as_postgres "'$bin/pg_ctl' -D '$PG_DIR/data' -m fast -w -t 60 stop" >/dev/null
  fi
  wait_for "PostgreSQL to stop" 30 bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$PG_PORT) 2>/dev/null"
  log "PostgreSQL stopped"
}

rabbit_env() {
  export RABBITMQ_NODENAME="$NODE"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$AMQP_PORT"
  export RABBITMQ_DIST_PORT="$((AMQP_PORT + 20000))"
  export RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
  export RABBITMQ_LOG_BASE="$RMQ_DIR/log"
  export RABBITMQ_FEATURE_FLAGS_FILE="$RMQ_DIR/feature_flags"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
  export RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq"
  export RABBITMQ_PID_FILE="$RMQ_DIR/rabbitmq.pid"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export HOME="$RMQ_DIR"
}

start_rabbitmq() {
  command -v rabbitmq-server >/dev/null 2>&1 || apt_install rabbitmq-server
  mkdir -p "$RMQ_DIR/mnesia" "$RMQ_DIR/log"; ensure_traversable "$RMQ_DIR"
  echo "[rabbitmq_management]." > "$RMQ_DIR/enabled_plugins"
  cat > "$RMQ_DIR/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MGMT_PORT
loopback_users.guest = true
# Tests publish bursts; do not block publishers on this machine's disk and memory defaults.
disk_free_limit.absolute = 50MB
vm_memory_high_watermark.relative = 0.6
CONF
  if id rabbitmq >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then chown -R rabbitmq:rabbitmq "$RMQ_DIR"; fi
  rabbit_env
  if rabbitmq-diagnostics -q -n "$NODE" check_running >/dev/null 2>&1; then
    log "RabbitMQ already running"
  else
    # The Debian package may have started its own node on the default ports; ours replaces it.
    if [ "$AMQP_PORT" = "5672" ] && port_open 5672; then log "port 5672 is taken by another broker; stop it or set INGEST_AMQP_PORT"; exit 1; fi
    (cd "$RMQ_DIR" && nohup rabbitmq-server >"$RMQ_DIR/log/server.out" 2>&1 &)
  fi
  wait_for "RabbitMQ" 90 bash -c "curl -sf -u guest:guest http://127.0.0.1:$MGMT_PORT/api/overview >/dev/null"
  wait_for "RabbitMQ AMQP" 30 bash -c "(exec 3<>/dev/tcp/127.0.0.1/$AMQP_PORT) 2>/dev/null"
  log "RabbitMQ ready on 127.0.0.1:$AMQP_PORT (management on $MGMT_PORT)"
}

stop_rabbitmq() {
  rabbit_env
  if command -v rabbitmqctl >/dev/null 2>&1 && rabbitmq-diagnostics -q -n "$NODE" check_running >/dev/null 2>&1; then
    rabbitmqctl -q -n "$NODE" stop >/dev/null 2>&1 || true
  fi
  wait_for "RabbitMQ to stop" 60 bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$AMQP_PORT) 2>/dev/null"
  log "RabbitMQ stopped"
}

print_env() {
  cat <<ENV
export ConnectionStrings__Ingest='Host=127.0.0.1;Port=$PG_PORT;Database=ingest;Username=ingest;Password=ingest'
export RabbitMq__Host=127.0.0.1
export RabbitMq__Port=$AMQP_PORT
export RabbitMq__VirtualHost=/
export RabbitMq__Username=guest
export RabbitMq__Password=guest
export RabbitMq__ManagementPort=$MGMT_PORT
export INGEST_TEST_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Database=ingest;Username=ingest;Password=ingest'
export INGEST_TEST_RABBITMQ='amqp://guest:guest@127.0.0.1:$AMQP_PORT/'
export INGEST_TEST_RABBITMQ_MANAGEMENT='http://127.0.0.1:$MGMT_PORT/'
export INGEST_SERVERS_SCRIPT='$ROOT/deploy/scripts/servers.sh'
ENV
}

case "${1:-}" in
  start)
    if use_docker; then
      log "Docker engine reachable: docker compose up"
      docker compose -f "$ROOT/docker-compose.yml" up -d --wait rabbitmq postgres
    else
      start_postgres
      start_rabbitmq
    fi ;;
  stop) stop_rabbitmq; stop_postgres ;;
  status)
    port_open "$PG_PORT" && echo "postgres: up on $PG_PORT" || echo "postgres: down"
    port_open "$AMQP_PORT" && echo "rabbitmq: up on $AMQP_PORT" || echo "rabbitmq: down" ;;
  env) print_env ;;
  start-postgres) start_postgres ;;
  stop-postgres) stop_postgres ;;
  start-rabbitmq) start_rabbitmq ;;
  stop-rabbitmq) stop_rabbitmq ;;
  *) echo "usage: $0 start|stop|status|env|start-postgres|stop-postgres|start-rabbitmq|stop-rabbitmq" >&2; exit 2 ;;
esac

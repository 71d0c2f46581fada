# shellcheck shell=bash
# Helpers shared by scripts/stack/{up,down,status,replica-ctl}.sh. Source env.sh first.
# The names below are used by the scripts that source this file.
# shellcheck disable=SC2034

STACK_MARKER="$TENFOLD_STACK_DIR/.tenfold-stack"
S3_SCRIPT="$TENFOLD_REPO_DIR/scripts/stack/s3-server.js"
SINK_SCRIPT="$TENFOLD_REPO_DIR/scripts/stack/smtp-sink.js"
S3_PIDFILE="$TENFOLD_RUN_DIR/s3.pid"
SINK_PIDFILE="$TENFOLD_RUN_DIR/smtp-sink.pid"
REDIS_PIDFILE="$TENFOLD_RUN_DIR/redis.pid"
PG_PRIMARY_LOG="$TENFOLD_LOG_DIR/pg-primary.log"
PG_REPLICA_LOG="$TENFOLD_LOG_DIR/pg-replica.log"
PG_REPLICA2_LOG="$TENFOLD_LOG_DIR/pg-replica2.log"
REDIS_LOG="$TENFOLD_LOG_DIR/redis.log"
S3_LOG="$TENFOLD_LOG_DIR/s3.log"
SINK_LOG="$TENFOLD_LOG_DIR/smtp-sink.log"
AMQP_PROBE_SCRIPT="$TENFOLD_REPO_DIR/scripts/stack/amqp-probe.js"
RABBITMQ_PIDFILE="$TENFOLD_RUN_DIR/rabbitmq.pid"
# What the launcher prints (banner, boot errors before the broker's logger runs);
# the broker's own log is RABBITMQ_LOG.
RABBITMQ_STARTUP_LOG="$TENFOLD_LOG_DIR/rabbitmq-startup.log"
RABBITMQ_LOG="$TENFOLD_RABBITMQ_DIR/log/rabbitmq.log"
# HOME of the broker and of rabbitmqctl: holds the Erlang cookie of our node.
RABBITMQ_HOME_DIR="$TENFOLD_RABBITMQ_DIR/home"
# The stack's own login, whatever RABBITMQ_URL the caller's shell has.
RABBITMQ_STACK_URL="amqp://$TENFOLD_RABBITMQ_USER:$TENFOLD_RABBITMQ_PASSWORD@127.0.0.1:$TENFOLD_RABBITMQ_PORT/$TENFOLD_RABBITMQ_VHOST"

say() { printf '%s\n' "$*"; }
warn() { printf 'stack: %s\n' "$*" >&2; }
die() {
  printf 'stack: error: %s\n' "$*" >&2
  exit 1
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# part_selected NAME: whether TENFOLD_STACK_ONLY (env.sh) selects the part NAME;
# when it is empty, every part is selected.
part_selected() {
  local only=" ${TENFOLD_STACK_ONLY//,/ } "
  [[ -z ${only// /} || $only == *" $1 "* ]] && return 0
  [[ $1 == postgres-* && $only == *" postgres "* ]]
}

# check_part_names: refuse a TENFOLD_STACK_ONLY that names no part (a typo would
# otherwise select nothing and succeed).
check_part_names() {
  local name
  for name in ${TENFOLD_STACK_ONLY//,/ }; do
    case $name in
      postgres | postgres-primary | postgres-replica | postgres-replica-2 | redis | rabbitmq | s3 | smtp-sink) ;;
      *) die "TENFOLD_STACK_ONLY names an unknown part: $name (parts: postgres, postgres-primary, postgres-replica, postgres-replica-2, redis, rabbitmq, s3, smtp-sink)" ;;
    esac
  done
}

# The OS user that owns the Postgres data dirs and runs the servers.
pg_os_user() {
  if is_root; then printf 'postgres'; else id -un; fi
}

# Run a command as the Postgres OS user (Postgres refuses to run as root).
as_pg() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Make a path owned by the Postgres OS user (no-op when not root).
chown_pg() {
  if is_root; then chown postgres:postgres "$@"; fi
}

# Alive = exists and is not a zombie waiting for its parent (or init) to reap it.
pid_alive() {
  local stat=""
  [[ -n ${1:-} ]] || return 1
  read -r stat 2>/dev/null <"/proc/$1/stat" || return 1
  stat=${stat##*) }
  [[ ${stat:0:1} != Z ]]
}

pid_cmdline() {
  local cmdline
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline") || true
  printf '%s' "${cmdline% }"
}

# pid_matches PID SUBSTRING: the process is alive and its command line contains SUBSTRING.
pid_matches() {
  pid_alive "$1" || return 1
  [[ $(pid_cmdline "$1") == *"$2"* ]]
}

read_pidfile() {
  local pid=""
  if [[ -f $1 ]]; then read -r pid 2>/dev/null <"$1" || true; fi
  if [[ $pid =~ ^[0-9]+$ ]]; then printf '%s' "$pid"; fi
  return 0
}

# Pids listening on 127.0.0.1:PORT (any address, to be safe), one per line.
port_pids() {
  ss -ltnpH "( sport = :$1 )" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u || true
}

port_in_use() {
  ss -ltnH "( sport = :$1 )" 2>/dev/null | grep -q .
}

# Describe what listens on PORT, for error messages.
port_owner() {
  local pid out=""
  for pid in $(port_pids "$1"); do
    out+="pid $pid ($(pid_cmdline "$pid" | cut -c1-80)) "
  done
  printf '%s' "${out:-an unknown process}"
}

http_ok() {
  local url=$1
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null
  else
    node -e '
      const req = require("http").get(process.argv[1], { timeout: 2000 }, (res) => {
        res.resume();
        process.exit(res.statusCode >= 200 && res.statusCode < 300 ? 0 : 1);
      });
      req.on("error", () => process.exit(1));
      req.on("timeout", () => { req.destroy(); process.exit(1); });
    ' "$url"
  fi
}

pg_ready() {
  "$TENFOLD_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$1" -t 2 >/dev/null 2>&1
}

redis_ping() {
  [[ $(redis-cli -h 127.0.0.1 -p "$TENFOLD_REDIS_PORT" ping 2>/dev/null) == PONG ]]
}

# rabbit_env_args: set RABBIT_ENV to the env(1) arguments that make a RabbitMQ
# script work on OUR node only. Every RabbitMQ and Erlang variable inherited from
# the caller is dropped and set afresh, and RABBITMQ_CONF_ENV_FILE replaces
# /etc/rabbitmq/rabbitmq-env.conf, which names the machine's node
# (NODENAME=rabbit@...) and would otherwise be sourced. With ERL_EPMD_PORT, the
# broker and rabbitmqctl register with and look up nodes in our epmd only; HOME
# gives them our Erlang cookie, not the machine broker's.
RABBIT_ENV=()
rabbit_env_args() {
  local var rdir=$TENFOLD_RABBITMQ_DIR
  RABBIT_ENV=()
  for var in $(compgen -e); do
    case $var in RABBITMQ_* | ERL_*) RABBIT_ENV+=(-u "$var") ;; esac
  done
  RABBIT_ENV+=(
    HOME="$RABBITMQ_HOME_DIR"
    ERL_EPMD_PORT="$TENFOLD_EPMD_PORT"
    ERL_EPMD_ADDRESS=127.0.0.1
    ERL_CRASH_DUMP="$rdir/erl_crash.dump"
    RABBITMQ_CONF_ENV_FILE="$rdir/rabbitmq-env.conf"
    RABBITMQ_NODENAME="$TENFOLD_RABBITMQ_NODE"
    RABBITMQ_DIST_PORT="$TENFOLD_RABBITMQ_DIST_PORT"
    RABBITMQ_CONFIG_FILE="$rdir/rabbitmq.conf"
    RABBITMQ_CONFIG_FILES="$rdir/conf.d"
    RABBITMQ_ADVANCED_CONFIG_FILE="$rdir/advanced.config"
    RABBITMQ_ENABLED_PLUGINS_FILE="$rdir/enabled_plugins"
    RABBITMQ_MNESIA_BASE="$rdir/mnesia"
    RABBITMQ_LOG_BASE="$rdir/log"
    RABBITMQ_LOGS="$RABBITMQ_LOG"
    RABBITMQ_PID_FILE="$RABBITMQ_PIDFILE"
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  )
}

# rabbit_env COMMAND...: run COMMAND in .stack/rabbitmq with that environment.
rabbit_env() {
  rabbit_env_args
  (cd "$TENFOLD_RABBITMQ_DIR" && exec env "${RABBIT_ENV[@]}" "$@")
}

# rabbitmqctl for our node. The Debian wrapper /usr/sbin/rabbitmqctl is bypassed:
# it switches to the rabbitmq OS user with HOME=/var/lib/rabbitmq (the machine
# broker's cookie) and refuses other users.
rabbit_ctl() {
  rabbit_env "$TENFOLD_RABBITMQ_BIN/rabbitmqctl" -q -n "$TENFOLD_RABBITMQ_NODE" "$@"
}

# amqp_probe URL: 0 logged in, 2 a broker refused the login or vhost, 1 nothing answers.
amqp_probe() {
  node "$AMQP_PROBE_SCRIPT" "$1" 2>/dev/null
}

rabbitmq_ok() { amqp_probe "$RABBITMQ_STACK_URL"; }

s3_ok() { http_ok "http://127.0.0.1:$TENFOLD_S3_PORT/"; }
sink_ok() { http_ok "http://127.0.0.1:$TENFOLD_SMTP_API_PORT/health"; }

# Postmaster pid of a data dir, when it runs.
pg_pid() {
  local datadir=$1 pid=""
  [[ -f $datadir/postmaster.pid ]] || return 0
  read -r pid 2>/dev/null <"$datadir/postmaster.pid" || true
  if [[ $pid =~ ^[0-9]+$ ]] && pid_matches "$pid" postgres; then printf '%s' "$pid"; fi
  return 0
}

redis_pid() {
  local pid
  pid=$(read_pidfile "$REDIS_PIDFILE")
  if [[ -n $pid ]] && pid_matches "$pid" "redis-server" && [[ $(pid_cmdline "$pid") == *":$TENFOLD_REDIS_PORT"* ]]; then
    printf '%s' "$pid"
  fi
  return 0
}

# node_pid PIDFILE SCRIPT PORT: pid of our node server, from its pidfile or,
# failing that, from whatever listens on its port running that very script.
node_pid() {
  local pidfile=$1 script=$2 port=$3 pid
  pid=$(read_pidfile "$pidfile")
  if [[ -n $pid ]] && pid_matches "$pid" "$script"; then
    printf '%s' "$pid"
    return 0
  fi
  for pid in $(port_pids "$port"); do
    if pid_matches "$pid" "$script" && ! pid_of_other_stack "$pid"; then
      printf '%s' "$pid"
      return 0
    fi
  done
  return 0
}

# pid_of_other_stack PID: the process was started by the scripts for another
# TENFOLD_STACK_DIR (a second stack of this checkout, e.g. the fault tests' one,
# runs the same node scripts): never take it for ours, whatever port it holds.
pid_of_other_stack() {
  local dir
  dir=$(tr '\0' '\n' 2>/dev/null <"/proc/$1/environ" | sed -n 's/^TENFOLD_STACK_DIR=//p') || true
  [[ -n $dir && $dir != "$TENFOLD_STACK_DIR" ]]
}

# Our broker's Erlang VM (beam.smp). Its command line carries "-home <HOME>", and
# only our node has HOME=.stack/rabbitmq/home: that tells it from the machine's
# broker (-home /var/lib/rabbitmq) and from other checkouts' stacks.
rabbitmq_pid() {
  local pid
  pid=$(read_pidfile "$RABBITMQ_PIDFILE")
  if [[ -n $pid ]] && pid_matches "$pid" "-home $RABBITMQ_HOME_DIR "; then
    printf '%s' "$pid"
    return 0
  fi
  for pid in $(port_pids "$TENFOLD_RABBITMQ_PORT") $(port_pids "$TENFOLD_RABBITMQ_DIST_PORT"); do
    if pid_matches "$pid" "-home $RABBITMQ_HOME_DIR "; then
      printf '%s' "$pid"
      return 0
    fi
  done
  return 0
}

# The epmd on our port (up.sh starts it before the broker; it outlives the broker).
epmd_pid() {
  local pid
  for pid in $(port_pids "$TENFOLD_EPMD_PORT"); do
    if pid_matches "$pid" epmd; then
      printf '%s' "$pid"
      return 0
    fi
  done
  return 0
}

s3_pid() { node_pid "$S3_PIDFILE" "$S3_SCRIPT" "$TENFOLD_S3_PORT"; }
sink_pid() { node_pid "$SINK_PIDFILE" "$SINK_SCRIPT" "$TENFOLD_SMTP_PORT"; }

# wait_gone PID SECONDS: wait for a process to exit; returns 1 on timeout.
wait_gone() {
  local pid=$1 deadline=$((SECONDS + $2))
  while pid_alive "$pid"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.1
  done
}

# stop_pid NAME PID: SIGTERM, wait, then SIGKILL.
stop_pid() {
  local name=$1 pid=$2
  pid_alive "$pid" || return 0
  if ! kill -TERM "$pid" 2>/dev/null; then
    pid_alive "$pid" || return 0
    die "not permitted to stop $name (pid $pid, user $(ps -o user= -p "$pid" 2>/dev/null || echo '?')); run this as that user or root"
  fi
  if ! wait_gone "$pid" "$TENFOLD_STACK_TIMEOUT"; then
    warn "$name (pid $pid) ignored SIGTERM for ${TENFOLD_STACK_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 5 || die "$name (pid $pid) is still running after SIGKILL"
  fi
}

log_tail() {
  local file=$1
  if [[ -f $file ]]; then
    printf -- '--- last lines of %s ---\n' "$file" >&2
    tail -n 20 "$file" >&2 || true
    printf -- '---\n' >&2
  fi
}

# ---------------------------------------------------------------- postgres

# The streaming replicas, in start order (down.sh stops them in reverse order).
PG_REPLICAS=(replica-1 replica-2)

# replica_vars ID: describe replica ID (replica-1 or replica-2, also 1 or 2) in
# R_ID, R_NAME (part name), R_PORT, R_DATA, R_SLOT, R_LOG, R_MARKER (made once its
# clone is complete) and R_CLUSTER (cluster_name). Returns 1 for an unknown ID.
# Callers declare these names local first (bash scoping makes them the caller's).
replica_vars() {
  case $1 in
    replica-1 | 1)
      R_ID=replica-1 R_NAME=postgres-replica R_PORT=$TENFOLD_PG_REPLICA_PORT
      R_DATA=$TENFOLD_PG_REPLICA_DATA R_SLOT=$TENFOLD_REPL_SLOT R_LOG=$PG_REPLICA_LOG
      R_MARKER=$TENFOLD_PG_DIR/replica.initialized R_CLUSTER=tenfold-replica
      ;;
    replica-2 | 2)
      R_ID=replica-2 R_NAME=postgres-replica-2 R_PORT=$TENFOLD_PG_REPLICA2_PORT
      R_DATA=$TENFOLD_PG_REPLICA2_DATA R_SLOT=$TENFOLD_REPL_SLOT2 R_LOG=$PG_REPLICA2_LOG
      R_MARKER=$TENFOLD_PG_DIR/replica2.initialized R_CLUSTER=tenfold-replica2
      ;;
    *) return 1 ;;
  esac
}

# URL of the stack's database on PORT, as the app's tenfold role.
pg_url() {
  printf 'postgres://%s:%s@127.0.0.1:%s/%s' "$TENFOLD_DB_USER" "$TENFOLD_DB_PASSWORD" "$1" "$TENFOLD_DB_NAME"
}

pg_conf_quote() { printf "'%s'" "${1//\'/\'\'}"; }

# Settings written into each data dir on every start (included from postgresql.conf).
write_pg_conf() {
  local datadir=$1 port=$2 name=$3
  cat >"$datadir/tenfold.conf" <<CONF
# Written by scripts/stack/up.sh on every start; edits here are overwritten.
cluster_name = $(pg_conf_quote "$name")
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = $(pg_conf_quote "$TENFOLD_PG_SOCKET_DIR")
unix_socket_permissions = 0700
password_encryption = 'scram-sha-256'
max_connections = 200
wal_level = replica
max_wal_senders = 10
max_replication_slots = 10
wal_keep_size = '512MB'
hot_standby = on
hot_standby_feedback = on
timezone = 'UTC'
log_timezone = 'UTC'
log_line_prefix = '%m [%p] %q%u@%d '
CONF
  chown_pg "$datadir/tenfold.conf"
  chmod 0600 "$datadir/tenfold.conf"
}

# The port a data dir was last started with (from its tenfold.conf), if readable.
pg_conf_port() {
  local port=""
  if [[ -r $1/tenfold.conf ]]; then
    port=$(sed -n -E 's/^port = ([0-9]+)$/\1/p' "$1/tenfold.conf" 2>/dev/null | tail -n 1) || true
  fi
  printf '%s' "$port"
}

pg_running() { [[ -n $(pg_pid "$1") ]]; }

# pg_start NAME DATADIR PORT LOG
pg_start() {
  local name=$1 datadir=$2 port=$3 logfile=$4
  if port_in_use "$port"; then
    die "cannot start $name: 127.0.0.1:$port is already in use by $(port_owner "$port"); set another port (see scripts/stack/env.sh)"
  fi
  # 9>&-: the server must not inherit replica-ctl.sh's lock.
  if ! as_pg "$TENFOLD_PG_BIN/pg_ctl" start -D "$datadir" -l "$logfile" -w -t "$TENFOLD_STACK_TIMEOUT" -s >/dev/null 9>&-; then
    log_tail "$logfile"
    die "$name did not start on 127.0.0.1:$port (log: $logfile)"
  fi
}

pg_wait_ready() {
  local name=$1 port=$2 logfile=$3 deadline=$((SECONDS + TENFOLD_STACK_TIMEOUT))
  until pg_ready "$port"; do
    if ((SECONDS >= deadline)); then
      log_tail "$logfile"
      die "$name does not answer on 127.0.0.1:$port after ${TENFOLD_STACK_TIMEOUT}s (log: $logfile)"
    fi
    sleep 0.2
  done
}

# pg_stop NAME DATADIR: pg_ctl stop in fast mode (immediate mode as a fallback) and
# wait until the postmaster is gone. Sets PG_STOPPED_PID (empty: it was not running).
PG_STOPPED_PID=""
pg_stop() {
  local name=$1 datadir=$2 pid
  PG_STOPPED_PID=""
  pid=$(pg_pid "$datadir")
  [[ -n $pid ]] || return 0
  if ! kill -0 "$pid" 2>/dev/null && pid_alive "$pid"; then
    die "not permitted to stop $name (pid $pid, user $(ps -o user= -p "$pid" 2>/dev/null || echo '?')); run this as that user or root"
  fi
  if ! as_pg "$TENFOLD_PG_BIN/pg_ctl" stop -D "$datadir" -m fast -w -t "$TENFOLD_STACK_TIMEOUT" -s >/dev/null 2>&1; then
    warn "$name did not stop in fast mode within ${TENFOLD_STACK_TIMEOUT}s; stopping it in immediate mode"
    as_pg "$TENFOLD_PG_BIN/pg_ctl" stop -D "$datadir" -m immediate -w -t "$TENFOLD_STACK_TIMEOUT" -s >/dev/null 2>&1 || true
  fi
  wait_gone "$pid" "$TENFOLD_STACK_TIMEOUT" || die "$name (pid $pid) is still running"
  PG_STOPPED_PID=$pid
}

# psql as the Postgres superuser over the private socket of the primary.
primary_psql() {
  as_pg "$TENFOLD_PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
    -h "$TENFOLD_PG_SOCKET_DIR" -p "$TENFOLD_PG_PRIMARY_PORT" -U postgres -d postgres "$@"
}

# init_replica ID: clone the primary into the replica's data dir with
# pg_basebackup (first start only: until its marker exists). The primary must run.
init_replica() {
  local R_ID R_NAME R_PORT R_DATA R_SLOT R_LOG R_MARKER R_CLUSTER
  replica_vars "$1" || die "unknown replica: $1"
  [[ -f $R_MARKER && -f $R_DATA/PG_VERSION ]] && return 0
  say "Creating the streaming replica $R_NAME in $R_DATA (pg_basebackup) ..."
  pg_ready "$TENFOLD_PG_PRIMARY_PORT" ||
    die "cannot create $R_NAME: the primary does not answer on 127.0.0.1:$TENFOLD_PG_PRIMARY_PORT (start the stack with scripts/stack/up.sh)"
  rm -rf "$R_DATA" "$R_MARKER"
  mkdir -p "$R_DATA"
  chown_pg "$R_DATA"
  chmod 0700 "$R_DATA"
  # A slot left by an earlier replica would keep WAL forever: start afresh.
  primary_psql -v slot="$R_SLOT" <<'SQL' >/dev/null || die "could not drop the old replication slot $R_SLOT on the primary"
SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = :'slot';
SQL
  if ! as_pg env PGPASSWORD="$TENFOLD_REPL_PASSWORD" "$TENFOLD_PG_BIN/pg_basebackup" \
    -h 127.0.0.1 -p "$TENFOLD_PG_PRIMARY_PORT" -U "$TENFOLD_REPL_USER" -D "$R_DATA" \
    -R -X stream -C -S "$R_SLOT" --checkpoint=fast -w >>"$R_LOG" 2>&1; then
    log_tail "$R_LOG"
    die "pg_basebackup of $R_NAME from the primary failed (log: $R_LOG)"
  fi
  touch "$R_MARKER"
}

# start_replica ID: clone it if needed, (re)write its settings, start it and wait
# until it accepts connections. Leaves a running replica alone. Sets
# REPLICA_STARTED to 1 when it started it, 0 when it already ran.
REPLICA_STARTED=0
start_replica() {
  local R_ID R_NAME R_PORT R_DATA R_SLOT R_LOG R_MARKER R_CLUSTER
  replica_vars "$1" || die "unknown replica: $1"
  REPLICA_STARTED=0
  if ! pg_running "$R_DATA"; then
    [[ -e $R_LOG ]] || touch "$R_LOG"
    chown_pg "$R_LOG"
    init_replica "$R_ID"
    write_pg_conf "$R_DATA" "$R_PORT" "$R_CLUSTER"
    # Follow the primary on its current port, should it have been changed.
    as_pg sed -i -E "/^primary_conninfo/ s/port=[0-9]+/port=$TENFOLD_PG_PRIMARY_PORT/" "$R_DATA/postgresql.auto.conf"
    [[ -f $R_DATA/standby.signal ]] || die "$R_DATA is not a standby (no standby.signal); remove it to have it recreated"
    pg_start "$R_NAME" "$R_DATA" "$R_PORT" "$R_LOG"
    REPLICA_STARTED=1
  fi
  pg_wait_ready "$R_NAME" "$R_PORT" "$R_LOG"
}

# replica_state PORT: "streaming" (the WAL receiver's status, or "not streaming"),
# plus ", replay paused"; "?" when the replica cannot be asked.
replica_state() {
  as_pg "$TENFOLD_PG_BIN/psql" -X -q -A -t -h "$TENFOLD_PG_SOCKET_DIR" -p "$1" \
    -U postgres -d postgres -c "SELECT coalesce((SELECT status FROM pg_stat_wal_receiver), 'not streaming')
      || CASE WHEN pg_is_wal_replay_paused() THEN ', replay paused' ELSE '' END" 2>/dev/null || printf '?'
}

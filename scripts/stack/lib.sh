# shellcheck shell=bash
# Helpers shared by scripts/stack/{up,down,status}.sh. Source env.sh first.
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
    if pid_matches "$pid" "$script"; then
      printf '%s' "$pid"
      return 0
    fi
  done
  return 0
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

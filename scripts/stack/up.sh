#!/usr/bin/env bash
# Start the local stack on loopback ports, data under .stack/ (see docs/LOCAL-STACK.md):
# Postgres primary + two streaming replicas, Redis (AOF, noeviction), RabbitMQ, an
# S3-compatible server (s3rver) and an SMTP sink with an HTTP API. Idempotent:
# parts that already run are left alone. TENFOLD_STACK_ONLY (env.sh) starts only some.
set -euo pipefail

# shellcheck source=scripts/stack/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# shellcheck source=scripts/stack/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "${1:-}" in
  "") ;;
  -h | --help)
    sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *) die "unknown argument: $1 (usage: up.sh)" ;;
esac
check_part_names

started_at=$SECONDS

# ---------------------------------------------------------------- prerequisites

pg_binaries_present() {
  local bin
  for bin in initdb pg_ctl pg_basebackup postgres psql pg_isready; do
    [[ -x $TENFOLD_PG_BIN/$bin ]] || return 1
  done
}

redis_present() { command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; }

rabbitmq_present() {
  [[ -x $TENFOLD_RABBITMQ_BIN/rabbitmq-server && -x $TENFOLD_RABBITMQ_BIN/rabbitmqctl ]] &&
    command -v erl >/dev/null 2>&1 && command -v epmd >/dev/null 2>&1
}

# Install Debian packages without letting them create or start services of their own.
apt_install() {
  local created_policy=0 created_cluster_conf=0
  say "Installing $* with apt-get (as root) ..."
  if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
    mkdir -p /etc/postgresql-common
    printf '# Written by tenfold scripts/stack/up.sh: no default cluster on install.\ncreate_main_cluster = false\n' \
      >/etc/postgresql-common/createcluster.conf
    created_cluster_conf=1
  fi
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# Temporary, from tenfold scripts/stack/up.sh: start no services on install.\nexit 101\n' \
      >/usr/sbin/policy-rc.d
    chmod 0755 /usr/sbin/policy-rc.d
    created_policy=1
    # Remove it again even if apt-get fails or we are interrupted.
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  local rc=0 apt_log
  apt_log=$(mktemp /tmp/tenfold-apt-install.XXXXXX.log)
  {
    apt-get update -q &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
  } >"$apt_log" 2>&1 || rc=$?
  if ((created_policy)); then
    rm -f /usr/sbin/policy-rc.d
    trap - EXIT
  fi
  if ((rc != 0)); then
    log_tail "$apt_log"
    die "apt-get install $* failed (log: $apt_log)"
  fi
  rm -f "$apt_log"
  ((created_cluster_conf)) && say "  (created /etc/postgresql-common/createcluster.conf with create_main_cluster = false)"
  return 0
}

check_prerequisites() {
  local missing=()
  pg_binaries_present || missing+=("postgresql-$TENFOLD_PG_VERSION")
  redis_present || missing+=(redis-server)
  rabbitmq_present || missing+=(rabbitmq-server)
  # The report-export tests render PDFs with pdftoppm and read their text with pdftotext.
  { command -v pdftoppm && command -v pdftotext; } >/dev/null 2>&1 || missing+=(poppler-utils)
  # The admin-page tests render Swagger UI and bull-board in a real browser (puppeteer-core).
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  # The alerting rules are unit-tested with promtool (deploy/prometheus/, npm test).
  command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
  # The Kubernetes manifests are rendered with kubectl kustomize (deploy/kubernetes/, npm test).
  command -v kubectl >/dev/null 2>&1 || missing+=(kubernetes-client)
  if ((${#missing[@]})); then
    if is_root; then
      apt_install "${missing[@]}"
      pg_binaries_present || die "PostgreSQL binaries still missing in $TENFOLD_PG_BIN after installing postgresql-$TENFOLD_PG_VERSION"
      redis_present || die "redis-server still missing after installing it"
      rabbitmq_present || die "RabbitMQ still missing in $TENFOLD_RABBITMQ_BIN (or erl/epmd not on PATH) after installing rabbitmq-server"
      { command -v pdftoppm && command -v pdftotext; } >/dev/null 2>&1 || die "pdftoppm/pdftotext still missing after installing poppler-utils"
      command -v chromium >/dev/null 2>&1 || die "chromium still missing after installing it"
      command -v promtool >/dev/null 2>&1 || die "promtool still missing after installing prometheus"
      command -v kubectl >/dev/null 2>&1 || die "kubectl still missing after installing kubernetes-client"
    else
      say "The local stack needs packages that are not installed. Install them with:" >&2
      say "" >&2
      say "  sudo apt-get install -y ${missing[*]}" >&2
      say "" >&2
      say "then run this again." >&2
      exit 1
    fi
  fi
  if is_root && ! id postgres >/dev/null 2>&1; then
    die "running as root, but there is no 'postgres' OS user to run PostgreSQL as (install postgresql-$TENFOLD_PG_VERSION, or run as a normal user)"
  fi
  command -v node >/dev/null 2>&1 || die "node is not on PATH (Node >= 20.19 is needed for the S3 server and the SMTP sink)"
  command -v ss >/dev/null 2>&1 || die "ss is not on PATH (install iproute2)"
  # The overlays use kustomize components and labels: kubectl 1.27+ (kustomize v5). Debian 12's
  # kubernetes-client (1.20, kustomize v2) is too old for them: then this stops and says so.
  [[ $(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9]*\).*/\1/p') -ge 5 ]] ||
    die "kubectl's kustomize is older than v5 (kubectl version --client): install kubectl 1.27 or later for deploy/kubernetes"
  # down.sh stops the epmd on this port: on 4369 that would be the machine's own.
  [[ $TENFOLD_EPMD_PORT != 4369 ]] || die "TENFOLD_EPMD_PORT must not be 4369, the port of the machine's own epmd"
  (cd "$TENFOLD_REPO_DIR" && node -e 'for (const m of ["s3rver", "smtp-server", "mailparser"]) require.resolve(m)') 2>/dev/null ||
    die "s3rver, smtp-server or mailparser is missing from node_modules: run 'npm ci' in $TENFOLD_REPO_DIR first"
}

# ---------------------------------------------------------------- directories

prepare_dirs() {
  if [[ -d $TENFOLD_STACK_DIR && ! -e $STACK_MARKER && -n $(ls -A "$TENFOLD_STACK_DIR" 2>/dev/null) ]]; then
    die "$TENFOLD_STACK_DIR exists, is not empty and was not made by this script; choose another TENFOLD_STACK_DIR"
  fi
  mkdir -p "$TENFOLD_STACK_DIR" "$TENFOLD_LOG_DIR" "$TENFOLD_RUN_DIR" "$TENFOLD_PG_DIR" \
    "$TENFOLD_PG_SOCKET_DIR" "$TENFOLD_REDIS_DIR" "$TENFOLD_S3_DIR" "$TENFOLD_MAIL_DIR" \
    "$TENFOLD_RABBITMQ_DIR" "$TENFOLD_RABBITMQ_DIR/log" "$TENFOLD_RABBITMQ_DIR/mnesia" \
    "$TENFOLD_RABBITMQ_DIR/conf.d" "$RABBITMQ_HOME_DIR"
  chmod 0700 "$RABBITMQ_HOME_DIR"
  touch "$STACK_MARKER"
  touch "$PG_PRIMARY_LOG" "$PG_REPLICA_LOG" "$PG_REPLICA2_LOG"
  chown_pg "$TENFOLD_PG_DIR" "$TENFOLD_PG_SOCKET_DIR" "$PG_PRIMARY_LOG" "$PG_REPLICA_LOG" "$PG_REPLICA2_LOG"
  chmod 0700 "$TENFOLD_PG_SOCKET_DIR"
  if is_root && ! runuser -u postgres -- test -w "$TENFOLD_PG_DIR"; then
    die "the postgres OS user cannot reach $TENFOLD_PG_DIR (a parent directory is not searchable by it); set TENFOLD_STACK_DIR to a directory it can reach, e.g. /tmp/tenfold-stack"
  fi
  local socket="$TENFOLD_PG_SOCKET_DIR/.s.PGSQL.$TENFOLD_PG_PRIMARY_PORT"
  ((${#socket} <= 100)) || die "the Postgres socket path $socket is too long for a Unix socket; set TENFOLD_STACK_DIR to a shorter path"
}

# ---------------------------------------------------------------- postgres

write_pg_hba() {
  cat >"$1/pg_hba.conf" <<'EOF'
# Written by scripts/stack/up.sh.
# TYPE  DATABASE     USER  ADDRESS        METHOD
# The Unix socket lives in .stack/pg/run (mode 0700): only its owner reaches it.
local   all          all                  trust
local   replication  all                  trust
host    all          all   127.0.0.1/32   scram-sha-256
host    replication  all   127.0.0.1/32   scram-sha-256
EOF
  chown_pg "$1/pg_hba.conf"
  chmod 0600 "$1/pg_hba.conf"
}

init_primary() {
  local data=$TENFOLD_PG_PRIMARY_DATA marker=$TENFOLD_PG_DIR/primary.initialized
  [[ -f $marker && -f $data/PG_VERSION ]] && return 0
  say "Initialising the Postgres primary in $data ..."
  rm -rf "$data"
  # A replica of an earlier primary cannot follow a new one.
  local R_ID R_NAME R_PORT R_DATA R_SLOT R_LOG R_MARKER R_CLUSTER id
  for id in "${PG_REPLICAS[@]}"; do
    replica_vars "$id"
    rm -rf "$R_DATA" "$R_MARKER"
  done
  mkdir -p "$data"
  chown_pg "$data"
  chmod 0700 "$data"
  if ! as_pg "$TENFOLD_PG_BIN/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --no-locale --no-instructions >>"$PG_PRIMARY_LOG" 2>&1; then
    log_tail "$PG_PRIMARY_LOG"
    die "initdb failed (log: $PG_PRIMARY_LOG)"
  fi
  write_pg_hba "$data"
  printf "\n# Settings of the tenfold local stack (scripts/stack/up.sh)\ninclude = 'tenfold.conf'\n" >>"$data/postgresql.conf"
  touch "$marker"
}

ensure_roles() {
  primary_psql -v user="$TENFOLD_DB_USER" -v password="$TENFOLD_DB_PASSWORD" -v db="$TENFOLD_DB_NAME" \
    -v repl_user="$TENFOLD_REPL_USER" -v repl_password="$TENFOLD_REPL_PASSWORD" <<'SQL' >/dev/null
SELECT format('CREATE ROLE %I LOGIN SUPERUSER PASSWORD %L', :'user', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('CREATE ROLE %I LOGIN REPLICATION PASSWORD %L', :'repl_user', :'repl_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'repl_user') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
}

start_primary() {
  local data=$TENFOLD_PG_PRIMARY_DATA
  if pg_running "$data"; then
    say "  postgres-primary already running (pid $(pg_pid "$data"))"
  else
    init_primary
    write_pg_conf "$data" "$TENFOLD_PG_PRIMARY_PORT" tenfold-primary
    pg_start postgres-primary "$data" "$TENFOLD_PG_PRIMARY_PORT" "$PG_PRIMARY_LOG"
  fi
  pg_wait_ready postgres-primary "$TENFOLD_PG_PRIMARY_PORT" "$PG_PRIMARY_LOG"
  ensure_roles || die "could not create the '$TENFOLD_DB_USER' role and database on the primary (log: $PG_PRIMARY_LOG)"
}

# start_replicas: every replica in turn (a replica the stack lacks so far, e.g.
# the second one on a stack made before it existed, is cloned first).
start_replicas() {
  local R_ID R_NAME R_PORT R_DATA R_SLOT R_LOG R_MARKER R_CLUSTER id
  for id in "${PG_REPLICAS[@]}"; do
    replica_vars "$id"
    part_selected "$R_NAME" || continue
    start_replica "$id"
    ((REPLICA_STARTED)) || say "  $R_NAME already running (pid $(pg_pid "$R_DATA"))"
  done
}

# ---------------------------------------------------------------- redis

start_redis() {
  local pid
  pid=$(redis_pid)
  if [[ -n $pid ]]; then
    say "  redis already running (pid $pid)"
    return 0
  fi
  if port_in_use "$TENFOLD_REDIS_PORT"; then
    die "cannot start redis: 127.0.0.1:$TENFOLD_REDIS_PORT is already in use by $(port_owner "$TENFOLD_REDIS_PORT")"
  fi
  rm -f "$REDIS_PIDFILE"
  redis-server --port "$TENFOLD_REDIS_PORT" --bind 127.0.0.1 --protected-mode yes \
    --dir "$TENFOLD_REDIS_DIR" --appendonly yes --appendfsync everysec \
    --maxmemory-policy noeviction \
    --daemonize yes --pidfile "$REDIS_PIDFILE" --logfile "$REDIS_LOG" \
    || {
      log_tail "$REDIS_LOG"
      die "redis-server did not start (log: $REDIS_LOG)"
    }
}

wait_redis() {
  local deadline=$((SECONDS + TENFOLD_STACK_TIMEOUT))
  until redis_ping; do
    if ((SECONDS >= deadline)); then
      log_tail "$REDIS_LOG"
      die "redis does not answer PING on 127.0.0.1:$TENFOLD_REDIS_PORT after ${TENFOLD_STACK_TIMEOUT}s (log: $REDIS_LOG)"
    fi
    sleep 0.1
  done
}

# ---------------------------------------------------------------- rabbitmq

# The broker runs as the user running this script (root here), started through
# /usr/lib/rabbitmq/bin/rabbitmq-server rather than Debian's /usr/sbin wrapper: as
# root, the wrapper does "cd /var/lib/rabbitmq; su rabbitmq", so HOME becomes
# /var/lib/rabbitmq with the machine broker's Erlang cookie; any other user it
# refuses. Running it as the rabbitmq OS user ourselves (runuser, as for Postgres)
# would only add chown'ing and the "can that user reach .stack/" problem, and
# RabbitMQ, unlike Postgres, does not mind root. All its state is under
# .stack/rabbitmq, all its settings come from rabbit_env (lib.sh).

RABBITMQ_LAUNCHED=""
RABBITMQ_WAITER=""

write_rabbitmq_conf() {
  local rdir=$TENFOLD_RABBITMQ_DIR
  cat >"$rdir/rabbitmq.conf" <<CONF
# Written by scripts/stack/up.sh on every start; edits here are overwritten.
listeners.tcp.1 = 127.0.0.1:$TENFOLD_RABBITMQ_PORT
# On the first boot (empty mnesia dir) the broker creates this user, vhost and
# permissions instead of guest/guest; up.sh repairs them with rabbitmqctl if a
# login with them fails.
default_user = $TENFOLD_RABBITMQ_USER
default_pass = $TENFOLD_RABBITMQ_PASSWORD
default_vhost = $TENFOLD_RABBITMQ_VHOST
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
log.file.level = info
log.console = false
CONF
  chmod 0600 "$rdir/rabbitmq.conf"
  # No plugins (Debian's /etc/rabbitmq/enabled_plugins may enable management on 15672).
  printf '[].\n' >"$rdir/enabled_plugins"
  # Sourced by the rabbitmq scripts instead of /etc/rabbitmq/rabbitmq-env.conf.
  printf '# Written by scripts/stack/up.sh: the settings come from the environment (lib.sh rabbit_env).\n' \
    >"$rdir/rabbitmq-env.conf"
  local cookie=$RABBITMQ_HOME_DIR/.erlang.cookie
  if [[ ! -s $cookie ]]; then
    # A cookie of our own (Erlang insists on owner-only access): our rabbitmqctl
    # reaches our node, nothing else does.
    rm -f "$cookie"
    (
      umask 0277
      head -c 20 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr a-f A-F >"$cookie"
    )
    chmod 0400 "$cookie"
  fi
}

start_epmd() {
  [[ -z $(epmd_pid) ]] || return 0
  if port_in_use "$TENFOLD_EPMD_PORT"; then
    die "cannot start epmd: 127.0.0.1:$TENFOLD_EPMD_PORT is already in use by $(port_owner "$TENFOLD_EPMD_PORT")"
  fi
  # The broker would start one itself; started here, it listens on loopback only
  # and its command line names its port.
  rabbit_env epmd -daemon -address 127.0.0.1 -port "$TENFOLD_EPMD_PORT" ||
    die "epmd did not start on 127.0.0.1:$TENFOLD_EPMD_PORT"
}

start_rabbitmq() {
  local pid port
  pid=$(rabbitmq_pid)
  if [[ -n $pid ]]; then
    say "  rabbitmq already running (pid $pid)"
    return 0
  fi
  for port in "$TENFOLD_RABBITMQ_PORT" "$TENFOLD_RABBITMQ_DIST_PORT"; do
    if port_in_use "$port"; then
      die "cannot start rabbitmq: 127.0.0.1:$port is already in use by $(port_owner "$port")"
    fi
  done
  write_rabbitmq_conf
  start_epmd
  rm -f "$RABBITMQ_PIDFILE"
  local detach=()
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  # In the foreground from its point of view rather than -detached, so that what it
  # prints before its logger runs (bad config, busy port) lands in the startup log.
  # One subshell that execs (no shell left waiting), so $! is the launcher itself.
  rabbit_env_args
  (cd "$TENFOLD_RABBITMQ_DIR" && exec env "${RABBIT_ENV[@]}" "${detach[@]}" nohup \
    "$TENFOLD_RABBITMQ_BIN/rabbitmq-server" >>"$RABBITMQ_STARTUP_LOG" 2>&1 </dev/null) &
  RABBITMQ_LAUNCHED=$!
  # rabbitmqctl must reach our node (our epmd, our cookie) once it has booted. Its
  # VM takes a second or two to start, so it waits meanwhile, while Postgres starts:
  # for the pidfile, then for the node, then for the boot to complete.
  (cd "$TENFOLD_RABBITMQ_DIR" && exec env "${RABBIT_ENV[@]}" "$TENFOLD_RABBITMQ_BIN/rabbitmqctl" -q \
    -n "$TENFOLD_RABBITMQ_NODE" wait "$RABBITMQ_PIDFILE" --timeout "$TENFOLD_STACK_TIMEOUT" \
    >>"$RABBITMQ_STARTUP_LOG" 2>&1 </dev/null) &
  RABBITMQ_WAITER=$!
}

rabbitmq_fail() {
  if [[ -n $RABBITMQ_WAITER ]]; then kill "$RABBITMQ_WAITER" 2>/dev/null || true; fi
  log_tail "$RABBITMQ_STARTUP_LOG"
  log_tail "$RABBITMQ_LOG"
  die "$1 (logs: $RABBITMQ_LOG, $RABBITMQ_STARTUP_LOG)"
}

# Create or repair the stack's user, vhost and permissions on our node
# (idempotent), and drop guest should the data predate default_user.
ensure_rabbitmq_user() {
  local user=$TENFOLD_RABBITMQ_USER vhost=$TENFOLD_RABBITMQ_VHOST users
  say "  rabbitmq: setting up user '$user' and vhost '$vhost' with rabbitmqctl ..."
  # Each rabbitmqctl call boots an Erlang VM (~1 s): ask first, change only what is missing.
  users=$(rabbit_ctl list_users --no-table-headers | cut -f1) ||
    rabbitmq_fail "rabbitmqctl list_users failed on node $TENFOLD_RABBITMQ_NODE"
  if ! rabbit_ctl list_vhosts --no-table-headers | grep -qxF -- "$vhost"; then
    rabbit_ctl add_vhost "$vhost" >/dev/null
  fi
  if grep -qxF -- "$user" <<<"$users"; then
    rabbit_ctl change_password "$user" "$TENFOLD_RABBITMQ_PASSWORD" >/dev/null
  else
    rabbit_ctl add_user "$user" "$TENFOLD_RABBITMQ_PASSWORD" >/dev/null
  fi
  rabbit_ctl set_user_tags "$user" administrator >/dev/null
  rabbit_ctl set_permissions -p "$vhost" "$user" '.*' '.*' '.*' >/dev/null
  if [[ $user != guest ]] && grep -qx guest <<<"$users"; then
    rabbit_ctl delete_user guest >/dev/null
  fi
}

wait_rabbitmq() {
  local deadline=$((SECONDS + TENFOLD_STACK_TIMEOUT)) rc
  # The AMQP listener opens last in the boot, so an answer there means the broker
  # is up; the probe (Node.js) answers in ms where every rabbitmqctl call boots a VM.
  while :; do
    rc=0
    rabbitmq_ok || rc=$?
    ((rc == 1)) || break # 0: logged in; 2: answers but refuses our login
    if [[ -n $RABBITMQ_LAUNCHED ]] && ! pid_alive "$RABBITMQ_LAUNCHED"; then
      rabbitmq_fail "rabbitmq exited during start-up"
    fi
    if ((SECONDS >= deadline)); then
      rabbitmq_fail "rabbitmq does not answer on 127.0.0.1:$TENFOLD_RABBITMQ_PORT after ${TENFOLD_STACK_TIMEOUT}s"
    fi
    sleep 0.2
  done
  if [[ -z $(rabbitmq_pid) ]]; then
    rabbitmq_fail "127.0.0.1:$TENFOLD_RABBITMQ_PORT answers AMQP, but not from our broker: $(port_owner "$TENFOLD_RABBITMQ_PORT")"
  fi
  if [[ -n $RABBITMQ_WAITER ]]; then
    wait "$RABBITMQ_WAITER" || {
      RABBITMQ_WAITER=""
      rabbitmq_fail "rabbitmqctl cannot reach node $TENFOLD_RABBITMQ_NODE (epmd 127.0.0.1:$TENFOLD_EPMD_PORT, cookie in $RABBITMQ_HOME_DIR)"
    }
    RABBITMQ_WAITER=""
  fi
  if ((rc == 2)); then
    ensure_rabbitmq_user
    rabbitmq_ok || rabbitmq_fail "rabbitmq still refuses the login of '$TENFOLD_RABBITMQ_USER' to vhost '$TENFOLD_RABBITMQ_VHOST'"
  fi
}

# ---------------------------------------------------------------- node servers

S3_LAUNCHED=""
SINK_LAUNCHED=""

# launch_node NAME SCRIPT LOG PORT...: start detached (own session, no terminal);
# sets LAUNCHED to its pid.
LAUNCHED=""
launch_node() {
  local name=$1 script=$2 logfile=$3 port
  shift 3
  for port in "$@"; do
    if port_in_use "$port"; then
      die "cannot start $name: 127.0.0.1:$port is already in use by $(port_owner "$port")"
    fi
  done
  local detach=()
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  (cd "$TENFOLD_REPO_DIR" && exec "${detach[@]}" nohup node "$script" >>"$logfile" 2>&1 </dev/null) &
  LAUNCHED=$!
}

start_s3() {
  local pid
  pid=$(s3_pid)
  if [[ -n $pid ]]; then
    say "  s3 already running (pid $pid)"
  else
    rm -f "$S3_PIDFILE"
    launch_node s3 "$S3_SCRIPT" "$S3_LOG" "$TENFOLD_S3_PORT"
    S3_LAUNCHED=$LAUNCHED
  fi
}

start_sink() {
  local pid
  pid=$(sink_pid)
  if [[ -n $pid ]]; then
    say "  smtp-sink already running (pid $pid)"
  else
    rm -f "$SINK_PIDFILE"
    launch_node smtp-sink "$SINK_SCRIPT" "$SINK_LOG" "$TENFOLD_SMTP_PORT" "$TENFOLD_SMTP_API_PORT"
    SINK_LAUNCHED=$LAUNCHED
  fi
}

# wait_node NAME LAUNCHED_PID LOG CHECK_FUNCTION
wait_node() {
  local name=$1 launched=$2 logfile=$3 check=$4 deadline=$((SECONDS + TENFOLD_STACK_TIMEOUT))
  until "$check"; do
    if [[ -n $launched ]] && ! pid_alive "$launched"; then
      log_tail "$logfile"
      die "$name exited during start-up (log: $logfile)"
    fi
    if ((SECONDS >= deadline)); then
      log_tail "$logfile"
      die "$name does not answer after ${TENFOLD_STACK_TIMEOUT}s (log: $logfile)"
    fi
    sleep 0.1
  done
}

# ---------------------------------------------------------------- main

own_stack_running() {
  [[ -n $(pg_pid "$TENFOLD_PG_PRIMARY_DATA")$(pg_pid "$TENFOLD_PG_REPLICA_DATA")$(pg_pid "$TENFOLD_PG_REPLICA2_DATA")$(redis_pid)$(rabbitmq_pid)$(s3_pid)$(sink_pid) ]]
}

stack_answers() {
  { ! part_selected postgres-primary || pg_ready "$TENFOLD_PG_PRIMARY_PORT"; } &&
    { ! part_selected postgres-replica || pg_ready "$TENFOLD_PG_REPLICA_PORT"; } &&
    { ! part_selected postgres-replica-2 || pg_ready "$TENFOLD_PG_REPLICA2_PORT"; } &&
    { ! part_selected redis || redis_ping; } && { ! part_selected rabbitmq || rabbitmq_ok; } &&
    { ! part_selected s3 || s3_ok; } && { ! part_selected smtp-sink || sink_ok; }
}

# The stack directory of whatever Postgres answers on PORT (two levels up from its
# data dir, .../pg/<name>), asked over TCP as the tenfold role; empty if unknown.
foreign_stack_dir() {
  local dir
  dir=$(PGPASSWORD=$TENFOLD_DB_PASSWORD PGCONNECT_TIMEOUT=2 "$TENFOLD_PG_BIN/psql" -X -q -A -t -w \
    -h 127.0.0.1 -p "$1" -U "$TENFOLD_DB_USER" -d "$TENFOLD_DB_NAME" -c 'SHOW data_directory' 2>/dev/null) || return 0
  [[ -n $dir ]] && printf '%s' "$(dirname "$(dirname "$dir")")"
  return 0
}

# A stack started from another checkout of tenfold (same ports) serves this one just as well;
# starting a second one would only fail on the busy ports.
if ! own_stack_running; then
  if stack_answers; then
    say "A tenfold stack from another checkout already answers on these ports; using it."
    say "(npm run stack:down in that checkout stops it.)"
    exit 0
  fi
  # Typically a stack started before the second replica existed: only the
  # checkout that started it can add that replica (its node servers run from
  # its own scripts), so say so rather than fail on its busy ports.
  if [[ -z ${TENFOLD_STACK_ONLY// /} ]] && ! pg_ready "$TENFOLD_PG_REPLICA2_PORT" && pg_ready "$TENFOLD_PG_PRIMARY_PORT" &&
    pg_ready "$TENFOLD_PG_REPLICA_PORT" && redis_ping && s3_ok && sink_ok; then
    other=$(foreign_stack_dir "$TENFOLD_PG_PRIMARY_PORT")
    die "a tenfold stack from another checkout${other:+ (data in $other)} answers on these ports, but without postgres-replica-2 on 127.0.0.1:$TENFOLD_PG_REPLICA2_PORT; run scripts/stack/up.sh of that checkout (with this version of the scripts) to add it, or stop that stack"
  fi
fi

check_prerequisites
prepare_dirs

say "Starting the tenfold local stack (data in $TENFOLD_STACK_DIR) ..."
# The quick parts start in the background first, Postgres meanwhile.
if part_selected redis; then start_redis; fi
if part_selected rabbitmq; then start_rabbitmq; fi
if part_selected s3; then start_s3; fi
if part_selected smtp-sink; then start_sink; fi
if part_selected postgres-primary; then start_primary; fi
start_replicas
if part_selected redis; then wait_redis; fi
if part_selected rabbitmq; then wait_rabbitmq; fi
if part_selected s3; then wait_node s3 "$S3_LAUNCHED" "$S3_LOG" s3_ok; fi
if part_selected smtp-sink; then wait_node smtp-sink "$SINK_LAUNCHED" "$SINK_LOG" sink_ok; fi

# summary PART LINE: print LINE when PART is selected.
summary() { if part_selected "$1"; then say "$2"; fi; }
say ""
say "tenfold local stack is up ($((SECONDS - started_at))s). Everything listens on 127.0.0.1 only."
if [[ -n ${TENFOLD_STACK_ONLY// /} ]]; then say "  (only: $TENFOLD_STACK_ONLY)"; fi
summary postgres-primary "  postgres-primary    :$TENFOLD_PG_PRIMARY_PORT  $DB_PRIMARY_URL"
summary postgres-replica "  postgres-replica    :$TENFOLD_PG_REPLICA_PORT  $(pg_url "$TENFOLD_PG_REPLICA_PORT")  (streaming from the primary, slot $TENFOLD_REPL_SLOT)"
summary postgres-replica-2 "  postgres-replica-2  :$TENFOLD_PG_REPLICA2_PORT  $(pg_url "$TENFOLD_PG_REPLICA2_PORT")  (streaming from the primary, slot $TENFOLD_REPL_SLOT2)"
summary redis "  redis               :$TENFOLD_REDIS_PORT  $REDIS_URL  (appendonly, noeviction)"
summary rabbitmq "  rabbitmq            :$TENFOLD_RABBITMQ_PORT  $RABBITMQ_STACK_URL  (node $TENFOLD_RABBITMQ_NODE, epmd :$TENFOLD_EPMD_PORT)"
summary s3 "  s3 (s3rver)         :$TENFOLD_S3_PORT  $S3_ENDPOINT  bucket $S3_BUCKET, key $S3_ACCESS_KEY_ID / $S3_SECRET_ACCESS_KEY, path-style"
summary smtp-sink "  smtp-sink           :$TENFOLD_SMTP_PORT  $SMTP_URL  (read mail: curl $SMTP_SINK_API/messages)"
cat <<EOF
App's replicas: DB_REPLICA_URLS=$DB_REPLICA_URLS
Data and logs: $TENFOLD_STACK_DIR (logs in $TENFOLD_LOG_DIR)
Status: npm run stack:status   Stop: npm run stack:down   Env for your shell: source scripts/stack/env.sh
EOF

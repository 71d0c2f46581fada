#!/usr/bin/env bash
# Stop the local stack started by scripts/stack/up.sh and wait until nothing of it runs.
# Data under .stack/ is kept; with --purge the whole stack directory is deleted too.
# Idempotent: stopping a stopped stack is fine. TENFOLD_STACK_ONLY (env.sh) stops only
# some parts (e.g. TENFOLD_STACK_ONLY=redis: Redis alone; --purge then refuses).
set -euo pipefail

# shellcheck source=scripts/stack/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# shellcheck source=scripts/stack/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

purge=0
for arg in "$@"; do
  case "$arg" in
    --purge) purge=1 ;;
    -h | --help)
      sed -n '2,4p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "unknown argument: $arg (usage: down.sh [--purge])" ;;
  esac
done
check_part_names
if ((purge)) && [[ -n ${TENFOLD_STACK_ONLY// /} ]]; then
  die "--purge deletes the whole stack directory: unset TENFOLD_STACK_ONLY to use it"
fi

stop_node() {
  local name=$1 pid=$2 pidfile=$3
  if [[ -n $pid ]]; then
    stop_pid "$name" "$pid"
    say "  $name stopped (pid $pid)"
  fi
  rm -f "$pidfile"
}

stop_redis() {
  local pid
  pid=$(redis_pid)
  if [[ -z $pid ]]; then
    rm -f "$REDIS_PIDFILE"
    return 0
  fi
  # SHUTDOWN flushes the AOF; fall back to SIGTERM (which does the same) if it fails.
  redis-cli -h 127.0.0.1 -p "$TENFOLD_REDIS_PORT" shutdown >/dev/null 2>&1 || true
  if ! wait_gone "$pid" "$TENFOLD_STACK_TIMEOUT"; then
    stop_pid redis "$pid"
  fi
  rm -f "$REDIS_PIDFILE"
  say "  redis stopped (pid $pid)"
}

stop_rabbitmq() {
  local pid
  pid=$(rabbitmq_pid)
  if [[ -n $pid ]]; then
    # A clean stop (queues and messages synced to disk); SIGTERM, which the broker
    # also takes as "stop", then SIGKILL if that fails.
    rabbit_ctl stop >/dev/null 2>&1 || warn "rabbitmqctl stop failed; sending SIGTERM to rabbitmq (pid $pid)"
    if ! wait_gone "$pid" "$TENFOLD_STACK_TIMEOUT"; then
      stop_pid rabbitmq "$pid"
    fi
    say "  rabbitmq stopped (pid $pid)"
  fi
  rm -f "$RABBITMQ_PIDFILE"
  # Our epmd outlives the broker. Never the machine's (up.sh refuses port 4369),
  # and not while some node is still registered with it (a broker on the same
  # ports started from another checkout).
  pid=$(epmd_pid)
  if [[ -n $pid && $TENFOLD_EPMD_PORT != 4369 ]]; then
    local names
    names=$(epmd -port "$TENFOLD_EPMD_PORT" -names 2>/dev/null | sed -n 's/^name \([^ ]*\) at port.*/\1/p' | tr '\n' ' ')
    if [[ -n $names ]]; then
      warn "leaving epmd on 127.0.0.1:$TENFOLD_EPMD_PORT (pid $pid) running: nodes still registered: $names"
    else
      stop_pid epmd "$pid"
      say "  epmd stopped (pid $pid)"
    fi
  fi
}

stop_pg() {
  pg_stop "$1" "$2"
  if [[ -n $PG_STOPPED_PID ]]; then say "  $1 stopped (pid $PG_STOPPED_PID)"; fi
}

if [[ -d $TENFOLD_STACK_DIR ]]; then
  say "Stopping the tenfold local stack (data in $TENFOLD_STACK_DIR) ..."
  if part_selected smtp-sink; then stop_node smtp-sink "$(sink_pid)" "$SINK_PIDFILE"; fi
  if part_selected s3; then stop_node s3 "$(s3_pid)" "$S3_PIDFILE"; fi
  if part_selected redis; then stop_redis; fi
  if part_selected rabbitmq; then stop_rabbitmq; fi
  # The replicas first (last started, first stopped), so the primary need not
  # wait for their WAL senders.
  for ((i = ${#PG_REPLICAS[@]} - 1; i >= 0; i--)); do
    replica_vars "${PG_REPLICAS[i]}"
    if part_selected "$R_NAME"; then stop_pg "$R_NAME" "$R_DATA"; fi
  done
  if part_selected postgres-primary; then stop_pg postgres-primary "$TENFOLD_PG_PRIMARY_DATA"; fi
else
  say "Nothing to stop: $TENFOLD_STACK_DIR does not exist."
fi

# Anything of ours still listening means something above went wrong.
leftover=""
ports=()
if part_selected postgres-primary; then ports+=("$TENFOLD_PG_PRIMARY_PORT"); fi
if part_selected postgres-replica; then ports+=("$TENFOLD_PG_REPLICA_PORT"); fi
if part_selected postgres-replica-2; then ports+=("$TENFOLD_PG_REPLICA2_PORT"); fi
if part_selected redis; then ports+=("$TENFOLD_REDIS_PORT"); fi
if part_selected s3; then ports+=("$TENFOLD_S3_PORT"); fi
if part_selected smtp-sink; then ports+=("$TENFOLD_SMTP_PORT" "$TENFOLD_SMTP_API_PORT"); fi
if part_selected rabbitmq; then
  ports+=("$TENFOLD_RABBITMQ_PORT" "$TENFOLD_RABBITMQ_DIST_PORT" "$TENFOLD_EPMD_PORT")
fi
for port in "${ports[@]}"; do
  if port_in_use "$port"; then leftover+=" 127.0.0.1:$port ($(port_owner "$port"))"; fi
done
[[ -z $leftover ]] || warn "still in use after stopping:$leftover"

if ((purge)); then
  if [[ -d $TENFOLD_STACK_DIR ]]; then
    if [[ ! -e $STACK_MARKER ]]; then
      die "refusing to delete $TENFOLD_STACK_DIR: it has no $(basename "$STACK_MARKER") marker, so it was not made by up.sh"
    fi
    rm -rf -- "$TENFOLD_STACK_DIR"
    say "Purged $TENFOLD_STACK_DIR."
  fi
fi

say "The tenfold local stack is stopped."

#!/usr/bin/env bash
# Stop, start or show one streaming replica of the local stack, e.g. in a test:
#   scripts/stack/replica-ctl.sh <stop|start|status> <replica-1|replica-2>
# stop: pg_ctl stop -m fast, waits until it is gone. start: as up.sh starts it
# (cloning the primary first if the stack has no such replica yet), waits until it
# accepts connections. Idempotent; prints one line. Exit 0 on success (status: 0
# up, 3 down), 1 with a message on stderr on failure, 2 on bad arguments.
# Acts on the stack in TENFOLD_STACK_DIR (default: this checkout's .stack), on the
# ports its data dirs were last started with unless TENFOLD_PG_*_PORT are set.
# Run it as root or as the user who started the stack.
set -euo pipefail

usage() {
  printf 'usage: %s <stop|start|status> <replica-1|replica-2>\n' "$(basename "${BASH_SOURCE[0]}")" >&2
  exit 2
}

case "${1:-}" in
  -h | --help)
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  stop | start | status) ;;
  *) usage ;;
esac
[[ $# -eq 2 ]] || usage
action=$1

# Ports the caller sets win; the others come from the stack itself (below).
explicit_ports=" "
for var in TENFOLD_PG_PRIMARY_PORT TENFOLD_PG_REPLICA_PORT TENFOLD_PG_REPLICA2_PORT; do
  if [[ -n ${!var:-} ]]; then explicit_ports+="$var "; fi
done

# shellcheck source=scripts/stack/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# shellcheck source=scripts/stack/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

R_ID="" R_NAME="" R_PORT="" R_DATA="" R_SLOT="" R_LOG="" R_MARKER="" R_CLUSTER=""
replica_vars "$2" || usage

[[ -d $TENFOLD_STACK_DIR && -e $STACK_MARKER ]] ||
  die "no local stack in $TENFOLD_STACK_DIR (set TENFOLD_STACK_DIR to the stack's directory, or start one with scripts/stack/up.sh)"
if [[ -e $R_DATA && ! (-r $R_DATA && -x $R_DATA) ]]; then
  die "$(id -un) cannot read $R_DATA (owner: $(stat -c %U "$R_DATA" 2>/dev/null || echo '?')); run this as root or as the user who started the stack"
fi

# A stack may run on ports other than the defaults (up.sh writes each data dir's
# port into its tenfold.conf): follow it, so that the caller need not know them.
for pair in TENFOLD_PG_PRIMARY_PORT:"$TENFOLD_PG_PRIMARY_DATA" TENFOLD_PG_REPLICA_PORT:"$TENFOLD_PG_REPLICA_DATA" \
  TENFOLD_PG_REPLICA2_PORT:"$TENFOLD_PG_REPLICA2_DATA"; do
  var=${pair%%:*}
  [[ $explicit_ports == *" $var "* ]] && continue
  port=$(pg_conf_port "${pair#*:}")
  if [[ -n $port ]]; then export "$var=$port"; fi
done
replica_vars "$R_ID"

label="$R_ID ($R_NAME, 127.0.0.1:$R_PORT)"

# One caller at a time per replica (tests running in parallel).
if [[ -w $TENFOLD_RUN_DIR ]] && command -v flock >/dev/null 2>&1; then
  exec 9>>"$TENFOLD_RUN_DIR/replica-ctl.$R_ID.lock"
  flock -w "$TENFOLD_STACK_TIMEOUT" 9 || die "$label: another replica-ctl.sh holds $TENFOLD_RUN_DIR/replica-ctl.$R_ID.lock"
fi

case $action in
  stop)
    pg_stop "$R_NAME" "$R_DATA"
    if [[ -n $PG_STOPPED_PID ]]; then
      say "$label: stopped (pid $PG_STOPPED_PID)"
    else
      say "$label: already stopped"
    fi
    ;;
  start)
    start_replica "$R_ID"
    # Usually streaming within a moment; do not fail when the primary is away.
    state=$(replica_state "$R_PORT")
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      [[ $state == streaming* ]] && break
      sleep 0.2
      state=$(replica_state "$R_PORT")
    done
    if ((REPLICA_STARTED)); then
      say "$label: started (pid $(pg_pid "$R_DATA"), $state)"
    else
      say "$label: already running (pid $(pg_pid "$R_DATA"), $state)"
    fi
    ;;
  status)
    pid=$(pg_pid "$R_DATA")
    if [[ -z $pid ]]; then
      say "$label: down"
      exit 3
    elif ! pg_ready "$R_PORT"; then
      say "$label: down (pid $pid runs but does not accept connections)"
      exit 3
    fi
    say "$label: up (pid $pid, $(replica_state "$R_PORT"))"
    ;;
esac

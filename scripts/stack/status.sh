#!/usr/bin/env bash
# One line per part of the local stack: name, address, up/down, pid (the replicas
# also say whether they stream and whether replay is paused).
# Exit status 0 when every part is up and answering, 3 otherwise. TENFOLD_STACK_ONLY
# (env.sh) limits both to the parts it names.
set -euo pipefail

# shellcheck source=scripts/stack/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# shellcheck source=scripts/stack/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "${1:-}" in
  "") ;;
  -h | --help)
    sed -n '2,4p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *) die "unknown argument: $1 (usage: status.sh)" ;;
esac
check_part_names

all_up=1

# line NAME PORT PID CHECK_FUNCTION [NOTE]
line() {
  local name=$1 port=$2 pid=$3 check=$4 note=${5:-} state
  part_selected "$name" || return 0
  if [[ -n $pid ]] && "$check"; then
    state=up
  elif [[ -n $pid ]]; then
    state="down (process runs but does not answer)"
    all_up=0
  else
    state=down
    all_up=0
  fi
  printf '%-18s 127.0.0.1:%-6s %-5s pid %-8s %s\n' "$name" "$port" "$state" "${pid:--}" "$note"
}

# shellcheck disable=SC2317 # called through line()
primary_ok() { pg_ready "$TENFOLD_PG_PRIMARY_PORT"; }
# shellcheck disable=SC2317 # called through line()
replica_ok() { pg_ready "$R_PORT"; }

pid=$(pg_pid "$TENFOLD_PG_PRIMARY_DATA")
line postgres-primary "$TENFOLD_PG_PRIMARY_PORT" "$pid" primary_ok
for id in "${PG_REPLICAS[@]}"; do
  replica_vars "$id"
  pid=$(pg_pid "$R_DATA")
  note=""
  [[ -z $pid ]] || note="($(replica_state "$R_PORT"))"
  line "$R_NAME" "$R_PORT" "$pid" replica_ok "$note"
done
line redis "$TENFOLD_REDIS_PORT" "$(redis_pid)" redis_ping
line rabbitmq "$TENFOLD_RABBITMQ_PORT" "$(rabbitmq_pid)" rabbitmq_ok \
  "(node $TENFOLD_RABBITMQ_NODE, vhost $TENFOLD_RABBITMQ_VHOST, epmd 127.0.0.1:$TENFOLD_EPMD_PORT)"
line s3 "$TENFOLD_S3_PORT" "$(s3_pid)" s3_ok "(bucket $TENFOLD_S3_BUCKET)"
line smtp-sink "$TENFOLD_SMTP_PORT" "$(sink_pid)" sink_ok "(HTTP API on 127.0.0.1:$TENFOLD_SMTP_API_PORT)"

((all_up)) && exit 0
exit 3

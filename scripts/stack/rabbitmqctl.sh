#!/usr/bin/env bash
# rabbitmqctl for the local stack's RabbitMQ node (never the machine's own broker):
# same node name, epmd port, Erlang cookie and settings as up.sh uses. E.g.
#   bash scripts/stack/rabbitmqctl.sh list_queues -p tenfold name messages
set -euo pipefail

# shellcheck source=scripts/stack/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# shellcheck source=scripts/stack/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ -d $RABBITMQ_HOME_DIR ]] || die "$TENFOLD_RABBITMQ_DIR does not exist: start the stack first (npm run stack:up)"
rabbit_env "$TENFOLD_RABBITMQ_BIN/rabbitmqctl" -n "$TENFOLD_RABBITMQ_NODE" "$@"

# shellcheck shell=bash
# Defaults shared by scripts/stack/{up,down,status}.sh.
#
# Source it to get the same ports and directories in your own shell, and the
# connection settings the app reads, pointing at the local stack:
#
#   source scripts/stack/env.sh
#
# Every value can be overridden by setting it before sourcing (or before
# running up.sh / down.sh / status.sh). This file sets no shell options, so it
# is safe to source from an interactive shell.

TENFOLD_REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export TENFOLD_REPO_DIR

# Where all data, logs, sockets and pidfiles live (git-ignored).
export TENFOLD_STACK_DIR="${TENFOLD_STACK_DIR:-$TENFOLD_REPO_DIR/.stack}"

# Loopback ports of our own, away from the machine's services on default ports.
export TENFOLD_PG_PRIMARY_PORT="${TENFOLD_PG_PRIMARY_PORT:-55432}"
export TENFOLD_PG_REPLICA_PORT="${TENFOLD_PG_REPLICA_PORT:-55433}"
export TENFOLD_PG_REPLICA2_PORT="${TENFOLD_PG_REPLICA2_PORT:-55434}"
export TENFOLD_REDIS_PORT="${TENFOLD_REDIS_PORT:-56379}"
export TENFOLD_S3_PORT="${TENFOLD_S3_PORT:-54569}"
export TENFOLD_SMTP_PORT="${TENFOLD_SMTP_PORT:-52525}"
export TENFOLD_SMTP_API_PORT="${TENFOLD_SMTP_API_PORT:-58025}"
# RabbitMQ: AMQP, Erlang distribution (RabbitMQ's default, AMQP + 20000, would be
# no valid port) and an epmd of our own, so that neither the broker nor rabbitmqctl
# ever registers with or asks the machine's epmd on 4369.
export TENFOLD_RABBITMQ_PORT="${TENFOLD_RABBITMQ_PORT:-55672}"
export TENFOLD_RABBITMQ_DIST_PORT="${TENFOLD_RABBITMQ_DIST_PORT:-55682}"
export TENFOLD_EPMD_PORT="${TENFOLD_EPMD_PORT:-54369}"

# PostgreSQL binaries (Debian layout) and the roles/database the stack creates.
export TENFOLD_PG_VERSION="${TENFOLD_PG_VERSION:-15}"
export TENFOLD_PG_BIN="${TENFOLD_PG_BIN:-/usr/lib/postgresql/$TENFOLD_PG_VERSION/bin}"
export TENFOLD_DB_USER="${TENFOLD_DB_USER:-tenfold}"
export TENFOLD_DB_PASSWORD="${TENFOLD_DB_PASSWORD:-tenfold}"
export TENFOLD_DB_NAME="${TENFOLD_DB_NAME:-tenfold}"
export TENFOLD_REPL_USER="${TENFOLD_REPL_USER:-replicator}"
export TENFOLD_REPL_PASSWORD="${TENFOLD_REPL_PASSWORD:-replicator}"
# Replication slots of the two replicas (postgres-replica, postgres-replica-2).
export TENFOLD_REPL_SLOT="${TENFOLD_REPL_SLOT:-tenfold_replica}"
export TENFOLD_REPL_SLOT2="${TENFOLD_REPL_SLOT2:-tenfold_replica2}"

# RabbitMQ (Debian's rabbitmq-server): scripts, Erlang node name (not the machine
# broker's rabbit@...), and the user and vhost the stack creates.
export TENFOLD_RABBITMQ_BIN="${TENFOLD_RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}"
export TENFOLD_RABBITMQ_NODE="${TENFOLD_RABBITMQ_NODE:-tenfold@localhost}"
export TENFOLD_RABBITMQ_USER="${TENFOLD_RABBITMQ_USER:-tenfold}"
export TENFOLD_RABBITMQ_PASSWORD="${TENFOLD_RABBITMQ_PASSWORD:-tenfold}"
export TENFOLD_RABBITMQ_VHOST="${TENFOLD_RABBITMQ_VHOST:-tenfold}"

# S3 bucket created at start of the S3-compatible server.
export TENFOLD_S3_BUCKET="${TENFOLD_S3_BUCKET:-tenfold}"

# Seconds up.sh waits for each part to answer, and down.sh for each to stop.
export TENFOLD_STACK_TIMEOUT="${TENFOLD_STACK_TIMEOUT:-60}"

# Which parts up.sh, down.sh and status.sh act on: part names as status.sh prints
# them (postgres-primary, postgres-replica, postgres-replica-2, redis, rabbitmq, s3,
# smtp-sink; "postgres" for the primary and both replicas), separated by spaces or
# commas. Empty (the default): every part. A second, partial stack for fault tests
# (test/outages/support/fault-stack.ts) runs with e.g.
# TENFOLD_STACK_ONLY="postgres-primary postgres-replica redis", its own
# TENFOLD_STACK_DIR and ports; stopping and starting one part of it is down.sh /
# up.sh with TENFOLD_STACK_ONLY naming that part.
export TENFOLD_STACK_ONLY="${TENFOLD_STACK_ONLY:-}"

# Directories under the stack dir.
export TENFOLD_LOG_DIR="$TENFOLD_STACK_DIR/logs"
export TENFOLD_RUN_DIR="$TENFOLD_STACK_DIR/run"
export TENFOLD_PG_DIR="$TENFOLD_STACK_DIR/pg"
export TENFOLD_PG_PRIMARY_DATA="$TENFOLD_PG_DIR/primary"
export TENFOLD_PG_REPLICA_DATA="$TENFOLD_PG_DIR/replica"
export TENFOLD_PG_REPLICA2_DATA="$TENFOLD_PG_DIR/replica2"
export TENFOLD_PG_SOCKET_DIR="$TENFOLD_PG_DIR/run"
export TENFOLD_REDIS_DIR="$TENFOLD_STACK_DIR/redis"
export TENFOLD_S3_DIR="$TENFOLD_STACK_DIR/s3"
export TENFOLD_MAIL_DIR="$TENFOLD_STACK_DIR/mail"
export TENFOLD_RABBITMQ_DIR="$TENFOLD_STACK_DIR/rabbitmq"

# What the app reads (same defaults as its config), derived from the ports above.
export DB_PRIMARY_URL="${DB_PRIMARY_URL:-postgres://$TENFOLD_DB_USER:$TENFOLD_DB_PASSWORD@127.0.0.1:$TENFOLD_PG_PRIMARY_PORT/$TENFOLD_DB_NAME}"
# Comma-separated, both streaming replicas; "none" would send every read to the primary.
export DB_REPLICA_URLS="${DB_REPLICA_URLS:-postgres://$TENFOLD_DB_USER:$TENFOLD_DB_PASSWORD@127.0.0.1:$TENFOLD_PG_REPLICA_PORT/$TENFOLD_DB_NAME,postgres://$TENFOLD_DB_USER:$TENFOLD_DB_PASSWORD@127.0.0.1:$TENFOLD_PG_REPLICA2_PORT/$TENFOLD_DB_NAME}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:$TENFOLD_REDIS_PORT}"
export S3_ENDPOINT="${S3_ENDPOINT:-http://127.0.0.1:$TENFOLD_S3_PORT}"
export S3_BUCKET="${S3_BUCKET:-$TENFOLD_S3_BUCKET}"
export S3_ACCESS_KEY_ID="${S3_ACCESS_KEY_ID:-S3RVER}"
export S3_SECRET_ACCESS_KEY="${S3_SECRET_ACCESS_KEY:-S3RVER}"
export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:$TENFOLD_SMTP_PORT}"
export SMTP_SINK_API="${SMTP_SINK_API:-http://127.0.0.1:$TENFOLD_SMTP_API_PORT}"
export RABBITMQ_URL="${RABBITMQ_URL:-amqp://$TENFOLD_RABBITMQ_USER:$TENFOLD_RABBITMQ_PASSWORD@127.0.0.1:$TENFOLD_RABBITMQ_PORT/$TENFOLD_RABBITMQ_VHOST}"
# The RabbitMQ/Erlang variables of the broker itself (RABBITMQ_NODENAME,
# ERL_EPMD_PORT, HOME, ...) are deliberately not exported here: in your shell they
# would redirect the machine's own rabbitmqctl. lib.sh sets them per command
# (rabbit_env); run "bash scripts/stack/rabbitmqctl.sh ..." to reach the stack's node.

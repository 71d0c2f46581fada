#!/usr/bin/env bash
# Entry point of the postgres-replica service (image postgres:15). On the first start, while its
# data directory is empty, it clones the primary with `pg_basebackup -R -X stream`, creating the
# replica's own replication slot (REPLICATION_SLOT) on the primary; then it runs postgres as a hot
# standby that streams from the primary through that slot, so the primary keeps the WAL this
# replica still needs while it is down (up to max_slot_wal_keep_size). Arguments go to postgres.
set -euo pipefail

: "${PGDATA:=/var/lib/postgresql/data}"
: "${PRIMARY_HOST:=postgres-primary}"
: "${PRIMARY_PORT:=5432}"
: "${REPLICATION_USER:=replicator}"
: "${REPLICATION_PASSWORD:?REPLICATION_PASSWORD must be set}"
: "${REPLICATION_SLOT:?REPLICATION_SLOT must be set (one slot per replica)}"

# Postgres refuses to run as root: prepare the data dir, then continue as postgres.
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 0700 "$PGDATA"
  exec gosu postgres "${BASH_SOURCE[0]}" "$@"
fi

marker="$PGDATA/.tenfold-basebackup-complete"
if [ ! -s "$PGDATA/PG_VERSION" ] || [ ! -e "$marker" ]; then
  echo "replica: waiting for the primary at $PRIMARY_HOST:$PRIMARY_PORT ..."
  until pg_isready -q -h "$PRIMARY_HOST" -p "$PRIMARY_PORT"; do sleep 1; done
  # Leftovers of an interrupted clone.
  mkdir -p "$PGDATA"
  find "$PGDATA" -mindepth 1 -delete
  chmod 0700 "$PGDATA"
  export PGPASSWORD="$REPLICATION_PASSWORD"
  # A slot left by an earlier, interrupted clone would make `--create-slot` fail: drop it first
  # (over a replication connection; "does not exist" is the usual answer and is fine).
  pg_receivewal -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$REPLICATION_USER" -w \
    --drop-slot --slot="$REPLICATION_SLOT" 2>/dev/null || true
  echo "replica: cloning the primary with pg_basebackup (slot $REPLICATION_SLOT) ..."
  # -R writes primary_conninfo and, with -S, primary_slot_name into postgresql.auto.conf.
  pg_basebackup -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$REPLICATION_USER" -D "$PGDATA" \
    -R -X stream --create-slot --slot="$REPLICATION_SLOT" --checkpoint=fast -w
  unset PGPASSWORD
  touch "$marker"
fi

exec postgres "$@"

#!/usr/bin/env bash
# Entry point of the postgres-replica service (image postgres:15). On the first start, while its
# data directory is empty, it clones the primary with `pg_basebackup -R -X stream`; then it runs
# postgres as a hot standby that streams from the primary. Arguments are passed to postgres.
set -euo pipefail

: "${PGDATA:=/var/lib/postgresql/data}"
: "${PRIMARY_HOST:=postgres-primary}"
: "${PRIMARY_PORT:=5432}"
: "${REPLICATION_USER:=replicator}"
: "${REPLICATION_PASSWORD:?REPLICATION_PASSWORD must be set}"

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
  echo "replica: cloning the primary with pg_basebackup ..."
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" \
    -U "$REPLICATION_USER" -D "$PGDATA" -R -X stream --checkpoint=fast -w
  touch "$marker"
fi

exec postgres "$@"

#!/usr/bin/env bash
# npm run up: the quick start. Brings up the local stack, builds, migrates, then runs web and
# worker in the foreground (Ctrl-C stops both gracefully) and prints where everything is.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

[ -d node_modules ] || { echo "Dependencies are missing: run 'npm ci' first." >&2; exit 1; }

step "local stack"
bash scripts/stack/up.sh

step "build"
npm run --silent build
# The demo seed below calls the API through the generated client (clients/typescript), compiled.
npm run --silent client:build

step "migrations"
npx typeorm migration:run -d dist/src/infrastructure/database/data-source.js

# shellcheck source=scripts/stack/env.sh
source scripts/stack/env.sh
HTTP_PORT="${HTTP_PORT:-3000}"
WORKER_HTTP_PORT="${WORKER_HTTP_PORT:-3001}"
ADMIN_USERNAME="${ADMIN_USERNAME:-admin}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-tenfold-admin-local}"
export HTTP_PORT WORKER_HTTP_PORT ADMIN_USERNAME ADMIN_PASSWORD

step "web and worker"
pids=()
stop_all() {
  trap - INT TERM
  echo
  echo "Stopping web and worker (graceful drain) ..."
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  echo "Stopped. The local stack keeps running: npm run stack:down stops it."
  exit 0
}
trap stop_all INT TERM

# Process substitution (not a pipe) so that $! is node's pid and the signal reaches node.
node dist/src/main.js > >(sed -u 's/^/[web]    /') 2>&1 &
pids+=($!)
node dist/src/worker.js > >(sed -u 's/^/[worker] /') 2>&1 &
pids+=($!)

wait_ready() {
  local url=$1 deadline=$((SECONDS + 60))
  until curl -fs -o /dev/null --max-time 2 "$url"; do
    ((SECONDS < deadline)) || { echo "$url did not become ready within 60 s" >&2; stop_all; }
    sleep 0.5
  done
}
wait_ready "http://127.0.0.1:$HTTP_PORT/health/ready"
wait_ready "http://127.0.0.1:$WORKER_HTTP_PORT/health/ready"

# Demo: one heartbeat job through web -> Redis -> worker -> Postgres, read back through web.
auth="$ADMIN_USERNAME:$ADMIN_PASSWORD"
location=$(curl -fsS -u "$auth" -H 'content-type: application/json' -d '{"holdMs": 500}' \
  -o /dev/null -w '%header{location}' "http://127.0.0.1:$HTTP_PORT/v1/system/heartbeats")
heartbeat=$(curl -fsS -u "$auth" "http://127.0.0.1:$HTTP_PORT$location?waitMs=10000")

# Demo data through the public API (sign-ups, invitations mailed by the worker and accepted).
step "demo data"
TENFOLD_BASE_URL="http://127.0.0.1:$HTTP_PORT" node scripts/seed-demo.js ||
  echo "Demo data was not created (see above); web and worker keep running." >&2

cat <<INFO

tenfold is running. Ctrl-C stops web and worker.
  API             http://127.0.0.1:$HTTP_PORT/v1
  Swagger UI      http://127.0.0.1:$HTTP_PORT/docs          (user $ADMIN_USERNAME, password $ADMIN_PASSWORD)
  Queue dashboard http://127.0.0.1:$HTTP_PORT/admin/queues  (same credentials)
  Web health      http://127.0.0.1:$HTTP_PORT/health/ready   metrics: /metrics
  Worker health   http://127.0.0.1:$WORKER_HTTP_PORT/health/ready   metrics: /metrics
  Demo heartbeat  $heartbeat
  Demo users      log in with POST /v1/auth/login (see "demo data" above)
  Mail sink       http://127.0.0.1:${TENFOLD_SMTP_API_PORT:-58025}/messages   (every mail sent)

INFO
wait "${pids[@]}"

#!/usr/bin/env bash
# npm test: everything CI checks, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f .jest-results.json

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "runtime"
# npm puts node_modules/.bin first on PATH, so this is the project's own Node (package.json).
echo "Node $(node -v) at $(node -p 'require("fs").realpathSync(process.execPath)')"

step "lint (eslint + prettier)"
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn

step "typecheck and build"
npm run --silent typecheck
npm run --silent build

step "API contract (openapi.json: generated, linted, no breaking change)"
bash scripts/openapi-check.sh

step "architecture rules"
npm run --silent arch

step "local stack"
bash scripts/stack/up.sh

step "unit and e2e tests"
npx jest --json --outputFile=.jest-results.json "$@"

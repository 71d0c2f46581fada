#!/usr/bin/env bash
# npm run openapi:check: the committed contract, openapi.json, is the document the code generates;
# it lints clean under redocly.yaml; and it breaks nothing of the released one (docs/API.md).
# Needs the build (dist/), as `npm test` has it by this step; needs no stack.
set -euo pipefail
cd "$(dirname "$0")/.."
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

if [[ ! -f dist/src/write-openapi.js ]]; then
  echo "openapi:check needs the build: run npm run build first." >&2
  exit 1
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
generated="$scratch/openapi.json"
node dist/src/write-openapi.js "$generated"

if ! cmp -s openapi.json "$generated"; then
  {
    echo
    echo "openapi.json is not the document the code generates: run npm run openapi and commit it."
    echo
    echo "What changed, by operation (committed -> generated):"
    npx redocly diff openapi.json "$generated" --fail-on=none --config redocly.yaml 2>/dev/null ||
      true
    echo "Lines:"
    git diff --no-index --stat openapi.json "$generated" || true
  } >&2
  exit 1
fi
echo "openapi.json is the document the code generates."

# Both checks run, so one run reports every problem. The committed file is linted, now known to
# be the generated one: .redocly.lint-ignore.yaml's per-location exceptions name it.
failed=0
npx redocly lint openapi.json --config redocly.yaml --format=stylish --max-problems 1000 || failed=1
node scripts/openapi-breaking-changes.js openapi/released/v1.json openapi.json || failed=1
exit "$failed"

#!/usr/bin/env bash
# npm run openapi:check: the committed contract, openapi.json, is the document the code generates;
# it lints clean under redocly.yaml; it breaks nothing of the released one (docs/API.md); and the
# committed TypeScript client (clients/typescript) is the one it generates.
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

# The checks below all run, so one run reports every problem. The committed file is linted, now known to
# be the generated one: .redocly.lint-ignore.yaml's per-location exceptions name it.
failed=0
npx redocly lint openapi.json --config redocly.yaml --format=stylish --max-problems 1000 || failed=1
node scripts/openapi-breaking-changes.js openapi/released/v1.json openapi.json || failed=1

# The client is generated into the scratch directory with the same settings and formatting
# (scripts/generate-client.mjs), so any difference is an edit or a missed regeneration.
client="$scratch/client"
client_failed=0
node scripts/generate-client.mjs "$client" >/dev/null
if ! diff -r -q clients/typescript/src "$client" >/dev/null; then
  {
    echo
    echo "clients/typescript/src is not the client openapi.json generates: run npm run client and"
    echo "commit it. Files that differ (committed -> generated):"
    diff -r -q clients/typescript/src "$client" | sed "s|$client|<generated>|g" || true
  } >&2
  client_failed=1
fi
version="$(node scripts/generate-client.mjs --package-version)"
if [[ "$(node -p 'require("./clients/typescript/package.json").version')" != "$version" ]]; then
  echo "clients/typescript/package.json: version must be $version (openapi.json's info.version):" \
    "run npm run client and commit it." >&2
  client_failed=1
fi
if [[ "$client_failed" == 0 ]]; then
  echo "clients/typescript is the client openapi.json generates."
else
  failed=1
fi
exit "$failed"

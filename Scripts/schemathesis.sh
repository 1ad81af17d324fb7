#!/usr/bin/env bash
# Scripts/schemathesis.sh: the API's contract (Sources/AttestService/openapi.yaml) checked by
# schemathesis against a live `attest serve --demo` on a free loopback port: every check (the
# configuration says where one does not apply), in every
# phase (examples, coverage, fuzzing, stateful), with a capped number of examples per operation
# (SCHEMATHESIS_EXAMPLES, 25 by default). It fails on a 5xx, an answer the document does not
# allow, or a request the document rules out that is accepted. ATTEST names the binary (the
# debug build by default); schemathesis comes from the project's venv (make venv).
set -euo pipefail
cd "$(dirname "$0")/.."
attest=${ATTEST:-.build/debug/attest}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; wait 2> /dev/null; rm -rf "$work"' EXIT
"$attest" serve --demo --data "$work/data" --listen 127.0.0.1:0 --today 2026-11-25 > "$work/out" 2> "$work/log" &
pid=$!
for _ in $(seq 300); do
    [ "$(wc -l < "$work/out")" -ge 2 ] && break
    kill -0 "$pid" 2> /dev/null || { cat "$work/log" >&2; exit 1; }
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/out")
ATTEST_TOKEN=$(sed -n 's/^clerk token: //p' "$work/out")
export ATTEST_TOKEN
SCHEMATHESIS_HOOKS=Tests/schemathesis/hooks.py .venv/bin/schemathesis --config-file Tests/schemathesis/schemathesis.toml \
    run "$url/openapi.yaml" --max-examples "${SCHEMATHESIS_EXAMPLES:-25}" --workers 2 --no-color

#!/usr/bin/env bash
# Scripts/stage.sh NAME COMMAND...: runs one stage of `make test` and says on stderr how long it
# took, so that a slow stage shows in CI's log.
set -uo pipefail
name=${1:?usage: Scripts/stage.sh NAME COMMAND...}
shift
start=$SECONDS
"$@"
status=$?
echo "stage $name: $((SECONDS - start)) s, exit status $status" >&2
exit $status

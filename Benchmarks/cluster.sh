#!/usr/bin/env bash
# Attest's service on its two stores, in one run on this machine, over loopback, load from wrk:
#   sqlite:       one `attest serve --demo` on its data folder (SQLite, documents as files);
#   postgres, 1:  one instance on PostgreSQL (Scripts/cluster.sh with one instance), straight;
#   nginx, 1:     the same instance behind nginx, as the cluster runs it;
#   nginx, 2:     two instances on one PostgreSQL behind nginx (Scripts/cluster.sh).
# Two loads each, from 64 connections, the better of two runs of BENCH_SECONDS (10 unless set)
# after a 2 s warm-up:
#   scans         `POST /v1/scans`, a ~210 KB 300 dpi grey A4 JPEG as the raw body: a token read
#                 from the store, the scan inspected, a JSON report (nothing written);
#   applications  `POST /v1/applications`, the demo's first case as multipart/form-data with
#                 three ~210 KB scans and the owner's signed consent: every document stored by
#                 SHA-256, the review (scans, consent signature), the record inserted with its
#                 history, a durable commit.
# How to read it: "2 / 1" is two instances behind nginx over one behind nginx, the scaling the
# second instance buys on this machine; "postgres / sqlite" is the price of the shared store for
# one instance. wrk, nginx, PostgreSQL and the instances all share this machine's cores: on 2
# cores a second instance has no core of its own (see docs/cluster.md for what limits it here
# and on more). Run it with `make bench-cluster`; it takes about 4 minutes.
source "$(dirname "$0")/common.sh"
# PostgreSQL runs as its own user (Scripts/postgres.sh), which must reach the clusters' folders.
chmod 755 "$work"

seconds=${BENCH_SECONDS:-10}
connections=64
threads=$(nproc)
lua=$root/Benchmarks/serve_post.lua
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    for dir in "$work"/cluster-*; do [ -d "$dir" ] && ATTEST=$attest Scripts/cluster.sh stop "$dir"; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "cluster.sh: $*" >&2; exit 1; }

# load URL FILE TYPE TOKEN SECONDS: a wrk run posting FILE; its output in $work/wrk.out
load() {
    wrk -t"$threads" -c"$connections" -d"$5s" --timeout 20s --latency -s "$lua" "$1" -- "$2" "$3" "$4" > "$work/wrk.out"
    local bad
    bad=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$work/wrk.out")
    [ "$bad" -eq 0 ] || { cat "$work/wrk.out" >&2; fail "$bad requests to $1 failed"; }
}
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.out"; }

# peak KEY NAME URL FILE TYPE TOKEN: the better of two runs, into rate[KEY]
declare -A rate
peak() {
    load "$3" "$4" "$5" "$6" 2
    local best=0
    for _ in 1 2; do
        load "$3" "$4" "$5" "$6" "$seconds"
        [ "$(rps)" -le "$best" ] || best=$(rps)
    done
    rate[$1]=$best
    echo "$2: $best req/s"
}

# measure KEY NAME BASE-URL TOKEN: both loads against one configuration
measure() {
    peak "$1-scans" "$2, POST /v1/scans (210 KB)" "$3/v1/scans" "$scan" image/jpeg "$4"
    peak "$1-applications" "$2, whole applications" "$3/v1/applications" "$work/application.body" "$type" "$4"
}

echo "$(machine); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); $(nginx -v 2>&1 | cut -d' ' -f3);" \
    "PostgreSQL $(/usr/lib/postgresql/15/bin/postgres --version | awk '{ print $3 }')"
"$python" Benchmarks/serve_client.py scans "$work/scans" > /dev/null
scan=$work/scans/scan-200kb-1.jpg

# SQLite: the demo's service on a fresh data folder.
"$attest" serve --data "$work/data" --listen 127.0.0.1:0 --demo > "$work/attest.out" 2> "$work/attest.err" &
pids+=($!)
for _ in $(seq 300); do grep -q '^clerk token: ' "$work/attest.out" && break; sleep 0.1; done
url=$(sed -n 's|^listening on \(http://[^ ]*\).*|\1|p' "$work/attest.out")
token=$(sed -n 's/^clerk token: *//p' "$work/attest.out")
[ -n "$url" ] && [ -n "$token" ] || { cat "$work/attest.err" >&2; fail "attest serve did not start"; }
type=$("$python" Benchmarks/serve_client.py application "$work/data/demo" "$work/scans" "$work/application.body")
measure sqlite "sqlite" "$url" "$token"
kill "${pids[-1]}"; wait "${pids[-1]}" 2> /dev/null || true
echo

# PostgreSQL: one instance, straight and behind nginx; then two behind nginx. Each cluster is
# started afresh, so that each measures an empty store as the SQLite run did.
for count in 1 2; do
    dir=$work/cluster-$count
    ATTEST=$attest Scripts/cluster.sh start "$dir" "$count" > /dev/null
    source "$dir/cluster.env"
    if [ "$count" = 1 ]; then
        measure postgres-1 "postgres, 1 instance" "http://127.0.0.1:$INSTANCE_1_PORT" "$CLERK_TOKEN"
    fi
    measure "nginx-$count" "postgres, $count behind nginx" "$URL" "$CLERK_TOKEN"
    ATTEST=$attest Scripts/cluster.sh stop "$dir"
    echo
done

for load in scans applications; do
    echo "$load: postgres / sqlite $(ratio "${rate[postgres-1-$load]}" "${rate[sqlite-$load]}")," \
        "nginx 1 / straight $(ratio "${rate[nginx-1-$load]}" "${rate[postgres-1-$load]}")," \
        "2 / 1 behind nginx $(ratio "${rate[nginx-2-$load]}" "${rate[nginx-1-$load]}")"
done

#!/usr/bin/env bash
# The HTTP service against its peers, in one run on this machine, over loopback, load from wrk:
#   scans:        `POST /v1/scans`, a 300 dpi A4 JPEG as the raw body, from 64 connections, with
#                 a ~1 MB colour scan and a ~210 KB grey one, answered by
#                   attest:  `attest serve --demo` (bearer token, the upload rules, a JSON report);
#                   FastAPI: Benchmarks/serve_peer.py under uvicorn, one worker a core, the same
#                            check with Pillow (token, 5 MiB bound, format, size, dpi, verdict);
#                   nginx:   the body read whole into memory and a 204: the transport's ceiling,
#                            what no server that reads the upload can beat here;
#   memory:       attest's resident size before, during (the highest of samples every 0.2 s)
#                 and after the scan load, and once more after the store is filled;
#   applications: `POST /v1/applications`, multipart/form-data: the demo's first case's
#                 `application` naming its parts, three ~210 KB scans and the owner's signed
#                 consent, from 64 connections: whole applications per second;
#   the queue:    the store filled to BENCH_QUEUE_SIZE applications (100,000 unless set; the
#                 fill posts the same application with wrk and takes minutes), then 200 clerk
#                 requests `GET /v1/applications?status=approved&limit=50` for pages spread over
#                 the whole queue (reached by its `next` cursors), one at a time: median and p99
#                 (BENCH_QUEUE_STATUS asks for another status).
#
# Two figures a server and a body:
#   req/s  the peak: wrk with 64 connections, each sending its next request when the last is
#          answered, the better of two runs of BENCH_SECONDS (10 unless set) after a 2 s warm-up;
#   p99    the latency at 80% of attest's peak rate, the same offered rate for every server, a
#          load attest carries without a standing queue. wrk2 (which offers a fixed rate) is not
#          in Debian, so wrk offers it through Benchmarks/serve_post.lua: the same 64
#          connections, each of wrk's threads sending its share as a Poisson stream of requests
#          (independent clients) whichever connection is free, and wrk's clock for a request
#          starting when it is written, for BENCH_SECONDS. Fewer connections without pacing would
#          give that rate only at 1-2 connections on 2 cores, where no request ever waits behind
#          another, and would say nothing of the queueing a real load brings. A server that
#          cannot keep up falls behind, and its line says the rate it did reach.
# How to read it: attest / FastAPI is the figure with a target (>= 2 in requests per second);
# attest / nginx says how much of the loopback transport's ceiling attest reaches, where 1 would
# mean the inspection and the report cost nothing. The p99s compare servers under one load: a
# server marked as fallen behind was overloaded by it. wrk runs on the same 2 cores as the
# servers and takes its share of them, alike for all three; each block also says how much of the
# CPU other programs took, and figures compare fairly only when that is near 0%. The scan runs
# take about 5 minutes and the fill 5-10 more. Run it with `make bench-serve`.
source "$(dirname "$0")/common.sh"

seconds=${BENCH_SECONDS:-10}
queue_size=${BENCH_QUEUE_SIZE:-100000}
connections=64
threads=$(nproc)
lua=$root/Benchmarks/serve_post.lua

servers=()
stop_servers() { for pid in "${servers[@]}"; do kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null || true; done; servers=(); }
trap 'stop_servers; rm -rf "$work"' EXIT
fail() { echo "serve.sh: $*" >&2; exit 1; }

free_port() { "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for_port() {
    for _ in $(seq 300); do (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null && return; sleep 0.1; done
    fail "nothing listens on port $1 after 30 s"
}

# load URL FILE TYPE TOKEN SECONDS [RATE]: a wrk run posting FILE, as fast as answers come or
# each thread offering RATE req/s; its output in $work/wrk.out
load() {
    WRK_THREAD_RATE=${6:-} wrk -t"$threads" -c"$connections" -d"$5s" --timeout 10s --latency -s "$lua" "$1" -- "$2" "$3" "$4" \
        > "$work/wrk.out"
    local bad
    bad=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$work/wrk.out")
    [ "$bad" -eq 0 ] || { cat "$work/wrk.out" >&2; fail "$bad requests to $1 failed"; }
}
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.out"; }
requests() { awk '/requests in/ { print $1 }' "$work/wrk.out"; }
# p99 in milliseconds, whatever unit wrk chose
p99() {
    awk '$1 == "99%" { v = $2; u = v; sub(/[a-z]+$/, "", v); sub(/^[0-9.]+/, "", u)
                       printf "%.1f", v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }' "$work/wrk.out"
}

# peak NAME URL FILE TYPE TOKEN: requests per second at 64 connections, the better of two runs
# (this VM's neighbours take a core now and then), into peak_rate and peak_p99
peak() {
    load "$2" "$3" "$4" "$5" 2
    peak_rate=0
    for _ in 1 2; do
        load "$2" "$3" "$4" "$5" "$seconds"
        [ "$(rps)" -le "$peak_rate" ] || peak_rate=$(rps) peak_p99=$(p99)
    done
    echo "$1: $peak_rate req/s ($connections connections, best of 2 runs of $seconds s; p99 $peak_p99 ms at that load)"
}

# at_rate KEY NAME URL FILE TYPE TOKEN TARGET: the p99 with wrk offering TARGET req/s, into
# p99_at[KEY], marked when the server fell behind (reached less than 90% of the target)
at_rate() {
    local key=$1 name=$2 target=$7 reached
    load "$3" "$4" "$5" "$6" "$seconds" "$(awk -v t="$target" -v n="$threads" 'BEGIN { print t / n }')"
    reached=$(rps)
    if awk -v r="$reached" -v t="$target" 'BEGIN { exit !(r < t * 0.9) }'; then
        p99_at[$key]="$(p99) ms (fell behind, $reached req/s)"
    else
        p99_at[$key]="$(p99) ms"
    fi
    echo "$name p99: $(p99) ms offered $target req/s (reached $reached req/s)"
}

# Whether the machine was ours: the CPU time all programs spent (from /proc/stat), less what
# this script, its servers and wrk spent (the shell's `times` for the programs it has waited
# for, /proc for attest, which runs to the end). A block that shares the cores with another
# program is unfair to whichever server ran while it did. cpu_mark starts a block; cpu_others
# KEY puts the others' share of the machine since then in others[KEY]. Both run `times` in
# this shell, not in a $(...) subshell, whose waited-for children would be none of ours.
tick=$(getconf CLK_TCK)
cpu_all() { awk -v tick="$tick" '/^cpu / { print ($2 + $3 + $4) / tick }' /proc/stat; }
cpu_ours() {
    times > "$work/times"
    ours=$(awk -v tick="$tick" -v pid="${attest_pid:-}" '
        { for (i = 1; i <= NF; i++) { split($i, t, /[ms]/); sum += t[1] * 60 + t[2] } }
        END { if (pid != "" && (getline line < ("/proc/" pid "/stat")) > 0) {
                  split(line, f, " "); sum += (f[14] + f[15] + f[16] + f[17]) / tick }
              print sum }' "$work/times")
}
cpu_mark() { cpu_ours; mark_ours=$ours mark_all=$(cpu_all) mark_time=$(now); }
cpu_others() {
    cpu_ours
    others[$1]=$(awk -v a="$(cpu_all)" -v o="$ours" -v t="$(now)" -v ma="$mark_all" -v mo="$mark_ours" -v mt="$mark_time" \
        -v cores="$(nproc)" 'BEGIN { s = ((a - ma) - (o - mo)) / ((t - mt) * cores) * 100; printf "%.0f%%", s < 0 ? 0 : s }')
}

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# sample_rss PID FILE: the resident size every 0.2 s while the process lives (run in background)
sample_rss() { while kill -0 "$1" 2> /dev/null; do echo "$(rss_mb "$1")" >> "$2"; sleep 0.2; done; }
highest() { sort -n "$1" | tail -1; }

# check NAME URL FILE TYPE TOKEN STATUS: one request by curl, its answer shown, its status
# required to match the pattern STATUS
check() {
    local status
    status=$(curl -s -o "$work/answer" -w '%{http_code}' -X POST --data-binary "@$3" -H "Content-Type: $4" \
        ${5:+-H "Authorization: Bearer $5"} "$2") || fail "$1 did not answer at $2"
    echo "$1 answers $status: $(head -c 300 "$work/answer" | tr -d '\n')"
    [[ $status == $6 ]] || fail "$1 answered $status, not $6"
}

echo "$(machine); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); $(nginx -v 2>&1 | cut -d' ' -f3)"
echo "$("$python" -c 'import fastapi, uvicorn, PIL; print(f"FastAPI {fastapi.__version__}, uvicorn {uvicorn.__version__}, Pillow {PIL.__version__}")')"
"$python" Benchmarks/serve_client.py scans "$work/scans"
large=$work/scans/scan-1mb.jpg small=$work/scans/scan-200kb-1.jpg
bodies=(large small)
declare -A label=([large]="1 MB scan" [small]="210 KB scan") file=([large]=$large [small]=$small)
declare -A rate target p99_at others
echo

# attest: its data in a fresh folder; it prints its address and the clerk's token.
"$attest" serve --data "$work/data" --listen 127.0.0.1:0 --demo > "$work/attest.out" 2> "$work/attest.err" &
attest_pid=$! servers+=("$attest_pid")
for _ in $(seq 300); do grep -q '^clerk token: ' "$work/attest.out" && break; sleep 0.1; done
attest_url=$(sed -n 's|^listening on \(http://[^ ]*\).*|\1|p' "$work/attest.out")
token=$(sed -n 's/^clerk token: *//p' "$work/attest.out")
[ -n "$attest_url" ] && [ -n "$token" ] || { cat "$work/attest.out" "$work/attest.err" >&2; fail "attest serve did not say its address and token"; }
wait_for_port "${attest_url##*:}"
check "attest" "$attest_url/v1/scans" "$large" image/jpeg "$token" 200
cpu_mark
rss_before=$(rss_mb "$attest_pid")
sample_rss "$attest_pid" "$work/rss" &
sampler=$!
for body in "${bodies[@]}"; do
    peak "attest, ${label[$body]}" "$attest_url/v1/scans" "${file[$body]}" image/jpeg "$token"
    rate[attest-$body]=$peak_rate
done
for body in "${bodies[@]}"; do
    target[$body]=$(awk -v p="${rate[attest-$body]}" 'BEGIN { printf "%.0f", p * 0.8 }')
    at_rate "attest-$body" "attest, ${label[$body]}" "$attest_url/v1/scans" "${file[$body]}" image/jpeg "$token" \
        "${target[$body]}"
done
kill "$sampler"; wait "$sampler" 2> /dev/null || true
rss_during=$(highest "$work/rss")
# Flat means the load's second half holds no more than its first: nothing grows with requests served.
rss_halves=$(awk '{ v[NR] = $1 } END { h = int(NR / 2); for (i = 1; i <= NR; i++) if (i <= h) { if (v[i] > a) a = v[i] } else if (v[i] > b) b = v[i]
                                        printf "%d MB in its first half, %d MB in its second", a, b }' "$work/rss")
sleep 2
rss_after=$(rss_mb "$attest_pid")
echo "attest resident memory: $rss_before MB before the load, at most $rss_during MB during it ($rss_halves), $rss_after MB 2 s after it"
cpu_others attest
echo "other programs on this machine: ${others[attest]} of its CPU during attest's runs"
echo

# FastAPI: uvicorn with one worker a core, as it is deployed.
port=$(free_port)
PEER_TOKEN=peer-token "$root/.venv/bin/uvicorn" --app-dir Benchmarks --host 127.0.0.1 --port "$port" \
    --workers "$(nproc)" --log-level warning --no-access-log serve_peer:app &
servers+=($!)
wait_for_port "$port"
check "FastAPI" "http://127.0.0.1:$port/v1/scans" "$large" image/jpeg peer-token 200
cpu_mark
for body in "${bodies[@]}"; do
    peak "FastAPI, ${label[$body]}" "http://127.0.0.1:$port/v1/scans" "${file[$body]}" image/jpeg peer-token
    rate[fastapi-$body]=$peak_rate
    at_rate "fastapi-$body" "FastAPI, ${label[$body]}" "http://127.0.0.1:$port/v1/scans" "${file[$body]}" image/jpeg \
        peer-token "${target[$body]}"
done
kill "${servers[-1]}"; wait "${servers[-1]}" 2> /dev/null || true; unset 'servers[-1]'
cpu_others fastapi
echo "other programs on this machine: ${others[fastapi]} of its CPU during FastAPI's runs"
echo

# nginx: run as this user from a scratch folder, with the config in Benchmarks/serve_nginx.conf.
port=$(free_port)
sed -e "s|WORK|$work|g" -e "s|PORT|$port|g" Benchmarks/serve_nginx.conf > "$work/nginx.conf"
nginx -p "$work" -e "$work/nginx-error.log" -c "$work/nginx.conf" &
servers+=($!)
wait_for_port "$port"
check "nginx" "http://127.0.0.1:$port/v1/scans" "$large" image/jpeg "" 204
cpu_mark
for body in "${bodies[@]}"; do
    peak "nginx, ${label[$body]}" "http://127.0.0.1:$port/v1/scans" "${file[$body]}" image/jpeg ""
    rate[nginx-$body]=$peak_rate
    at_rate "nginx-$body" "nginx, ${label[$body]}" "http://127.0.0.1:$port/v1/scans" "${file[$body]}" image/jpeg "" \
        "${target[$body]}"
done
kill "${servers[-1]}"; wait "${servers[-1]}" 2> /dev/null || true; unset 'servers[-1]'
cpu_others nginx
echo "other programs on this machine: ${others[nginx]} of its CPU during nginx's runs"
echo

# Whole applications: --demo left `attest demo`'s folder under data/demo, whose consent CA the
# service trusts and whose owner signed the consent. The body is built once and posted as is.
type=$("$python" Benchmarks/serve_client.py application "$work/data/demo" "$work/scans" "$work/application.body")
check "attest, one application" "$attest_url/v1/applications" "$work/application.body" "$type" "$token" '2??'
cpu_mark
load "$attest_url/v1/applications" "$work/application.body" "$type" "$token" 2
stored=$(requests)
load "$attest_url/v1/applications" "$work/application.body" "$type" "$token" "$seconds"
applications=$(rps) stored=$((stored + $(requests) + 1))
echo "attest, whole applications: $applications applications/s ($(requests) in $seconds s, $connections connections," \
    "$(stat -c %s "$work/application.body") bytes each)"
cpu_others applications
echo "other programs on this machine: ${others[applications]} of its CPU during them"

# The queue: fill the store, in runs of at most two minutes, then read pages all over it.
while [ "$stored" -lt "$queue_size" ]; do
    chunk=$(awk -v n="$((queue_size - stored))" -v r="$applications" 'BEGIN { s = int(n / r) + 1; print s < 120 ? s : 120 }')
    load "$attest_url/v1/applications" "$work/application.body" "$type" "$token" "$chunk"
    stored=$((stored + $(requests)))
    echo "filling the store: $stored applications posted"
done
cpu_mark
queue_line=$("$python" Benchmarks/serve_client.py queue "$attest_url" "$token" "${BENCH_QUEUE_STATUS:-approved}" 200)
echo "attest, $queue_line"
cpu_others queue
echo "other programs on this machine: ${others[queue]} of its CPU during the walk and the timed pages"
rss_full=$(rss_mb "$attest_pid") hwm=$(hwm_mb "$attest_pid")
echo "attest resident memory: $rss_full MB after the fill and the queue's pages (high-water mark $hwm MB)"

echo
for body in "${bodies[@]}"; do
    echo "${label[$body]}: attest / FastAPI = $(ratio "${rate[attest-$body]}" "${rate[fastapi-$body]}") (requests per second; target >= 2)"
    echo "    attest / nginx = $(ratio "${rate[attest-$body]}" "${rate[nginx-$body]}") (of the transport's ceiling)"
    echo "    p99 at ${target[$body]} req/s (80% of attest's peak):" \
        "attest ${p99_at[attest-$body]}, FastAPI ${p99_at[fastapi-$body]}, nginx ${p99_at[nginx-$body]}"
done
echo "memory: attest $rss_before MB before the scan load, at most $rss_during MB during it ($rss_halves), $rss_after MB after it;" \
    "$rss_full MB with the store full"
echo "applications: $applications/s; queue page: $(echo "$queue_line" | sed -E 's/.*: (median [0-9.]+ ms, p99 [0-9.]+ ms).*/\1/')"
echo "other programs' share of the CPU: attest's scan runs ${others[attest]}, FastAPI's ${others[fastapi]}," \
    "nginx's ${others[nginx]}, applications ${others[applications]}, queue ${others[queue]}" \
    "(the figures compare fairly only when these are near 0%)"

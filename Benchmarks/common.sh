# Shared by the benchmark scripts: sourced, not run. Sets root, attest, python and a scratch
# folder `work` (removed on exit), and the helpers below.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
attest=$root/.build/release/attest
python=$root/.venv/bin/python
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The clock is bash's own (5.0 and later): a `date` process at each end of a timed run would add
# its own start to every run, ~0.8 ms here, a few per cent of a 30 ms run and nothing of Python's.
[ -n "${EPOCHREALTIME:-}" ] || { echo "the benchmarks need bash 5 or later (EPOCHREALTIME)" >&2; exit 1; }
now() { echo "${EPOCHREALTIME/[^0-9]/.}"; }
# ratio A B: A / B with two decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# rate_of COUNT SECONDS: items per second
rate_of() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
# figure: the number after the colon of a "<name>: <number> <unit> ..." line
figure() { sed -E 's/.*: ([0-9.]+) .*/\1/'; }
# best COMMAND...: the fastest of `runs` runs (three unless a script says otherwise), in seconds;
# exit status 1 is a verdict, not a failure
runs=3
best() {
    local best=1000000 start end
    for _ in $(seq "$runs"); do
        start=${EPOCHREALTIME/[^0-9]/.}; "$@" > /dev/null || [ $? -eq 1 ]; end=${EPOCHREALTIME/[^0-9]/.}
        best=$(awk -v a="$best" -v s="$start" -v e="$end" 'BEGIN { d = e - s; print (d < a) ? d : a }')
    done
    echo "$best"
}
machine() { echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"; }

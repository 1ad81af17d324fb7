# Shared by the benchmark scripts: sourced, not run. Sets root, attest, python and a scratch
# folder `work` (removed on exit), and the helpers below.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
attest=$root/.build/release/attest
python=$root/.venv/bin/python
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
# ratio A B: A / B with two decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# rate_of COUNT SECONDS: items per second
rate_of() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
# figure: the number after the colon of a "<name>: <number> <unit> ..." line
figure() { sed -E 's/.*: ([0-9.]+) .*/\1/'; }
# best COMMAND...: the fastest of three runs, in seconds; exit status 1 is a verdict, not a failure
best() {
    local best=1000000 start elapsed
    for _ in 1 2 3; do
        start=$(now); "$@" > /dev/null || [ $? -eq 1 ]; elapsed=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
        best=$(awk -v a="$best" -v b="$elapsed" 'BEGIN { print (b < a) ? b : a }')
    done
    echo "$best"
}
machine() { echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"; }

#!/usr/bin/env bash
# Certificate PDFs against their peers, in one run on this machine (release build):
#   unsigned: 1,000 certificates rendered in process by attest (all cores) vs reportlab in one
#             Python process (DejaVu Sans embedded, reportlab's own QR widget; and without the QR);
#   signed:   the same signed by attest (PAdES B, P-256) vs reportlab then pyHanko (PAdES, P-256).
# Prints each figure and the ratios. Run it with `make bench-certificates`.
source "$(dirname "$0")/common.sh"
count=1000

machine
"$attest" keygen --subject "CN=Benchmark CA" --key-out "$work/ca.key" --cert-out "$work/ca.pem" > /dev/null
"$attest" keygen --subject "CN=Benchmark Issuer" --key-out "$work/issuer.key" --cert-out "$work/issuer.pem" \
    --ca-key "$work/ca.key" --ca-cert "$work/ca.pem" > /dev/null
cat "$work/issuer.pem" "$work/ca.pem" > "$work/chain.pem"

attest_lines=$("$root/Benchmarks/.build/release/attest-certificate-benchmark" seeds/certificate.json "$work/issuer.key" "$work/chain.pem" $count)
echo "$attest_lines"
reportlab_line=$("$python" Benchmarks/certificate_peers.py reportlab seeds/certificate.json "$work/reportlab" $count)
echo "$reportlab_line"
"$python" Benchmarks/certificate_peers.py reportlab seeds/certificate.json "$work/reportlab-no-qr" $count --no-qr
pyhanko_line=$("$python" Benchmarks/certificate_peers.py pyhanko "$work/reportlab" "$work/issuer.key" "$work/issuer.pem" "$work/ca.pem")
echo "$pyhanko_line"

unsigned=$(echo "$attest_lines" | grep '^attest unsigned' | figure)
signed=$(echo "$attest_lines" | grep '^attest signed' | figure)
reportlab=$(echo "$reportlab_line" | figure)
pyhanko=$(echo "$pyhanko_line" | figure)
pipeline=$(awk -v r="$reportlab" -v p="$pyhanko" 'BEGIN { printf "%.1f", 1 / (1 / r + 1 / p) }')
echo "reportlab + pyHanko: $pipeline certificates/s (render, then sign)"
echo
echo "unsigned: attest / reportlab = $(ratio "$unsigned" "$reportlab") (target >= 30)"
echo "signed:   attest / (reportlab + pyHanko) = $(ratio "$signed" "$pipeline") (target >= 30)"

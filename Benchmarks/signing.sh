#!/usr/bin/env bash
# Consent signing against its peers, in one run on this machine (release build, warm cache):
#   signing  1,000 consent files of 100 KB: attest in-process on all cores vs `openssl cms -sign`
#            run once per file, and vs Python cryptography's PKCS#7 builder in one process;
#   verifying the same files: attest in-process vs pyHanko's validate_detached_cms in one process;
#   hashing  a 1 GiB file: `attest hash` vs `openssl dgst -sha256`.
# Prints each figure and the ratios. Run it with `make bench-signing`.
source "$(dirname "$0")/common.sh"
benchmark=$root/Benchmarks/.build/release/attest-signing-benchmark

echo "$(machine); $(openssl version)"

mkdir "$work/files" "$work/sigs"
"$python" -c "
import random, sys
rng = random.Random(2026)
for i in range(1000):
    open(f'$work/files/consent-{i:04d}.json', 'wb').write(rng.randbytes(100 * 1024))
"
"$attest" keygen --subject "CN=Benchmark CA" --key-out "$work/ca.key" --cert-out "$work/ca.pem" --days 30 > /dev/null
"$attest" keygen --subject "CN=Benchmark Signer" --key-out "$work/signer.key" --cert-out "$work/signer.pem" \
    --ca-key "$work/ca.key" --ca-cert "$work/ca.pem" --days 30 > /dev/null

# openssl cms -sign, one process per file, as a shell script would use it.
start=$(now)
for file in "$work"/files/*; do
    openssl cms -sign -binary -outform DER -in "$file" -signer "$work/signer.pem" -inkey "$work/signer.key" \
        -out "$work/sigs/$(basename "$file").p7s"
done
openssl_rate=$(rate_of 1000 "$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')")
echo "openssl cms -sign: $openssl_rate files/s (1000 files, one process per file)"

crypto_line=$("$python" Benchmarks/signing_peers.py sign-cryptography "$work/files" "$work/signer.key" "$work/signer.pem")
echo "$crypto_line"
pyhanko_line=$("$python" Benchmarks/signing_peers.py verify-pyhanko "$work/files" "$work/sigs" "$work/ca.pem")
echo "$pyhanko_line"
attest_lines=$("$benchmark" "$work/files" "$work/signer.key" "$work/signer.pem" "$work/ca.pem" 3)
echo "$attest_lines"

attest_sign=$(echo "$attest_lines" | grep '^attest sign' | figure)
attest_verify=$(echo "$attest_lines" | grep '^attest verify' | figure)
crypto_sign=$(echo "$crypto_line" | figure)
pyhanko_verify=$(echo "$pyhanko_line" | figure)

# Hashing 1 GiB, best of three runs each, after one run to warm the page cache.
head -c 1073741824 /dev/urandom > "$work/big.bin"
openssl dgst -sha256 "$work/big.bin" > /dev/null
openssl_hash=$(best openssl dgst -sha256 "$work/big.bin")
attest_hash=$(best "$attest" hash "$work/big.bin")
openssl_gbs=$(awk -v t="$openssl_hash" 'BEGIN { printf "%.2f", 1.073741824 / t }')
attest_gbs=$(awk -v t="$attest_hash" 'BEGIN { printf "%.2f", 1.073741824 / t }')
echo "openssl dgst -sha256: $openssl_gbs GB/s (1 GiB, best of 3)"
echo "attest hash: $attest_gbs GB/s (1 GiB, best of 3)"

echo
echo "signing:   attest / cryptography = $(ratio "$attest_sign" "$crypto_sign") (target >= 1.5);" \
     "attest / openssl cms per file = $(ratio "$attest_sign" "$openssl_rate")"
echo "verifying: attest / pyHanko = $(ratio "$attest_verify" "$pyhanko_verify") (target >= 4)"
echo "hashing:   attest / openssl dgst = $(ratio "$attest_gbs" "$openssl_gbs") (target >= 0.95)"

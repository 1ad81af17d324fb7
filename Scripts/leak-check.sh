#!/usr/bin/env bash
# Runs the CLI's main paths under valgrind memcheck and fails on any definitely or indirectly
# lost bytes, or any invalid read or write. Uses a copy of the release binary (and of the PDF
# reader it loads; BINARIES names their folder, .build/release by default) without DWARF debug
# information: valgrind 3.19 cannot read the DWARF 5 that Swift's clang writes.
# Run it with `make leak-check`; `make test` runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
binaries=${BINARIES:-.build/release}
cp "$binaries/attest" "$binaries/libAttestPDF.so" "$work"/
strip --strip-debug "$work/attest" "$work/libAttestPDF.so"

failures=0
# check EXPECTED_STATUS attest-arguments...: the command must end with EXPECTED_STATUS and leak nothing.
check() {
    local expected=$1
    shift
    local status=0
    valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect --suppressions="$root/Scripts/valgrind.supp" \
        --errors-for-leak-kinds=definite,indirect --error-exitcode=99 --log-file="$work/valgrind.log" \
        "$work/attest" "$@" > "$work/stdout" 2> "$work/stderr" || status=$?
    if [ "$status" -eq 99 ] || [ -s "$work/valgrind.log" ]; then
        echo "LEAK or memory error: attest $*"
        cat "$work/valgrind.log"
        failures=$((failures + 1))
    elif [ "$status" -ne "$expected" ]; then
        echo "unexpected exit status $status (wanted $expected): attest $*"
        cat "$work/stderr"
        failures=$((failures + 1))
    else
        echo "clean: attest $*"
    fi
}

cd "$work"
printf '{"owner": "Петров Пётр Петрович"}\n' > consent.json
printf 'another consent\n' > second.txt
export LEAK_CHECK_PASSPHRASE="leak check passphrase" WRONG_PASSPHRASE="not the passphrase"

check 0 keygen --subject "CN=Leak Check CA,O=Attest" --key-out ca.key --cert-out ca.pem --days 3650
check 0 keygen --subject "CN=Петров Пётр Петрович" --key-out owner.key --cert-out owner.pem \
    --ca-key ca.key --ca-cert ca.pem --passphrase-env LEAK_CHECK_PASSPHRASE
check 0 keygen --algorithm rsa-3072 --subject "CN=RSA Owner" --key-out rsa.key --cert-out rsa.pem
check 0 keygen --algorithm ed25519 --subject "CN=QR Issuer" --key-out qr.key --cert-out qr.pem
check 73 keygen --subject "CN=Again" --key-out ca.key --cert-out again.pem
check 0 hash consent.json second.txt
check 0 hash --algorithm sha512 consent.json
check 66 hash missing.txt
check 0 sign consent.json second.txt --key owner.key --cert owner.pem --chain ca.pem --passphrase-env LEAK_CHECK_PASSPHRASE
check 0 sign consent.json --key rsa.key --cert rsa.pem --out rsa.p7s --pem
check 1 sign consent.json --key qr.key --cert qr.pem --out qr.p7s
check 65 sign consent.json --key owner.key --cert owner.pem --out x.p7s
check 65 sign consent.json --key owner.key --cert owner.pem --out x.p7s --passphrase-env WRONG_PASSPHRASE
check 0 verify consent.json --signature consent.json.p7s --ca ca.pem
check 0 verify consent.json --signature rsa.p7s --ca rsa.pem --format json
check 1 verify second.txt --signature consent.json.p7s --ca ca.pem
check 1 verify consent.json --signature consent.json.p7s --ca rsa.pem
check 1 verify consent.json --signature consent.json.p7s --ca ca.pem --at 2040-01-01T00:00:00Z
head -c 100 consent.json.p7s > truncated.p7s
check 1 verify consent.json --signature truncated.p7s --ca ca.pem
check 1 verify consent.json --signature ca.pem --ca ca.pem
check 0 consent create --owner "Петров Пётр Петрович" --owner-passport "4511 654321" --owner-passport-issued 2012-03-01 \
    --owner-passport-issuer "ОВД" --applicant "Иванов Иван Иванович" --applicant-birth-date 1990-05-17 \
    --address "г. Москва, ул. Тверская, д. 1, кв. 5" --from 2026-12-01 --until 2027-02-28 --issued-at 2026-11-20 \
    --valid-until 2027-02-17 --out created-consent.json
check 1 inspect --deep "$root/SampleScans" "$root/Tests/ScanInspectionTests/Fixtures"
check 1 inspect --format json "$root/SampleScans"
mkdir pdfs
/usr/bin/python3 "$root/Tests/ScanInspectionTests/make_test_pdfs.py" "$work/pdfs"
check 1 inspect --deep --format jsonl pdfs

check 0 keygen --subject "CN=Issuer" --key-out issuer.key --cert-out issuer.pem --ca-key ca.key --ca-cert ca.pem
cat issuer.pem ca.pem > chain.pem
check 0 certificate render --data "$root/seeds/certificate.json" --out unsigned.pdf
check 0 certificate render --data "$root/seeds/certificate.json" --out signed.pdf --sign-key issuer.key --sign-cert chain.pem
printf '%s\n{"number": "bad"}\n' "$(tr -d '\n' < "$root/seeds/certificate.json")" > batch.jsonl
check 1 certificate render --data batch.jsonl --out batch
check 0 certificate verify signed.pdf --ca ca.pem --issuer-cert issuer.pem --today 2026-12-15
check 1 certificate verify unsigned.pdf --ca ca.pem --today 2026-12-15
check 1 certificate verify "$root/SampleScans/passport-scan-300dpi.pdf" --ca ca.pem
check 1 certificate verify --qr "RUREG1:NOT A PAYLOAD" --ca ca.pem

check 0 demo --out demo
check 0 audit verify demo/2-clarification/events.jsonl --ca demo/keys/issuer.pem
check 66 case run "$root/seeds/cases/1-straight.case.json" --out missing-keys

if [ "$failures" -ne 0 ]; then
    echo "leak check: $failures failed"
    exit 1
fi
echo "leak check: every run clean"

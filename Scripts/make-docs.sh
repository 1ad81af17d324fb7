#!/usr/bin/env bash
# Makes the sample certificate in docs/: a demo CA and issuer (their certificates are kept beside
# it, their keys are not), the certificate of seeds/certificate.json signed by the issuer, and its
# preview rendered by poppler's pdftoppm. Run it with `make docs`.
set -euo pipefail
cd "$(dirname "$0")/.."
attest=.build/release/attest
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$attest" keygen --subject "CN=МВД России (демонстрационный УЦ),O=Attest demo" --key-out "$work/ca.key" \
    --cert-out "$work/ca.pem" --days 3650 > /dev/null
"$attest" keygen --subject "CN=ОВМ ОМВД России по району Тверской (демо),O=Attest demo" --key-out "$work/issuer.key" \
    --cert-out "$work/issuer.pem" --ca-key "$work/ca.key" --ca-cert "$work/ca.pem" --days 1825 > /dev/null
cat "$work/issuer.pem" "$work/ca.pem" > "$work/chain.pem"
"$attest" certificate render --data seeds/certificate.json --out docs/certificate.pdf --force \
    --sign-key "$work/issuer.key" --sign-cert "$work/chain.pem"
cp "$work/ca.pem" docs/sample-ca.pem
cp "$work/issuer.pem" docs/sample-issuer.pem
chmod 644 docs/certificate.pdf
pdftoppm -r 100 -png -singlefile docs/certificate.pdf docs/certificate-preview
"$attest" certificate verify docs/certificate.pdf --ca docs/sample-ca.pem --issuer-cert docs/sample-issuer.pem --today 2026-12-15

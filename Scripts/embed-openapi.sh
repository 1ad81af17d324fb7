#!/usr/bin/env bash
# Scripts/embed-openapi.sh: writes Sources/AttestService/OpenAPIDocument.swift from the API's
# contract, Sources/AttestService/openapi.yaml, so that an installed attest serves it with no file
# beside it. Run it after changing the contract (a test compares the two).
set -euo pipefail
cd "$(dirname "$0")/.."
source=Sources/AttestService/openapi.yaml
target=Sources/AttestService/OpenAPIDocument.swift
if grep -q '"""####' "$source"; then echo "$source holds the raw string's delimiter" >&2; exit 65; fi
{
    echo '// Made by Scripts/embed-openapi.sh from openapi.yaml; run it after changing that file.'
    echo ''
    echo '/// The API'"'"'s contract, OpenAPI 3.1, as `GET /openapi.yaml` serves it.'
    echo 'enum OpenAPIDocument {'
    echo '    static let yaml = ####"""'
    cat "$source"
    echo '"""####'
    echo '}'
} > "$target.tmp"
mv "$target.tmp" "$target"

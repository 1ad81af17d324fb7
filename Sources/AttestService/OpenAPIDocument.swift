// Made by Scripts/embed-openapi.sh from openapi.yaml; run it after changing that file.

/// The API's contract, OpenAPI 3.1, as `GET /openapi.yaml` serves it.
enum OpenAPIDocument {
    static let yaml = ####"""
openapi: 3.1.0
info:
  title: Attest
  version: 0.1.0
paths: {}
"""####
}

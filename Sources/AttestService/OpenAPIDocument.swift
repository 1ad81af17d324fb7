// Made by Scripts/embed-openapi.sh from openapi.yaml; run it after changing that file.

/// The API's contract, OpenAPI 3.1, as `GET /openapi.yaml` serves it.
enum OpenAPIDocument {
    static let yaml = ####"""
openapi: 3.1.0
info:
  title: Attest back office
  version: 0.1.0
  summary: Temporary registration at the place of stay, as an HTTP API.
  description: |
    Applications with their scans and the owners' signed consents come in from the portal; clerks
    issue, extend and annul certificates of registration; anyone checks a certificate's status by
    its number. Every error is an RFC 9457 problem document with Attest's `code`; messages are in
    English unless `Accept-Language` prefers Russian. A 2xx answer means the change is durable.
    Every POST takes an `Idempotency-Key`: the same key with the same request gets the first
    answer again for 24 hours.
  license:
    name: Apache-2.0
servers:
  - url: /
security:
  - bearer: []
tags:
  - name: portal
    description: Submitting and reading applications (portal and clerk tokens).
  - name: clerk
    description: The office's work (clerk tokens).
  - name: public
    description: No token needed.
paths:
  /v1/scans:
    post:
      tags: [portal]
      operationId: inspectScan
      summary: Check a scan against the upload rules, as `attest inspect` does.
      description: |
        The body is the file itself, or `multipart/form-data` with one part `file`. The answer is
        the report `attest inspect --format jsonl` prints, accepted or not. A body over 5,242,880
        bytes is refused with 413 (before it is read when `Content-Length` says so). An empty
        body is an empty file: its report says `empty-file`.
      parameters:
        - name: name
          in: query
          description: The file name the report gives (and whose extension is compared with the content).
          schema: {type: string, maxLength: 255}
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: false
        content:
          application/octet-stream:
            schema: {type: string, format: binary, maxLength: 5242880}
          image/jpeg:
            schema: {type: string, format: binary, maxLength: 5242880}
          image/png:
            schema: {type: string, format: binary, maxLength: 5242880}
          application/pdf:
            schema: {type: string, format: binary, maxLength: 5242880}
          multipart/form-data:
            schema:
              type: object
              additionalProperties: false
              required: [file]
              properties:
                file: {type: string, format: binary}
      responses:
        '200':
          description: The report.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ScanReport'}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '409': {$ref: '#/components/responses/Problem'}
        '413': {$ref: '#/components/responses/Problem'}
        '415': {$ref: '#/components/responses/Problem'}
        '422': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications:
    post:
      tags: [portal]
      operationId: submitApplication
      summary: Submit an application with its documents.
      description: |
        `multipart/form-data`: a part `application` (the JSON of a case file's `application`, in
        which `documents[].path`, `consents[].document`, `consents[].signature` and, when a
        representative submits, `powerOfAttorney.document` and `.signature` name other parts)
        and those parts. The application is reviewed at once and kept whatever the verdict.
        A part named but missing, or sent but not named, is 400; a part over its limit is 413
        naming it (a scan 5 MiB, a consent 1 MiB, a signature 16 MiB, all parts 32 MiB); nothing
        is stored then.
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [application]
              properties:
                application: {$ref: '#/components/schemas/ApplicationForm'}
              additionalProperties: {type: string, format: binary}
            encoding:
              application: {contentType: application/json}
      responses:
        '201':
          description: The application as kept, with the review's verdict.
          headers:
            Location:
              schema: {type: string}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Application'}
          links:
            GetApplication:
              operationId: getApplication
              parameters: {id: '$response.body#/id'}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '409': {$ref: '#/components/responses/Problem'}
        '413': {$ref: '#/components/responses/Problem'}
        '415': {$ref: '#/components/responses/Problem'}
        '422': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
    get:
      tags: [clerk]
      operationId: listApplications
      summary: The queue, oldest first, a page at a time.
      parameters:
        - name: status
          in: query
          schema: {$ref: '#/components/schemas/Status'}
        - name: limit
          in: query
          schema: {type: integer, minimum: 1, maximum: 500, default: 50}
        - name: after
          in: query
          description: The `next` of the page before.
          schema: {type: string, pattern: '^[0-9]{1,18}$'}
      responses:
        '200':
          description: A page; `next` is null on the last.
          content:
            application/json:
              schema:
                type: object
                required: [applications, next]
                properties:
                  applications:
                    type: array
                    items: {$ref: '#/components/schemas/Application'}
                  next: {type: [string, 'null']}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications/{id}:
    parameters:
      - $ref: '#/components/parameters/ApplicationId'
    get:
      tags: [portal]
      operationId: getApplication
      summary: An application, its verdict and its certificate.
      responses:
        '200':
          description: The application.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Application'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '404': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications/{id}/resubmission:
    parameters:
      - $ref: '#/components/parameters/ApplicationId'
    post:
      tags: [portal]
      operationId: resubmitApplication
      summary: Resubmit after a request for clarification, with the changed parts.
      description: |
        `multipart/form-data`: optionally a part `application` (the whole corrected application),
        and the documents that changed; those not sent again are taken as stored before.
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                application: {$ref: '#/components/schemas/ApplicationForm'}
              additionalProperties: {type: string, format: binary}
            encoding:
              application: {contentType: application/json}
      responses:
        '200': {$ref: '#/components/responses/Application'}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '404': {$ref: '#/components/responses/Problem'}
        '409': {$ref: '#/components/responses/Problem'}
        '413': {$ref: '#/components/responses/Problem'}
        '415': {$ref: '#/components/responses/Problem'}
        '422': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications/{id}/certificate:
    parameters:
      - $ref: '#/components/parameters/ApplicationId'
    post:
      tags: [clerk]
      operationId: issueCertificate
      summary: Issue the certificate of an approved application (numbered, rendered and signed).
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      responses:
        '201':
          description: Issued; `Location` is the PDF.
          headers:
            Location:
              schema: {type: string}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Application'}
          links:
            GetCertificatePDF:
              operationId: getCertificatePDF
              parameters: {id: '$response.body#/id'}
            CheckCertificate:
              operationId: checkCertificate
              parameters: {number: '$response.body#/certificate/number'}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '404': {$ref: '#/components/responses/Problem'}
        '409': {$ref: '#/components/responses/Problem'}
        '422': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications/{id}/certificate.pdf:
    parameters:
      - $ref: '#/components/parameters/ApplicationId'
    get:
      tags: [portal]
      operationId: getCertificatePDF
      summary: The certificate PDF, signed (PAdES) with its signed QR code.
      responses:
        '200':
          description: The PDF.
          content:
            application/pdf:
              schema: {type: string, format: binary}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '404': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications/{id}/extension:
    parameters:
      - $ref: '#/components/parameters/ApplicationId'
    post:
      tags: [clerk]
      operationId: extendRegistration
      summary: Extend an issued registration to a later day; its certificate is reissued with the same number.
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [until]
              additionalProperties: false
              properties:
                until: {type: string, format: date}
      responses:
        '200': {$ref: '#/components/responses/Application'}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '404': {$ref: '#/components/responses/Problem'}
        '409': {$ref: '#/components/responses/Problem'}
        '413': {$ref: '#/components/responses/Problem'}
        '415': {$ref: '#/components/responses/Problem'}
        '422': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications/{id}/annulment:
    parameters:
      - $ref: '#/components/parameters/ApplicationId'
    post:
      tags: [clerk]
      operationId: annulRegistration
      summary: Annul an issued registration.
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      responses:
        '200': {$ref: '#/components/responses/Application'}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '404': {$ref: '#/components/responses/Problem'}
        '409': {$ref: '#/components/responses/Problem'}
        '422': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications/{id}/expiry:
    parameters:
      - $ref: '#/components/parameters/ApplicationId'
    post:
      tags: [clerk]
      operationId: expireRegistration
      summary: Mark a registration expired once its period has ended.
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      responses:
        '200': {$ref: '#/components/responses/Application'}
        '400': {$ref: '#/components/responses/Problem'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '404': {$ref: '#/components/responses/Problem'}
        '409': {$ref: '#/components/responses/Problem'}
        '422': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/applications/{id}/history:
    parameters:
      - $ref: '#/components/parameters/ApplicationId'
    get:
      tags: [clerk]
      operationId: getHistory
      summary: The sealed history, as JSON Lines that `attest audit verify` accepts (clerk, auditor).
      responses:
        '200':
          description: One event per line, then the issuer's seal.
          content:
            application/jsonl:
              schema: {type: string}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Problem'}
        '404': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /v1/certificates/{number}:
    parameters:
      - name: number
        in: path
        required: true
        schema: {type: string}
        example: 77-2026-000001
    get:
      tags: [public]
      operationId: checkCertificate
      summary: A certificate's status today, which a QR code alone cannot say.
      security: []
      responses:
        '200':
          description: The status, nothing more.
          content:
            application/json:
              schema:
                type: object
                required: [number, status, from, until]
                additionalProperties: false
                properties:
                  number: {$ref: '#/components/schemas/CertificateNumber'}
                  status: {type: string, enum: [valid, extended, annulled, expired]}
                  from: {type: string, format: date}
                  until: {type: string, format: date}
        '404': {$ref: '#/components/responses/Problem'}
        '503': {$ref: '#/components/responses/Problem'}
  /healthz:
    get:
      tags: [public]
      operationId: health
      summary: 200 when the database answers.
      security: []
      responses:
        '200':
          description: Healthy.
          content:
            application/json:
              schema:
                type: object
                required: [status]
                properties:
                  status: {type: string, const: ok}
        '503': {$ref: '#/components/responses/Problem'}
  /metrics:
    get:
      tags: [public]
      operationId: metrics
      summary: Prometheus metrics.
      security: []
      responses:
        '200':
          description: The text exposition format.
          content:
            text/plain:
              schema: {type: string}
  /openapi.yaml:
    get:
      tags: [public]
      operationId: openAPI
      summary: This document.
      security: []
      responses:
        '200':
          description: OpenAPI 3.1.
          content:
            application/yaml:
              schema: {type: string}
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      description: A token made by `attest token create`; its role (portal, clerk, auditor) says what it may do.
  parameters:
    ApplicationId:
      name: id
      in: path
      required: true
      schema: {type: string}
    IdempotencyKey:
      name: Idempotency-Key
      in: header
      description: Up to 255 visible ASCII characters; the same key with the same request gets the first answer.
      schema: {type: string, minLength: 1, maxLength: 255, pattern: '^[!-~]+$'}
  responses:
    Application:
      description: The application after the change.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Application'}
    Problem:
      description: A problem document.
      content:
        application/problem+json:
          schema: {$ref: '#/components/schemas/ProblemDocument'}
    Unauthorized:
      description: No token, or one the service does not know.
      headers:
        WWW-Authenticate:
          schema: {type: string}
      content:
        application/problem+json:
          schema: {$ref: '#/components/schemas/ProblemDocument'}
  schemas:
    Status:
      type: string
      enum: [submitted, needs-clarification, approved, certificate-issued, extended, annulled, expired, rejected]
    CertificateNumber:
      type: string
      pattern: '^[0-9]{2}-[0-9]{4}-[0-9]{6}$'
    Problem:
      type: object
      required: [code, severity, message]
      properties:
        code: {type: string}
        severity: {type: string, enum: [error, warning]}
        message: {type: string}
        field: {type: string}
        document: {type: string}
        detail: {type: string}
        problems:
          type: array
          items: {$ref: '#/components/schemas/Problem'}
    ProblemDocument:
      type: object
      required: [type, title, status, code]
      properties:
        type: {type: string, const: about:blank}
        title: {type: string}
        status: {type: integer, minimum: 400, maximum: 599}
        code: {type: string}
        detail: {type: string}
        problems:
          type: array
          items: {$ref: '#/components/schemas/Problem'}
    Review:
      type: object
      required: [on, status, problems]
      properties:
        on: {type: string, format: date}
        status: {$ref: '#/components/schemas/Status'}
        problems:
          type: array
          items: {$ref: '#/components/schemas/Problem'}
    Application:
      type: object
      required: [id, status, problems, reviews, certificate]
      properties:
        id: {type: string}
        status: {$ref: '#/components/schemas/Status'}
        problems:
          type: array
          items: {$ref: '#/components/schemas/Problem'}
        reviews:
          type: array
          items: {$ref: '#/components/schemas/Review'}
        certificate:
          oneOf:
            - type: 'null'
            - type: object
              required: [number, from, until]
              properties:
                number: {$ref: '#/components/schemas/CertificateNumber'}
                from: {type: string, format: date}
                until: {type: string, format: date}
    Resolution:
      type: object
      required: [x, y, source]
      properties:
        x: {type: integer}
        y: {type: integer}
        source: {type: string}
    ScanReport:
      type: object
      required: [path, accepted, format, bytes, problems]
      properties:
        path: {type: string}
        accepted: {type: boolean}
        format: {type: [string, 'null'], enum: [jpeg, png, pdf, null]}
        bytes: {type: [integer, 'null']}
        pixelWidth: {type: [integer, 'null']}
        pixelHeight: {type: [integer, 'null']}
        dpi:
          oneOf:
            - type: 'null'
            - $ref: '#/components/schemas/Resolution'
        resolutions:
          type: array
          items: {$ref: '#/components/schemas/Resolution'}
        pages: {type: [integer, 'null']}
        problems:
          type: array
          items: {$ref: '#/components/schemas/Problem'}
    Passport:
      type: object
      additionalProperties: false
      required: [series, number, issueDate, issuedBy]
      properties:
        series: {type: string}
        number: {type: string}
        issueDate: {type: string, format: date}
        issuedBy: {type: string}
    Person:
      type: object
      additionalProperties: false
      required: [lastName, firstName, birthDate, citizenship]
      properties:
        lastName: {type: string}
        firstName: {type: string}
        patronymic: {type: string}
        birthDate: {type: string, format: date}
        citizenship: {type: string}
        passport: {$ref: '#/components/schemas/Passport'}
        birthCertificate: {type: string}
        snils: {type: string}
        inn: {type: string}
    Owner:
      type: object
      additionalProperties: false
      required: [fullName, passport]
      properties:
        fullName: {type: string}
        snils: {type: string}
        passport: {$ref: '#/components/schemas/Passport'}
    ApplicationForm:
      type: object
      additionalProperties: false
      description: A case file's `application`; document paths and consents name other parts.
      required: [applicant, phone, email, address, postalCode, from, until, reason, applicantOwnsDwelling, owners, documents, consents]
      properties:
        applicant: {$ref: '#/components/schemas/Person'}
        phone: {type: string}
        email: {type: string}
        address: {type: string}
        postalCode: {type: string}
        from: {type: string, format: date}
        until: {type: string, format: date}
        reason: {type: string, enum: [study, work, treatment, other]}
        applicantOwnsDwelling: {type: boolean}
        owners:
          type: array
          items: {$ref: '#/components/schemas/Owner'}
        secondParent: {$ref: '#/components/schemas/Owner'}
        documents:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [kind, path]
            properties:
              kind: {type: string, enum: [passport, right-to-live, migration-card, birth-certificate, power-of-attorney]}
              path: {type: string}
        consents:
          type: array
          items: {$ref: '#/components/schemas/SignedDocument'}
        representative:
          description: Who submits for the applicant, named by the applicant's power of attorney.
          type: object
          additionalProperties: false
          required: [fullName, snils]
          properties:
            fullName: {type: string}
            snils: {type: string}
        powerOfAttorney:
          description: The applicant's signed power of attorney for the representative (`attest proxy create`, then `attest sign`).
          allOf: [{$ref: '#/components/schemas/SignedDocument'}]
    SignedDocument:
      type: object
      additionalProperties: false
      description: A signed document's part and its detached signature's part, by name.
      required: [document, signature]
      properties:
        document: {type: string}
        signature: {type: string}
"""####
}

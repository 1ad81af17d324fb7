import AttestCore

/// What operators and tools read: health, metrics, the API's contract.
struct OperationRoutes: Sendable {
    let office: BackOffice
    let metricsText: @Sendable () -> [UInt8]

    /// 200 when the database answers, 503 when it does not.
    @Sendable func health(_ call: Call) async throws -> Answer {
        guard await office.store.isReachable() else { throw ServiceError.storeUnavailable }
        return .json(.members(["status": .string("ok")]))
    }

    /// The Prometheus text format.
    @Sendable func metrics(_ call: Call) async throws -> Answer {
        Answer(status: 200, contentType: "text/plain; version=0.0.4; charset=utf-8", body: metricsText())
    }

    /// The OpenAPI document, as compiled into the binary.
    @Sendable func openAPI(_ call: Call) async throws -> Answer {
        Answer(status: 200, contentType: "application/yaml", body: Array(OpenAPIDocument.yaml.utf8))
    }
}

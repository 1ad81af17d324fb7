import Foundation
import Testing

/// What operators and tools read: the contract as the repository holds it, health, metrics.
@Suite(.serialized) struct OperationsTests {
    /// The contract the binary serves is the repository's, byte for byte (Scripts/embed-openapi.sh).
    @Test func theServedContractIsTheRepositorys() async throws {
        let service = try LiveService()
        let served = try await service.request("GET", "/openapi.yaml")
        #expect(served.status == 200)
        #expect(served.headers["content-type"] == "application/yaml")
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AttestService/openapi.yaml")
        #expect(served.text + "\n" == (try String(contentsOf: file, encoding: .utf8)), "run Scripts/embed-openapi.sh")
        let health = try await service.request("GET", "/healthz")
        #expect(health.status == 200)
        #expect(try health.json()["status"] as? String == "ok")
        // Request ids are 16 hex digits, a leading zero kept (one id in sixteen starts with one).
        var ids: Set<String> = []
        for _ in 0..<64 {
            let id = try #require(try await service.request("GET", "/healthz").headers["x-request-id"])
            #expect(id.wholeMatch(of: #/[0-9a-f]{16}/#) != nil, "\(id)")
            ids.insert(id)
        }
        #expect(ids.count == 64)
        let metrics = try await service.request("GET", "/metrics")
        #expect(metrics.headers["content-type"]?.hasPrefix("text/plain") == true)
        #expect(metrics.text.contains(#"attest_http_requests_total{route="/healthz",method="GET",status="200"} 65"#))
        #expect(metrics.text.contains("attest_http_request_duration_seconds_bucket"))
    }

    /// One log line per request: method, route template, status, duration, request id; never a
    /// token, a body or a person's data.
    @Test func logLinesCarryNoPersonalDataOrTokens() async throws {
        let service = try LiveService(captureLog: true)
        let body = try DemoApplication(service.demoFolder).body()
        let reply = try await service.request("POST", "/v1/applications", token: service.clerkToken, body: body.finished(),
                                              contentType: body.contentType)
        let id = try #require(try reply.json()["id"] as? String)
        _ = try await service.request("GET", "/v1/applications/\(id)", token: service.clerkToken)
        _ = try await service.request("GET", "/v1/applications/\(id)", token: "attest_wrong")
        #expect(service.stop() == 0)
        let log = service.log
        let lines = log.split(separator: "\n").filter { $0.contains("route=") }
        #expect(lines.count == 3)
        #expect(lines.contains { $0.contains("route=/v1/applications/{id}") && $0.contains("status=401") })
        // logfmt, whole lines: the time in UTC, the level, the message, then the fields by name.
        let shape = #/^time=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z level=info msg=request duration=\d+\.\d{4} method=(GET|POST) request=[0-9a-f]{16} route=\S+ status=\d{3}$/#
        for line in lines {
            #expect(line.wholeMatch(of: shape) != nil, "not a request line: \(line)")
        }
        for secret in [service.clerkToken, "attest_wrong", "Иванов", "4510", "087-654-303 00", "ivanov@example.ru", id] {
            #expect(!log.contains(secret), "the log holds \(secret)")
        }
    }
}

import Foundation
import Testing

/// A representative submits for the applicant through the API: the applicant's power of attorney,
/// signed with a GOST key from a CA the service trusts (`--consent-ca`), comes as two more parts.
@Suite(.serialized) struct RepresentativeTests {
    @Test func theServiceTakesAPowerOfAttorneyAsPartsAndChecksIt() async throws {
        let keys = FileManager.default.temporaryDirectory.appendingPathComponent("attest-proxy-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: keys) }
        func attest(_ arguments: [String]) throws {
            let made = try LiveService.attest(arguments)
            #expect(made.status == 0, "\(arguments): \(made.output)")
        }
        func path(_ name: String) -> String { keys.appendingPathComponent(name).path }
        try attest(["keygen", "--algorithm", "gost2012-256", "--subject", "CN=ГОСТ УЦ", "--key-out", path("ca.key"), "--cert-out", path("ca.pem"),
                    "--valid-from", "2026-01-01", "--days", "3650"])
        try attest(["keygen", "--algorithm", "gost2012-256", "--subject", "CN=Иванов Иван Иванович,SNILS=08765430300",
                    "--key-out", path("applicant.key"), "--cert-out", path("applicant.pem"), "--ca-key", path("ca.key"), "--ca-cert", path("ca.pem"),
                    "--valid-from", "2026-01-01", "--days", "3650"])
        for (name, until) in [("proxy", "2027-11-19"), ("expired", "2026-11-24")] {
            try attest(["proxy", "create", "--principal", "Иванов Иван Иванович", "--principal-snils", "087-654-303 00",
                        "--representative", "Сидорова Анна Петровна", "--representative-snils", "123-456-789 64",
                        "--issued-at", "2026-11-01", "--valid-until", until, "--out", path("\(name).json")])
            try attest(["sign", path("\(name).json"), "--key", path("applicant.key"), "--cert", path("applicant.pem")])
        }

        let service = try LiveService(["--consent-ca", path("ca.pem")])
        let submitted = try DemoApplication(service.demoFolder) { application in
            application["representative"] = ["fullName": "Сидорова Анна Петровна", "snils": "123-456-789 64"]
            application["powerOfAttorney"] = ["document": "proxy", "signature": "proxy-signature"]
        }
        for (name, status, codes) in [("proxy", "approved", [String]()), ("expired", "needs-clarification", ["proxy-expired"])] {
            let body = try submitted.body(extra: ["proxy": try Data(contentsOf: URL(fileURLWithPath: path("\(name).json"))),
                                                  "proxy-signature": try Data(contentsOf: URL(fileURLWithPath: path("\(name).json.p7s")))])
            let reply = try await service.request("POST", "/v1/applications", token: service.clerkToken, body: body.finished(),
                                                  contentType: body.contentType)
            #expect(reply.status == 201, "\(name): \(reply.text)")
            let json = try reply.json()
            #expect(json["status"] as? String == status, "\(name): \(reply.text)")
            #expect((json["problems"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == codes, "\(name): \(reply.text)")
        }

        // Named but not sent: the request is refused and nothing is stored.
        let without = try submitted.body()
        let missing = try await service.request("POST", "/v1/applications", token: service.clerkToken, body: without.finished(),
                                                contentType: without.contentType)
        #expect(missing.status == 400, "\(missing.text)")
        #expect(missing.text.contains("proxy"), "\(missing.text)")
        #expect(service.stop() == 0)
    }
}

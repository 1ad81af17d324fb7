import Foundation
import Testing

/// An application's whole life through the API, each answer checked, and what the service hands
/// out checked by the readers others use (`attest certificate verify`, `attest audit verify`).
@Suite(.serialized) struct ApplicationLifeTests {
    @Test func fromAProblemToAnAnnulledCertificate() async throws {
        let service = try LiveService()
        let clerk = service.clerkToken
        let portal = try token(service, role: "portal", name: "portal-1")
        let demo = service.demoFolder

        // Submitted with a wrong SNILS: kept, with its problem.
        let wrong = try DemoApplication(demo) { application in
            var applicant = application["applicant"] as! [String: Any]
            applicant["snils"] = "087-654-303 01"
            application["applicant"] = applicant
        }
        let body = try wrong.body()
        let submitted = try await service.request("POST", "/v1/applications", token: portal, body: body.finished(), contentType: body.contentType)
        #expect(submitted.status == 201, "\(submitted.text)")
        let first = try submitted.json()
        let id = try #require(first["id"] as? String)
        #expect(submitted.headers["location"] == "/v1/applications/\(id)")
        #expect(first["status"] as? String == "needs-clarification")
        #expect((first["problems"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["invalid-snils"])
        #expect(first["certificate"] is NSNull)

        // Not yet approved: nothing to issue.
        let early = try await service.request("POST", "/v1/applications/\(id)/certificate", token: clerk)
        #expect(early.status == 409)
        #expect(try early.json()["code"] as? String == "illegal-transition")

        // Resubmitted with the application corrected; the documents stored before still count.
        var resubmission = MultipartBody()
        resubmission.add("application", try JSONSerialization.data(withJSONObject: try DemoApplication(demo).application), type: "application/json")
        let resubmitted = try await service.request("POST", "/v1/applications/\(id)/resubmission", token: portal,
                                                    body: resubmission.finished(), contentType: resubmission.contentType)
        #expect(resubmitted.status == 200, "\(resubmitted.text)")
        #expect(try resubmitted.json()["status"] as? String == "approved")
        #expect((try resubmitted.json()["reviews"] as? [Any])?.count == 2)

        // The portal may not issue; the clerk does.
        #expect(try await service.request("POST", "/v1/applications/\(id)/certificate", token: portal).status == 403)
        let issued = try await service.request("POST", "/v1/applications/\(id)/certificate", token: clerk)
        #expect(issued.status == 201, "\(issued.text)")
        let certificate = try #require(try issued.json()["certificate"] as? [String: Any])
        let number = try #require(certificate["number"] as? String)
        #expect(number.hasPrefix("77-2026-"))
        #expect(issued.headers["location"] == "/v1/applications/\(id)/certificate.pdf")

        // The PDF, checked as an inspector's tool checks it.
        let pdf = try await service.request("GET", "/v1/applications/\(id)/certificate.pdf", token: portal)
        #expect(pdf.status == 200)
        #expect(pdf.headers["content-type"] == "application/pdf")
        let pdfFile = service.data.appendingPathComponent("downloaded.pdf")
        try pdf.body.write(to: pdfFile)
        let keys = demo.appendingPathComponent("keys")
        let verified = try LiveService.attest(["certificate", "verify", pdfFile.path, "--ca", keys.appendingPathComponent("ministry.pem").path,
                                               "--issuer-cert", keys.appendingPathComponent("issuer.pem").path, "--today", "2026-12-15"])
        #expect(verified.status == 0, "\(verified.output)")

        // Extended: the same number, the new end; then annulled, and a second annulment refused.
        let extended = try await service.request("POST", "/v1/applications/\(id)/extension", token: clerk,
                                                 body: Data(#"{"until": "2027-05-28"}"#.utf8), contentType: "application/json")
        #expect(extended.status == 200, "\(extended.text)")
        #expect((try extended.json()["certificate"] as? [String: Any])?["until"] as? String == "2027-05-28")
        #expect((try extended.json()["certificate"] as? [String: Any])?["number"] as? String == number)
        let reissued = try await service.request("GET", "/v1/applications/\(id)/certificate.pdf", token: clerk)
        #expect(reissued.status == 200 && reissued.body != pdf.body)
        let annulled = try await service.request("POST", "/v1/applications/\(id)/annulment", token: clerk)
        #expect(annulled.status == 200)
        #expect(try annulled.json()["status"] as? String == "annulled")
        let again = try await service.request("POST", "/v1/applications/\(id)/annulment", token: clerk)
        #expect(again.status == 409)
        #expect(again.headers["content-type"]?.hasPrefix("application/problem+json") == true)

        // The public check says what the QR code cannot: annulled. Nothing more than the four fields.
        let check = try await service.request("GET", "/v1/certificates/\(number)")
        #expect(check.status == 200)
        let status = try check.json()
        #expect(status["status"] as? String == "annulled")
        #expect(Set(status.keys) == ["number", "status", "from", "until"])

        // The history, sealed, accepted by the auditor's tool; an auditor reads it, nothing else.
        let auditor = try token(service, role: "auditor", name: "audit-1")
        let history = try await service.request("GET", "/v1/applications/\(id)/history", token: auditor)
        #expect(history.status == 200)
        let historyFile = service.data.appendingPathComponent("events.jsonl")
        try history.body.write(to: historyFile)
        let audited = try LiveService.attest(["audit", "verify", historyFile.path, "--ca", keys.appendingPathComponent("issuer.pem").path])
        #expect(audited.status == 0, "\(audited.output)")
        let actions = history.text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["action"] as? String
        }
        #expect(actions == ["submit", "clarify", "resubmit", "approve", "issue", "extend", "annul"])
        #expect(try await service.request("GET", "/v1/applications/\(id)", token: auditor).status == 403)
        #expect(service.stop() == 0)
    }

    @Test func theQueueIsPagedOldestFirstByStatus() async throws {
        let service = try LiveService()
        var ids: [String] = []
        for _ in 0..<5 {
            let body = try DemoApplication(service.demoFolder).body()
            let reply = try await service.request("POST", "/v1/applications", token: service.clerkToken, body: body.finished(),
                                                  contentType: body.contentType)
            ids.append(try #require(try reply.json()["id"] as? String))
        }
        var seen: [String] = []
        var after: String?
        repeat {
            let reply = try await service.request("GET", "/v1/applications?status=approved&limit=2" + (after.map { "&after=\($0)" } ?? ""),
                                                  token: service.clerkToken)
            #expect(reply.status == 200)
            let page = try reply.json()
            let applications = try #require(page["applications"] as? [[String: Any]])
            #expect(applications.count <= 2)
            seen += applications.compactMap { $0["id"] as? String }
            after = page["next"] as? String
        } while after != nil
        #expect(seen == ids)
        for query in ["status=bogus", "limit=0", "limit=501", "limit=1x", "after=abc"] {
            let reply = try await service.request("GET", "/v1/applications?\(query)", token: service.clerkToken)
            #expect(reply.status == 400, "\(query)")
        }
    }

    private func token(_ service: LiveService, role: String, name: String) throws -> String {
        let made = try LiveService.attest(["token", "create"] + service.store + ["--role", role, "--name", name])
        #expect(made.status == 0)
        return made.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

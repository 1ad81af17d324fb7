import Foundation
import Testing

/// Every refusal in its order and shape: a problem document with our code, the status that says
/// what happened, in the language asked for, and no other caller's data.
@Suite(.serialized) struct RefusalTests {
    @Test func eachRoleIsRefusedWhereItMustBe() async throws {
        let service = try LiveService()
        let portal = try token(service, "portal", "portal-1")
        let auditor = try token(service, "auditor", "audit-1")

        let none = try await service.request("GET", "/v1/applications")
        #expect(none.status == 401)
        #expect(none.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
        #expect(none.headers["content-type"] == "application/problem+json; charset=utf-8")
        let problem = try none.json()
        #expect(problem["type"] as? String == "about:blank")
        #expect(problem["status"] as? Int == 401)
        #expect(problem["code"] as? String == "unauthorized")
        #expect(try await service.request("GET", "/v1/applications", token: "attest_not-a-token").status == 401)

        // Portal: no queue, no clerk's actions; auditor: neither applications nor scans.
        #expect(try await service.request("GET", "/v1/applications", token: portal).status == 403)
        for action in ["certificate", "annulment", "expiry"] {
            #expect(try await service.request("POST", "/v1/applications/any/\(action)", token: portal).status == 403)
        }
        #expect(try await service.request("POST", "/v1/scans", token: auditor, body: Data("x".utf8)).status == 403)
        let forbidden = try await service.request("GET", "/v1/applications/any", token: auditor)
        #expect(forbidden.status == 403)
        #expect(try forbidden.json()["code"] as? String == "forbidden")

        // A revoked token is refused at the next request.
        #expect(try await service.request("GET", "/v1/applications/unknown-id", token: portal).status == 404)
        #expect(try LiveService.attest(["token", "revoke"] + service.store + ["--name", "portal-1"]).status == 0)
        #expect(try await service.request("GET", "/v1/applications/unknown-id", token: portal).status == 401)
        #expect(try LiveService.attest(["token", "revoke"] + service.store + ["--name", "portal-1"]).status == 66)
        #expect(try LiveService.attest(["token", "create"] + service.store + ["--role", "clerk", "--name", "audit-1"]).status == 73)
    }

    @Test func theOrderOfChecksAndTheLanguageOfMessages() async throws {
        let service = try LiveService()
        let clerk = service.clerkToken
        // 404 before 401; 405 with Allow before 401.
        #expect(try await service.request("GET", "/v1/nothing").status == 404)
        let wrongMethod = try await service.request("DELETE", "/v1/applications/x")
        #expect(wrongMethod.status == 405)
        #expect(wrongMethod.headers["allow"] == "GET")
        // 415 before 413 and 400: an application must be multipart.
        let notMultipart = try await service.request("POST", "/v1/applications", token: clerk, body: Data("{}".utf8), contentType: "application/json")
        #expect(notMultipart.status == 415)
        // 400: a part named but missing, a part sent but not named, a malformed application (its field named).
        let demo = try DemoApplication(service.demoFolder)
        let missing = try demo.body(leaving: ["scan-0"])
        let missingReply = try await service.request("POST", "/v1/applications", token: clerk, body: missing.finished(), contentType: missing.contentType)
        #expect(missingReply.status == 400)
        #expect(missingReply.text.contains("scan-0"))
        let unnamed = try demo.body(extra: ["stray": Data("x".utf8)])
        let unnamedReply = try await service.request("POST", "/v1/applications", token: clerk, body: unnamed.finished(), contentType: unnamed.contentType)
        #expect(unnamedReply.status == 400)
        #expect(unnamedReply.text.contains("stray"))
        var malformed = try DemoApplication(service.demoFolder) { $0["from"] = "someday" }
        malformed.parts = demo.parts
        let malformedBody = try malformed.body()
        let malformedReply = try await service.request("POST", "/v1/applications", token: clerk, body: malformedBody.finished(),
                                                       contentType: malformedBody.contentType)
        #expect(malformedReply.status == 400)
        #expect(try malformedReply.json()["detail"] as? String == "application.from: is not a date YYYY-MM-DD")
        #expect(!malformedReply.text.contains("someday"))
        // Nothing was stored by the refused ones: the queue holds only the demo's seeds.
        let queue = try await service.request("GET", "/v1/applications?limit=500", token: clerk)
        #expect((try queue.json()["applications"] as? [Any])?.count == 4)
        // A scan part over its limit is 413 naming it.
        var oversized = demo
        oversized.parts["scan-0"] = Data(count: 5_242_881)
        let oversizedBody = try oversized.body()
        let oversizedReply = try await service.request("POST", "/v1/applications", token: clerk, body: oversizedBody.finished(),
                                                       contentType: oversizedBody.contentType)
        #expect(oversizedReply.status == 413)
        #expect(oversizedReply.text.contains("scan-0"))
        // Russian when Accept-Language prefers it.
        let russian = try await service.request("GET", "/v1/applications/none", token: clerk, headers: ["Accept-Language": "en;q=0.5, ru"])
        #expect(russian.status == 404)
        #expect(try russian.json()["title"] as? String == "Не найдено")
        #expect(try russian.json()["code"] as? String == "unknown-application")
        // The public check: unknown and malformed numbers alike are 404.
        for number in ["77-2026-999999", "not-a-number", "77-2026-00000%31"] {
            #expect(try await service.request("GET", "/v1/certificates/\(number)").status == 404)
        }
        // An extension must be strict JSON naming a date.
        for body in [#"{"until": "2027-13-01"}"#, #"{"until": "2027-05-01", "until": "2027-06-01"}"#, "[]"] {
            let reply = try await service.request("POST", "/v1/applications/x/extension", token: clerk, body: Data(body.utf8),
                                                  contentType: "application/json")
            #expect(reply.status == 400, "\(body)")
        }
    }

    @Test func scansAreInspectedFromTheBodyOrAPart() async throws {
        let service = try LiveService()
        let scan = try Data(contentsOf: service.demoFolder.appendingPathComponent("scans/passport.jpg"))
        let raw = try await service.request("POST", "/v1/scans?name=passport.jpg", token: service.clerkToken, body: scan, contentType: "image/jpeg")
        #expect(raw.status == 200)
        let report = try raw.json()
        #expect(report["path"] as? String == "passport.jpg")
        #expect(report["accepted"] as? Bool == true)
        #expect(report["format"] as? String == "jpeg")
        var form = MultipartBody()
        form.add("file", scan, filename: "scan.png")
        let mismatched = try await service.request("POST", "/v1/scans", token: service.clerkToken, body: form.finished(), contentType: form.contentType)
        #expect(mismatched.status == 200)
        #expect(try mismatched.json()["path"] as? String == "scan.png")
        #expect((try mismatched.json()["problems"] as? [[String: Any]])?.contains { $0["code"] as? String == "extension-mismatch" } == true)
        let metrics = try await service.request("GET", "/metrics")
        #expect(metrics.text.contains("attest_inspections_total"))
        #expect(metrics.text.contains("attest_http_requests_total"))
    }

    /// A body that `Content-Length` says is too large is refused before a byte of it is read, and
    /// the connection is closed.
    @Test func tooLargeIsRefusedBeforeTheBody() async throws {
        let service = try LiveService()
        let connection = try RawConnection(port: service.port)
        defer { connection.close() }
        #expect(connection.send("POST /v1/scans HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(service.clerkToken)\r\n"
                                + "Content-Type: image/jpeg\r\nContent-Length: 5242881\r\n\r\n"))
        let reply = connection.readToEnd()  // returns only when the server closes
        #expect(reply.hasPrefix("HTTP/1.1 413"), "\(reply)")
        #expect(reply.contains("\"code\":\"too-large\""))
        #expect(try await service.request("GET", "/healthz").status == 200)
    }

    /// A client that sends its head a byte at a time is cut off by the header timeout; others are
    /// served meanwhile.
    @Test func aSlowHeadIsCutOff() async throws {
        let service = try LiveService(["--header-timeout", "1"])
        let connection = try RawConnection(port: service.port)
        defer { connection.close() }
        let head = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: \(String(repeating: "a", count: 100))\r\n\r\n"
        var cutOff = false
        for character in head {
            guard connection.send(String(character)) else { cutOff = true; break }
            #expect(try await service.request("GET", "/healthz").status == 200)
            try await Task.sleep(for: .milliseconds(100))
        }
        if !cutOff { cutOff = !connection.readToEnd().hasPrefix("HTTP/1.1 200") }
        #expect(cutOff)
    }

    /// With every connection of the cap held (idle), another client waits in the listen queue:
    /// it is served once one of them goes.
    @Test func theConnectionCapHolds() async throws {
        let service = try LiveService(["--max-connections", "2"])
        let held = try (0..<2).map { _ in try RawConnection(port: service.port) }
        try await Task.sleep(for: .milliseconds(300))
        let waiting = Task { try await service.request("GET", "/healthz") }
        let servedEarly = Locked(false)
        let watcher = Task { _ = try? await waiting.value; servedEarly.withLock { $0 = true } }
        try await Task.sleep(for: .seconds(1))
        #expect(!servedEarly.withLock { $0 }, "a third connection was served while two were held")
        held[0].close()
        #expect(try await waiting.value.status == 200)
        _ = await watcher.value
        held[1].close()
    }

    @Test func signalsDrainAndABusyAddressExits74() async throws {
        let service = try LiveService()
        let busy = try LiveService.attest(["serve"] + service.store + ["--listen", "127.0.0.1:\(service.port)"])
        #expect(busy.status == 74, "\(busy.output)")
        #expect(service.stop(SIGINT) == 0)
        #expect(try LiveService.attest(["serve", "--listen", "nowhere"]).status == 64)
    }

    private func token(_ service: LiveService, _ role: String, _ name: String) throws -> String {
        let made = try LiveService.attest(["token", "create"] + service.store + ["--role", role, "--name", name])
        #expect(made.status == 0)
        return made.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

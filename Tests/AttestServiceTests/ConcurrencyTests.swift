import Foundation
import Testing

/// Many clients at once, retries, and a process killed mid-load: no number twice or skipped, no
/// change lost, no acknowledged application missing.
@Suite(.serialized) struct ConcurrencyTests {
    /// 100 applications submitted and issued at once: every number of the year from 1 to the last,
    /// once each; then two clerks act on each of 20 at once, and every acknowledged action is in
    /// the history.
    @Test func concurrentSubmissionsAndIssuesGetGaplessNumbers() async throws {
        let service = try LiveService()
        let clerk = service.clerkToken
        let body = try DemoApplication(service.demoFolder).body()
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<100 {
                group.addTask {
                    let submitted = try await service.request("POST", "/v1/applications", token: clerk, body: body.finished(),
                                                              contentType: body.contentType)
                    #expect(submitted.status == 201)
                    let id = try #require(try submitted.json()["id"] as? String)
                    let issued = try await service.request("POST", "/v1/applications/\(id)/certificate", token: clerk)
                    #expect(issued.status == 201, "\(issued.text)")
                    return id
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(ids).count == 100)
        var numbers: [String] = []
        var after: String?
        repeat {
            let page = try await service.request("GET", "/v1/applications?limit=500" + (after.map { "&after=\($0)" } ?? ""), token: clerk).json()
            for application in try #require(page["applications"] as? [[String: Any]]) {
                if let number = (application["certificate"] as? [String: Any])?["number"] as? String { numbers.append(number) }
            }
            after = page["next"] as? String
        } while after != nil
        // The demo's seeds issued some before; every number of 2026 from 1 up is there once.
        #expect(numbers.sorted() == (1...numbers.count).map { String(format: "77-2026-%06d", $0) })
        #expect(numbers.count >= 100)

        // Two clerks at once on each of 20: an extension and an annulment. Whichever comes first,
        // each one acknowledged is in the history, and the other is refused whole (409) or lands after it.
        let pairs = try await withThrowingTaskGroup(of: (String, [String]).self) { group in
            for id in ids.prefix(20) {
                group.addTask {
                    async let extended = service.request("POST", "/v1/applications/\(id)/extension", token: clerk,
                                                         body: Data(#"{"until": "2027-05-28"}"#.utf8), contentType: "application/json")
                    async let annulled = service.request("POST", "/v1/applications/\(id)/annulment", token: clerk)
                    let (extending, annulment) = try await (extended, annulled)
                    #expect([200, 409].contains(extending.status) && annulment.status == 200)
                    return (id, (extending.status == 200 ? ["extend"] : []) + ["annul"])
                }
            }
            return try await group.reduce(into: [(String, [String])]()) { $0.append($1) }
        }
        for (id, acknowledged) in pairs {
            let history = try await service.request("GET", "/v1/applications/\(id)/history", token: clerk).text
            let actions = history.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["action"] as? String
            }
            #expect(Set(acknowledged).isSubset(of: Set(actions)))
            #expect(actions.suffix(acknowledged.count) == acknowledged[...] || acknowledged.count == 1)
        }
    }

    /// A retry with the same key gets the first answer; the key with another body is refused; the
    /// same key of another token is another request.
    @Test func idempotentRetriesGetTheFirstAnswer() async throws {
        let service = try LiveService()
        let clerk = service.clerkToken
        let body = try DemoApplication(service.demoFolder).body()
        let key = ["Idempotency-Key": "submit-1"]
        let first = try await service.request("POST", "/v1/applications", token: clerk, body: body.finished(), contentType: body.contentType,
                                              headers: key)
        #expect(first.status == 201)
        let retry = try await service.request("POST", "/v1/applications", token: clerk, body: body.finished(), contentType: body.contentType,
                                              headers: key)
        #expect(retry.status == 201)
        #expect(retry.body == first.body)
        #expect(retry.headers["location"] == first.headers["location"])
        let other = try DemoApplication(service.demoFolder) { $0["phone"] = "+7 (916) 765-43-21" }.body()
        let reused = try await service.request("POST", "/v1/applications", token: clerk, body: other.finished(), contentType: other.contentType,
                                               headers: key)
        #expect(reused.status == 422)
        #expect(try reused.json()["code"] as? String == "idempotency-key-reused")
        let portal = try LiveService.attest(["token", "create"] + service.store + ["--role", "portal"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let another = try await service.request("POST", "/v1/applications", token: portal, body: body.finished(), contentType: body.contentType,
                                                headers: key)
        #expect(another.status == 201)
        #expect(try another.json()["id"] as? String != (try first.json()["id"] as? String))
        // A refusal is an answer too: the same key gives it again.
        let id = try #require(try first.json()["id"] as? String)
        let annul = ["Idempotency-Key": "annul-1"]
        let refused = try await service.request("POST", "/v1/applications/\(id)/annulment", token: clerk, headers: annul)
        #expect(refused.status == 409)
        #expect(try await service.request("POST", "/v1/applications/\(id)/annulment", token: clerk, headers: annul).body == refused.body)
        #expect(try await service.request("POST", "/v1/applications/\(id)/annulment", token: clerk,
                                          headers: ["Idempotency-Key": String(repeating: "k", count: 256)]).status == 400)
    }

    /// Killed with SIGKILL in the middle of a load, then started again on the same data folder:
    /// every application whose 201 came back is there, and every history verifies.
    @Test func aKillLosesNoAcknowledgedApplication() async throws {
        let service = try LiveService()
        let clerk = service.clerkToken
        let body = try DemoApplication(service.demoFolder).body()
        let acknowledged = Locked<[(id: String, issued: Bool)]>([])
        let load = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        while !Task.isCancelled {
                            guard let reply = try? await service.request("POST", "/v1/applications", token: clerk, body: body.finished(),
                                                                         contentType: body.contentType) else { return }
                            guard reply.status == 201, let id = try? reply.json()["id"] as? String else { return }
                            if let issued = try? await service.request("POST", "/v1/applications/\(id)/certificate", token: clerk),
                               issued.status == 201 {
                                acknowledged.withLock { $0.append((id, true)) }
                            } else {
                                acknowledged.withLock { $0.append((id, false)) }
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        while acknowledged.withLock(\.count) < 40 { try await Task.sleep(for: .milliseconds(50)) }
        service.stop(SIGKILL)
        try await load.value
        let keys = service.demoFolder.appendingPathComponent("keys")
        let restarted = try LiveService(["--issuer-key", keys.appendingPathComponent("issuer.key").path,
                                         "--issuer-cert", keys.appendingPathComponent("issuer-chain.pem").path,
                                         "--consent-ca", keys.appendingPathComponent("consent-ca.pem").path, "--today", "2026-11-25"],
                                        data: service.data, demo: false)
        for (id, issued) in acknowledged.withLock({ $0 }) {
            let reply = try await restarted.request("GET", "/v1/applications/\(id)", token: clerk)
            #expect(reply.status == 200)
            if issued { #expect(try reply.json()["status"] as? String == "certificate-issued") }
            let history = try await restarted.request("GET", "/v1/applications/\(id)/history", token: clerk)
            let file = restarted.data.appendingPathComponent("history-\(id).jsonl")
            try history.body.write(to: file)
            #expect(try LiveService.attest(["audit", "verify", file.path, "--ca", keys.appendingPathComponent("issuer.pem").path]).status == 0)
            if issued {
                #expect(try await restarted.request("GET", "/v1/applications/\(id)/certificate.pdf", token: clerk).status == 200)
            }
        }
        #expect(restarted.stop() == 0)
    }
}

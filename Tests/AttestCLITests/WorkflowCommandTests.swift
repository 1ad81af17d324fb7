import Foundation
import Testing

/// The demo and case runs, as a user runs them, checked by attest's own verifiers and by pdfsig.
@Suite(.serialized) struct WorkflowCommandTests {
    @Test func theDemoEndsWithVerifiedSignedCertificates() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let demo = try CLI.run(["demo", "--out", directory.path, "--lang", "en"])
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("Case 2-clarification:\n  25.11.2026: needs clarification."))
        #expect(demo.stdout.contains("27.11.2026: certificate № 77-2026-000124 issued"))
        #expect(demo.stdout.contains("registration extended to 28.05.2027"))
        #expect(demo.stdout.contains("registration annulled at the owner's request"))
        #expect(demo.stdout.components(separatedBy: "certificate verified: signature and QR code valid").count == 5)

        for name in ["1-straight", "2-clarification", "3-extended", "4-annulled"] {
            let folder = directory.appendingPathComponent(name)
            let verify = try CLI.run(["certificate", "verify", folder.appendingPathComponent("certificate.pdf").path,
                                      "--ca", "keys/ministry.pem", "--issuer-cert", "keys/issuer.pem", "--today", "2026-12-15"], in: directory)
            #expect(verify.status == 0, "\(name): \(verify.stdout)")
            let audit = try CLI.run(["audit", "verify", folder.appendingPathComponent("events.jsonl").path, "--ca", "keys/issuer.pem"], in: directory)
            #expect(audit.status == 0, "\(name): \(audit.stdout)")
            let pdfsig = try CLI.tool("/usr/bin/pdfsig", [folder.appendingPathComponent("certificate.pdf").path])
            #expect(pdfsig.stdout.contains("Signature is Valid."))
            let decision = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("decision.json"))) as? [String: Any]
            #expect(decision?["certificate"] as? String == "certificate.pdf")
        }
        let mode = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("keys/issuer.key").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // A history edited after the fact is found out.
        let events = directory.appendingPathComponent("3-extended/events.jsonl")
        let edited = try String(contentsOf: events, encoding: .utf8).replacingOccurrences(of: "2027-05-28", with: "2027-08-28")
        try edited.write(to: events, atomically: true, encoding: .utf8)
        let audit = try CLI.run(["audit", "verify", events.path, "--ca", "keys/issuer.pem"], in: directory)
        #expect(audit.status == 1)
        #expect(audit.stdout.contains("tampered"))
    }

    @Test func aCaseThatNeedsClarificationExitsOneWithEveryProblem() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("cases/2-clarification.case.json")))
        var stopped = try #require(original as? [String: Any])
        stopped.removeValue(forKey: "steps")
        try JSONSerialization.data(withJSONObject: stopped).write(to: directory.appendingPathComponent("cases/stopped.case.json"))
        let run = try CLI.run(["case", "run", "cases/stopped.case.json", "--out", "stopped", "--format", "json"], in: directory)
        #expect(run.status == 1)
        let problems = try #require(try run.json()["problems"] as? [[String: Any]])
        #expect(problems.compactMap { $0["code"] as? String } == ["invalid-snils", "document-rejected", "consent-too-early"])
        #expect(problems[0]["field"] as? String == "applicant.snils")
        #expect(((problems[1]["problems"] as? [[String: Any]])?.first?["code"] as? String) == "low-resolution")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("stopped/certificate.pdf").path))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("stopped/events.jsonl").path))
    }

    @Test func aBrokenCaseFileNamesTheField() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"submittedOn": "2026-11-25", "application": {}}"#.write(to: directory.appendingPathComponent("bad.case.json"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["case", "run", "bad.case.json"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr == "attest: bad.case.json: missing field application.applicant\n")
    }

    @Test func consentCreateWritesWhatTheWorkflowReads() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let create = try CLI.run(["consent", "create", "--owner", "Петров Пётр Петрович", "--owner-snils", "112-233-445 95",
                                  "--owner-passport", "4511 654321", "--owner-passport-issued", "2012-03-01",
                                  "--owner-passport-issuer", "ОВД", "--applicant", "Иванов Иван Иванович",
                                  "--applicant-birth-date", "1990-05-17", "--address", "г. Москва, ул. Тверская, д. 1, кв. 5",
                                  "--from", "2026-12-01", "--until", "2027-02-28", "--issued-at", "2026-11-20",
                                  "--valid-until", "2027-02-17", "--out", "consent.json"], in: directory)
        #expect(create.status == 0, "\(create.stderr)")
        let consent = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("consent.json"))) as? [String: Any])
        #expect((consent["owner"] as? [String: Any])?["snils"] as? String == "112-233-445 95")
        #expect(consent["issuedAt"] as? String == "2026-11-20")
        #expect(try CLI.run(["consent", "create", "--owner", "x", "--owner-passport", "1", "--owner-passport-issued", "2012-03-01",
                             "--owner-passport-issuer", "x", "--applicant", "x", "--applicant-birth-date", "1990-05-17", "--address", "x",
                             "--from", "2026-12-01", "--until", "2027-02-28", "--issued-at", "2026-11-20", "--valid-until", "2027-02-17",
                             "--out", "c2.json"], in: directory).status == 64)
    }
}

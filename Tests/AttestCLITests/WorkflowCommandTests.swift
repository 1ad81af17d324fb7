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

    @Test func aRegistrationPastItsPeriodExpiresOnToday() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        let run = try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "later", "--today", "2027-03-15"], in: directory)
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("15.03.2027: registration expired\n"))
        #expect(try CLI.run(["audit", "verify", "later/events.jsonl", "--ca", "keys/issuer.pem"], in: directory).status == 0)
        let early = try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "early", "--today", "2027-01-15"], in: directory)
        #expect(!early.stdout.contains("expired"))
    }

    @Test func earlierResultsAreKeptWithoutForce() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        let again = try CLI.run(["demo", "--out", directory.path])
        #expect(again.status == 73)
        #expect(again.stderr.contains("--force"))
        #expect(try CLI.run(["demo", "--out", directory.path, "--force"]).status == 0)

        let before = try Data(contentsOf: directory.appendingPathComponent("1-straight/events.jsonl"))
        let refused = try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "1-straight"], in: directory)
        #expect(refused.status == 73)
        #expect(try Data(contentsOf: directory.appendingPathComponent("1-straight/events.jsonl")) == before)
        #expect(try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "1-straight", "--force"], in: directory).status == 0)
    }

    @Test func aBrokenCaseFileNamesTheField() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"submittedOn": "2026-11-25", "application": {}}"#.write(to: directory.appendingPathComponent("bad.case.json"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["case", "run", "bad.case.json"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr == "attest: bad.case.json: application.applicant: missing\n")

        // Nested past any parser's depth, or not JSON at all: a plain error, not a crash.
        try (String(repeating: "[", count: 300_000) + String(repeating: "]", count: 300_000))
            .write(to: directory.appendingPathComponent("deep.case.json"), atomically: true, encoding: .utf8)
        let deep = try CLI.run(["case", "run", "deep.case.json"], in: directory)
        #expect(deep.status == 65)
        #expect(deep.stderr == "attest: deep.case.json: the document nests deeper than 512 levels\n")
    }

    @Test func aFieldOfTheWrongKindIsNamedWithoutItsValue() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        var file = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("cases/1-straight.case.json"))) as? [String: Any])
        var application = try #require(file["application"] as? [String: Any])
        application["reason"] = "паспорт 4510 123456"
        file["application"] = application
        try JSONSerialization.data(withJSONObject: file).write(to: directory.appendingPathComponent("cases/wrong.case.json"))
        let run = try CLI.run(["case", "run", "cases/wrong.case.json", "--out", "wrong"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("application.reason"), "\(run.stderr)")
        #expect(!run.stderr.contains("4510"), "\(run.stderr)")
    }

    @Test func aCaseFileWithAMemberGivenTwiceIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        let text = try String(contentsOf: directory.appendingPathComponent("cases/1-straight.case.json"), encoding: .utf8)
        // jq and Python read the last "until"; a reader that keeps the first would register another period.
        let doubled = text.replacingOccurrences(of: "\"reason\"", with: "\"until\": \"2027-08-31\", \"reason\"")
        #expect(doubled != text)
        try doubled.write(to: directory.appendingPathComponent("cases/doubled.case.json"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["case", "run", "cases/doubled.case.json", "--out", "doubled"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("\"until\" twice"), "\(run.stderr)")
    }

    @Test func consentCreateRefusesAConsentTheWorkflowWouldRefuse() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func create(from: String = "2026-12-01", until: String = "2027-02-28", issued: String = "2026-11-20",
                    valid: String = "2027-02-17") throws -> CLI.Result {
            try CLI.run(["consent", "create", "--owner", "Петров Пётр Петрович", "--owner-snils", "112-233-445 95",
                         "--owner-passport", "4511 654321", "--owner-passport-issued", "2012-03-01",
                         "--owner-passport-issuer", "ОВД", "--applicant", "Иванов Иван Иванович",
                         "--applicant-birth-date", "1990-05-17", "--address", "г. Москва, ул. Тверская, д. 1, кв. 5",
                         "--from", from, "--until", until, "--issued-at", issued, "--valid-until", valid,
                         "--out", "consent.json"], in: directory)
        }
        let long = try create(valid: "2027-02-19")
        #expect(long.status == 65)
        #expect(long.stderr.contains("consent-validity-too-long"), "\(long.stderr)")
        let backwards = try create(from: "2027-02-28", until: "2026-12-01")
        #expect(backwards.status == 65)
        #expect(backwards.stderr.contains("invalid-period"), "\(backwards.stderr)")
        let ended = try create(issued: "2026-11-20", valid: "2026-11-19")
        #expect(ended.status == 65)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("consent.json").path))
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

/// `attest case run` on a case for each problem code: the demo's straight case with one thing wrong.
@Suite(.serialized) struct CaseProblemCodeTests {
    @Test func everyProblemCodeFromACaseFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        let straight = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("cases/1-straight.case.json"))) as? [String: Any])

        // Consents the owner signs with attest itself: too long, expired, for another address; and one
        // signed by someone else.
        func consent(_ name: String, issued: String = "2026-11-20", valid: String = "2027-02-17", address: String = "г. Москва, ул. Тверская, д. 1, кв. 5",
                     key: String = "keys/owner.key", cert: String = "keys/owner.pem") throws {
            let create = try CLI.run(["consent", "create", "--owner", "Петров Пётр Петрович", "--owner-snils", "112-233-445 95",
                                      "--owner-passport", "4511 654321", "--owner-passport-issued", "2012-03-01",
                                      "--owner-passport-issuer", "ОВД района Тверской г. Москвы", "--applicant", "Иванов Иван Иванович",
                                      "--applicant-birth-date", "1990-05-17", "--address", address, "--from", "2026-12-01",
                                      "--until", "2027-02-28", "--issued-at", issued, "--valid-until", valid,
                                      "--out", "consents/\(name).json"], in: directory)
            #expect(create.status == 0, "\(create.stderr)")
            #expect(try CLI.run(["sign", "consents/\(name).json", "--key", key, "--cert", cert], in: directory).status == 0)
        }
        // consent create refuses a consent valid for more than 90 days: this one is edited after it.
        try consent("long")
        let longConsent = directory.appendingPathComponent("consents/long.json")
        try String(contentsOf: longConsent, encoding: .utf8).replacingOccurrences(of: "2027-02-17", with: "2027-02-19")
            .write(to: longConsent, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["sign", "consents/long.json", "--key", "keys/owner.key", "--cert", "keys/owner.pem", "--force"],
                            in: directory).status == 0)
        try consent("expired", issued: "2026-11-01", valid: "2026-11-24")
        try consent("address", address: "г. Москва, ул. Тверская, д. 3")
        #expect(try CLI.run(["keygen", "--subject", "CN=Сидоров Сидор Сидорович,1.2.643.100.3=08765430300", "--key-out", "keys/stranger.key",
                             "--cert-out", "keys/stranger.pem", "--valid-from", "2026-01-01", "--days", "3650"], in: directory).status == 0)
        try consent("stranger", key: "keys/stranger.key", cert: "keys/stranger.pem")
        #expect(try CLI.run(["keygen", "--subject", "CN=Петров Пётр Петрович,1.2.643.100.3=11223344595", "--key-out", "keys/other-ca-owner.key",
                             "--cert-out", "keys/other-ca-owner.pem"], in: directory).status == 0)
        try consent("untrusted", key: "keys/other-ca-owner.key", cert: "keys/other-ca-owner.pem")
        // The stranger's certificate is self-signed: the signer-mismatch case trusts it explicitly,
        // so that only who signed is wrong.

        func withConsent(_ name: String) -> (inout [String: Any]) -> Void {
            { application in application["consents"] = [["document": "../consents/\(name).json", "signature": "../consents/\(name).json.p7s"]] }
        }
        func applicant(_ key: String, _ value: Any) -> (inout [String: Any]) -> Void {
            { application in
                var person = application["applicant"] as! [String: Any]
                person[key] = value
                application["applicant"] = person
            }
        }
        let variants: [(String, (inout [String: Any]) -> Void, [String: Any])] = [
            ("invalid-name", applicant("firstName", "Иван2"), [:]),
            ("invalid-passport", applicant("passport", ["series": "451", "number": "123456", "issueDate": "2015-06-01", "issuedBy": "ОВД"]), [:]),
            ("invalid-snils", applicant("snils", "112-233-445 96"), [:]),
            ("invalid-inn", applicant("inn", "500100732258"), [:]),
            ("invalid-phone", { $0["phone"] = "8 916 123-45-67" }, [:]),
            ("invalid-email", { $0["email"] = "ivanov@example" }, [:]),
            ("invalid-postal-code", { $0["postalCode"] = "12500" }, [:]),
            ("invalid-period", { $0["until"] = "2026-11-30" }, [:]),
            ("stay-too-long", { $0["until"] = "2027-03-01" }, [:]),
            ("missing-document", { $0["documents"] = [["kind": "passport", "path": "../scans/passport.jpg"]] }, [:]),
            ("document-rejected", { $0["documents"] = [["kind": "passport", "path": "../scans/passport.jpg"],
                                                        ["kind": "right-to-live", "path": "../scans/lease-150dpi.png"]] }, [:]),
            ("consent-missing", { $0["consents"] = [] }, [:]),
            ("consent-signature-invalid", withConsent("untrusted"), [:]),
            ("consent-signer-mismatch", withConsent("stranger"), ["trustedConsentCAs": ["../keys/consent-ca.pem", "../keys/stranger.pem"]]),
            ("consent-data-mismatch", withConsent("address"), [:]),
            ("consent-too-early", withConsent("owner-early"), [:]),
            ("consent-validity-too-long", withConsent("long"), [:]),
            ("consent-expired", withConsent("expired"), [:]),
        ]
        for (code, change, top) in variants {
            var file = straight
            var application = file["application"] as! [String: Any]
            change(&application)
            file["application"] = application
            for (key, value) in top { file[key] = value }
            try JSONSerialization.data(withJSONObject: file).write(to: directory.appendingPathComponent("cases/\(code).case.json"))
            let run = try CLI.run(["case", "run", "cases/\(code).case.json", "--out", "out-\(code)", "--format", "json"], in: directory)
            #expect(run.status == 1, "\(code): \(run.stderr)")
            let problems = (try? run.json())?["problems"] as? [[String: Any]] ?? []
            // A changed name or period no longer matches the consent either, and says so.
            let alsoConsent = ["invalid-name", "invalid-period", "stay-too-long"].contains(code)
            #expect(problems.compactMap { $0["code"] as? String } == [code] + (alsoConsent ? ["consent-data-mismatch"] : []), "\(code)")
            let decision = try? JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("out-\(code)/decision.json"))) as? [String: Any]
            #expect(decision?["status"] as? String == (code == "invalid-passport" ? "rejected" : "needs-clarification"), "\(code)")
        }
    }
}

@Suite struct InputLimitTests {
    @Test func oversizedJSONIsRefusedBeforeItIsRead() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let huge = Data(#"{"number": ""#.utf8) + Data(repeating: 0x41, count: 2 << 20) + Data(#""}"#.utf8)
        try huge.write(to: directory.appendingPathComponent("huge.json"))
        try huge.write(to: directory.appendingPathComponent("huge.case.json"))
        let render = try CLI.run(["certificate", "render", "--data", "huge.json", "--out", "huge.pdf"], in: directory)
        #expect(render.status == 65)
        #expect(render.stderr.contains("more than the 1048576"))
        let run = try CLI.run(["case", "run", "huge.case.json"], in: directory)
        #expect(run.status == 65)
        #expect(try CLI.run(["case", "run", "missing.case.json"], in: directory).status == 66)
        #expect(try CLI.run(["audit", "verify", "missing.jsonl", "--ca", "x.pem"], in: directory).status == 66)
    }
}

@Suite struct HelpTests {
    static let commands = [["certificate", "render"], ["certificate", "verify"], ["consent", "create"], ["case", "run"],
                           ["audit", "verify"], ["demo"], ["inspect"], ["keygen"], ["hash"], ["sign"], ["verify"]]

    @Test(arguments: commands)
    func everySubcommandHasHelpWithAnExample(command: [String]) throws {
        let help = try CLI.run(command + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Example"), "\(command)")
        #expect(help.stdout.contains("attest " + command.joined(separator: " ") + " "), "\(command) --help shows it in use")
    }

    /// `attest --help` names every command, nested ones too, as it is typed.
    @Test func theTopLevelHelpListsEveryCommand() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for command in Self.commands {
            #expect(help.stdout.contains("  attest " + command.joined(separator: " ") + " "), "\(command)")
        }
    }
}

/// A case whose step is an illegal move keeps everything before it, and says which step, from
/// which state, in the chosen language.
@Suite(.serialized) struct IllegalStepTests {
    private func caseWithSteps(_ steps: [[String: Any]], in directory: URL, name: String) throws {
        var file = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("cases/4-annulled.case.json"))) as? [String: Any])
        file["steps"] = steps
        try JSONSerialization.data(withJSONObject: file).write(to: directory.appendingPathComponent("cases/\(name).case.json"))
    }

    @Test func anIllegalStepKeepsTheDecisionAndExitsThree() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        try caseWithSteps([["action": "annul", "on": "2027-01-15"], ["action": "resubmit", "on": "2027-01-20"],
                           ["action": "extend", "on": "2027-01-25", "until": "2027-05-28"]], in: directory, name: "late")
        let run = try CLI.run(["case", "run", "cases/late.case.json", "--out", "late", "--format", "json"], in: directory)
        #expect(run.status == 3, "\(run.stderr)")
        let outcome = try run.json()
        #expect(outcome["status"] as? String == "annulled")
        let problems = try #require(outcome["problems"] as? [[String: Any]])
        #expect(problems.map { $0["code"] as? String } == ["illegal-transition"])
        #expect(problems.first?["field"] as? String == "steps[1]")
        #expect((problems.first?["message"] as? String)?.contains("Step 2 (resubmission, 20.01.2027)") == true, "\(problems)")
        #expect((problems.first?["message"] as? String)?.contains("annulled") == true)

        // What happened before the step is written, and the history verifies.
        let decision = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("late/decision.json"))) as? [String: Any])
        #expect(decision["status"] as? String == "annulled")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("late/certificate.pdf").path))
        #expect(try CLI.run(["audit", "verify", "late/events.jsonl", "--ca", "keys/issuer.pem"], in: directory).status == 0)
        let events = try String(contentsOf: directory.appendingPathComponent("late/events.jsonl"), encoding: .utf8)
        #expect(!events.contains("\"resubmit\"") && !events.contains("\"extend\""))
    }

    @Test func theIllegalStepIsSaidInRussianUnderLangRu() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        try caseWithSteps([["action": "expire", "on": "2027-01-15"]], in: directory, name: "early")
        let run = try CLI.run(["case", "run", "cases/early.case.json", "--out", "early", "--lang", "ru"], in: directory)
        #expect(run.status == 3)
        let last = try #require(run.stdout.split(separator: "\n").last)
        #expect(last == "15.01.2027: Шаг 1 (истечение срока, 15.01.2027) невозможен: состояние заявления «свидетельство выдано», регистрация действует до 28.02.2027.",
                "\(last)")
        #expect(!last.contains("certificate-issued"))
    }

    @Test func everyReviewIsKeptInTheDecision() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        let decision = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("2-clarification/decision.json"))) as? [String: Any])
        let reviews = try #require(decision["reviews"] as? [[String: Any]])
        #expect(reviews.map { $0["status"] as? String } == ["needs-clarification", "approved"])
        #expect(reviews.map { $0["on"] as? String } == ["2026-11-25", "2026-11-27"])
        let asked = try #require(reviews.first?["problems"] as? [[String: Any]])
        #expect(asked.map { $0["code"] as? String } == ["invalid-snils", "document-rejected", "consent-too-early"])
        #expect(asked.allSatisfy { ($0["message"] as? String)?.isEmpty == false })
        #expect((reviews.last?["problems"] as? [Any])?.isEmpty == true)
    }
}

/// The demo carries what it needs: an installed attest runs it from any folder.
@Suite(.serialized) struct DemoAnywhereTests {
    @Test func theDemoRunsFromACopyOfTheBinaryInAnEmptyFolder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bin = directory.appendingPathComponent("bin")
        let work = directory.appendingPathComponent("work")
        for folder in [bin, work] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for name in ["attest", "libAttestPDF.so"] {
            try FileManager.default.copyItem(at: CLI.executable.deletingLastPathComponent().appendingPathComponent(name),
                                             to: bin.appendingPathComponent(name))
        }
        let demo = try CLI.run(["demo", "--out", "demo"], in: work, copy: bin.appendingPathComponent("attest"))
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.components(separatedBy: "certificate verified: signature and QR code valid").count == 5, "\(demo.stdout)")
        #expect(try CLI.run(["demo", "--repository", "."], in: work, copy: bin.appendingPathComponent("attest")).status == 64)
    }

    @Test func makeInstallPutsAttestWhereThePathAndTheLoaderFindItAndUninstallRemovesExactlyThat() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let prefix = directory.appendingPathComponent("prefix")
        let built = CLI.executable.deletingLastPathComponent().path
        let install = try CLI.tool("/usr/bin/make", ["-s", "-C", CLI.root.path, "install", "PREFIX=\(prefix.path)", "BINARIES=\(built)"],
                                  environment: ["LANG": "C", "PATH": "/usr/bin:/bin"])
        #expect(install.status == 0, "\(install.stderr)")
        let installed = prefix.appendingPathComponent("bin/attest")
        #expect(FileManager.default.isExecutableFile(atPath: installed.path))
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("lib/attest/libAttestPDF.so").path))
        // A PDF is read through the library found from bin/ at ../lib/attest.
        let pdf = try CLI.run(["inspect", CLI.root.appendingPathComponent("SampleScans/passport-scan-300dpi.pdf").path], copy: installed)
        #expect(pdf.status == 0, "\(pdf.stdout) \(pdf.stderr)")
        let work = directory.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        #expect(try CLI.run(["demo", "--out", "d"], in: work, copy: installed).status == 0)

        let uninstall = try CLI.tool("/usr/bin/make", ["-s", "-C", CLI.root.path, "uninstall", "PREFIX=\(prefix.path)"],
                                    environment: ["LANG": "C", "PATH": "/usr/bin:/bin"])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        let left = FileManager.default.enumerator(atPath: prefix.path)?.allObjects as? [String] ?? []
        #expect(left.allSatisfy { !$0.contains("attest") && !$0.hasSuffix(".so") }, "\(left)")
    }

    /// The seeds and scans the binary carries are the repository's.
    @Test func theDemoDataInTheBinaryIsTheSeedsAndScans() throws {
        let check = try CLI.tool("/usr/bin/python3", [CLI.root.appendingPathComponent("Scripts/make-demo-data.py").path, "--check"])
        #expect(check.status == 0, "\(check.stderr)")
    }

    /// The demo's throwaway keys hold across its whole story (November 2026 to 2027), whatever the real date.
    @Test func theDemoCertificatesAreValidFromTheStartOf2026ForYears() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        for name in ["consent-ca.pem", "owner.pem", "ministry.pem", "issuer.pem"] {
            let dates = try CLI.tool("/usr/bin/openssl", ["x509", "-in", directory.appendingPathComponent("keys/\(name)").path,
                                                          "-noout", "-startdate", "-enddate"])
            #expect(dates.stdout.contains("notBefore=Jan  1 00:00:00 2026 GMT"), "\(name): \(dates.stdout)")
            let year = Int(dates.stdout.split(separator: "\n").last?.split(separator: " ").dropLast().last ?? "") ?? 0
            #expect(year >= 2030, "\(name): \(dates.stdout)")
        }
    }
}

/// Case files for a child under 14 (birth certificate) and one of 14 to 17 (passport), each with
/// the second parent's consent: both end with a certificate naming the right document.
@Suite(.serialized) struct MinorCaseTests {
    @Test func casesOfAChildAndATeenagerEndWithACertificate() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        func run(_ arguments: [String]) throws {
            let result = try CLI.run(arguments, in: directory)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        // The second parent's CA and key, valid across the story.
        try run(["keygen", "--subject", "CN=Parents' CA", "--key-out", "keys/parents-ca.key", "--cert-out", "keys/parents-ca.pem",
                 "--valid-from", "2026-01-01", "--days", "3650"])
        try run(["keygen", "--subject", "CN=Иванова Мария Петровна,1.2.643.100.3=12345678964", "--key-out", "keys/mother.key",
                 "--cert-out", "keys/mother.pem", "--ca-key", "keys/parents-ca.key", "--ca-cert", "keys/parents-ca.pem",
                 "--valid-from", "2026-01-01", "--days", "3650"])
        let straight = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("cases/1-straight.case.json"))) as? [String: Any])

        for (name, birthDate, birthCertificate) in [("child", "2015-03-10", "IV-МЮ 123456"), ("teen", "2011-03-10", nil)] {
            for (who, snils, key, cert) in [("Петров Пётр Петрович", "112-233-445 95", "keys/owner.key", "keys/owner.pem"),
                                           ("Иванова Мария Петровна", "123-456-789 64", "keys/mother.key", "keys/mother.pem")] {
                let out = "consents/\(name)-\(key.dropFirst(5).dropLast(4)).json"
                try run(["consent", "create", "--owner", who, "--owner-snils", snils, "--owner-passport", "4511 654321",
                         "--owner-passport-issued", "2012-03-01", "--owner-passport-issuer", "ОВД района Тверской г. Москвы",
                         "--applicant", "Иванов Пётр Иванович", "--applicant-birth-date", birthDate,
                         "--address", "г. Москва, ул. Тверская, д. 1, кв. 5", "--from", "2026-12-01", "--until", "2027-02-28",
                         "--issued-at", "2026-11-20", "--valid-until", "2027-02-17", "--out", out])
                try run(["sign", out, "--key", key, "--cert", cert])
            }
            var file = straight
            var application = try #require(file["application"] as? [String: Any])
            var applicant = try #require(application["applicant"] as? [String: Any])
            applicant["firstName"] = "Пётр"
            applicant["birthDate"] = birthDate
            if let birthCertificate {
                applicant.removeValue(forKey: "passport")
                applicant["birthCertificate"] = birthCertificate
                application["documents"] = [["kind": "birth-certificate", "path": "../scans/passport.jpg"],
                                            ["kind": "right-to-live", "path": "../scans/lease.png"]]
            }
            application["applicant"] = applicant
            application["secondParent"] = ["fullName": "Иванова Мария Петровна", "snils": "123-456-789 64",
                                           "passport": ["series": "4511", "number": "654321", "issueDate": "2012-03-01", "issuedBy": "ОВД"]]
            application["consents"] = ["owner", "mother"].map {
                ["document": "../consents/\(name)-\($0).json", "signature": "../consents/\(name)-\($0).json.p7s"]
            }
            file["application"] = application
            file["trustedConsentCAs"] = ["../keys/consent-ca.pem", "../keys/parents-ca.pem"]
            try JSONSerialization.data(withJSONObject: file).write(to: directory.appendingPathComponent("cases/\(name).case.json"))

            let result = try CLI.run(["case", "run", "cases/\(name).case.json", "--out", name, "--format", "json"], in: directory)
            #expect(result.status == 0, "\(name): \(result.stdout) \(result.stderr)")
            let text = try CLI.tool("/usr/bin/pdftotext", [directory.appendingPathComponent("\(name)/certificate.pdf").path, "-"])
            let document = birthCertificate.map { "Свидетельство о рождении \($0)" } ?? "Паспорт гражданина РФ 4510 123456"
            #expect(text.stdout.contains(document), "\(name): \(text.stdout)")

            // Without the second parent, the same case needs clarification, in either language.
            application.removeValue(forKey: "secondParent")
            file["application"] = application
            try JSONSerialization.data(withJSONObject: file).write(to: directory.appendingPathComponent("cases/\(name)-alone.case.json"))
            let alone = try CLI.run(["case", "run", "cases/\(name)-alone.case.json", "--out", "\(name)-alone", "--lang", "ru"], in: directory)
            #expect(alone.status == 1)
            #expect(alone.stdout.contains("второй родитель"), "\(alone.stdout)")
        }
    }
}

/// Russian qualified signatures in a case: the owner's consent and the applicant's power of
/// attorney for a representative, each signed with a GOST R 34.10-2012 key issued by a GOST CA.
@Suite(.serialized) struct QualifiedSignatureCaseTests {
    /// The demo's folder with a GOST CA, the owner's and the applicant's GOST keys, the consent
    /// signed by the owner, and `run` for commands in it.
    private struct Folder {
        let directory: URL

        init() throws {
            directory = try temporaryDirectory()
            #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
            try run(["keygen", "--algorithm", "gost2012-512", "--subject", "CN=Аккредитованный УЦ,O=Attest Tests", "--key-out", "keys/gost-ca.key",
                     "--cert-out", "keys/gost-ca.pem", "--valid-from", "2026-01-01", "--days", "3650"])
            for (name, subject) in [("owner-gost", "CN=Петров Пётр Петрович,SNILS=11223344595,1.2.643.3.131.1.1=500100732259"),
                                    ("applicant-gost", "CN=Иванов Иван Иванович,SNILS=08765430300")] {
                try run(["keygen", "--algorithm", "gost2012-256", "--subject", subject, "--key-out", "keys/\(name).key", "--cert-out", "keys/\(name).pem",
                         "--ca-key", "keys/gost-ca.key", "--ca-cert", "keys/gost-ca.pem", "--valid-from", "2026-01-01", "--days", "3650"])
            }
            try run(["consent", "create", "--owner", "Петров Пётр Петрович", "--owner-snils", "112-233-445 95", "--owner-passport", "4511 654321",
                     "--owner-passport-issued", "2012-03-01", "--owner-passport-issuer", "ОВД района Тверской г. Москвы",
                     "--applicant", "Иванов Иван Иванович", "--applicant-birth-date", "1990-05-17",
                     "--address", "г. Москва, ул. Тверская, д. 1, кв. 5", "--from", "2026-12-01", "--until", "2027-02-28",
                     "--issued-at", "2026-11-20", "--valid-until", "2027-02-17", "--out", "consents/gost.json"])
            try run(["sign", "consents/gost.json", "--key", "keys/owner-gost.key", "--cert", "keys/owner-gost.pem"])
        }

        func run(_ arguments: [String]) throws {
            let result = try CLI.run(arguments, in: directory)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }

        /// A power of attorney from the applicant to Сидорова Анна Петровна, signed with `key`.
        func proxy(_ name: String, representative: String = "Сидорова Анна Петровна", issued: String = "2026-11-20",
                   until: String = "2027-11-19", powers: [String] = ["registration"], key: String = "applicant-gost") throws {
            try run(["proxy", "create", "--principal", "Иванов Иван Иванович", "--principal-snils", "087-654-303 00",
                     "--representative", representative, "--representative-snils", "123-456-789 64", "--powers"] + powers
                    + ["--issued-at", issued, "--valid-until", until, "--out", "consents/\(name).json"])
            try run(["sign", "consents/\(name).json", "--key", "keys/\(key).key", "--cert", "keys/\(key).pem"])
        }

        /// Runs the demo's straight case with the GOST-signed consent, submitted by the
        /// representative with the power of attorney `proxy` (none: nil), trusting `anchors`.
        func runCase(_ name: String, proxy: String?, representative: Bool = true,
                     anchors: [String] = ["../keys/gost-ca.pem"]) throws -> CLI.Result {
            var file = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: directory.appendingPathComponent("cases/1-straight.case.json"))) as? [String: Any])
            var application = try #require(file["application"] as? [String: Any])
            application["consents"] = [["document": "../consents/gost.json", "signature": "../consents/gost.json.p7s"]]
            if representative { application["representative"] = ["fullName": "Сидорова Анна Петровна", "snils": "123-456-789 64"] }
            if let proxy { application["powerOfAttorney"] = ["document": "../consents/\(proxy).json", "signature": "../consents/\(proxy).json.p7s"] }
            file["application"] = application
            file["trustedConsentCAs"] = anchors
            try JSONSerialization.data(withJSONObject: file).write(to: directory.appendingPathComponent("cases/\(name).case.json"))
            return try CLI.run(["case", "run", "cases/\(name).case.json", "--out", name, "--format", "json"], in: directory)
        }

        func certificateExists(_ name: String) -> Bool {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(name)/certificate.pdf").path)
        }
    }

    @Test func aConsentAndAPowerOfAttorneySignedWithGOSTEndWithACertificate() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.directory) }
        try folder.proxy("proxy")
        for (name, proxy, representative) in [("by-owner-alone", nil, false), ("by-representative", "proxy", true)] as [(String, String?, Bool)] {
            let result = try folder.runCase(name, proxy: proxy, representative: representative)
            #expect(result.status == 0, "\(name): \(result.stdout) \(result.stderr)")
            #expect(folder.certificateExists(name), "\(name)")
        }
        // With only another CA trusted, the same case is refused for the signatures' chains alone.
        let untrusted = try folder.runCase("untrusted", proxy: "proxy", anchors: ["../keys/consent-ca.pem"])
        #expect(untrusted.status == 1)
        #expect(problemCodes(untrusted.stdout) == ["consent-signature-invalid", "proxy-signature-invalid"], "\(untrusted.stdout)")
        #expect(!folder.certificateExists("untrusted"))
    }

    @Test func aPowerOfAttorneyThatDoesNotHoldIsRefusedWithItsCode() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.directory) }
        try folder.proxy("expired", issued: "2025-11-20", until: "2026-11-19")
        try folder.proxy("someone-else", representative: "Кузнецов Олег Игоревич")
        try folder.proxy("by-the-owner", key: "owner-gost")
        try folder.proxy("extension-only", powers: ["extension"])
        try folder.proxy("later", issued: "2026-11-26")
        for (name, proxy, expected) in [("expired", "expired", "proxy-expired"), ("someone-else", "someone-else", "proxy-data-mismatch"),
                                        ("by-the-owner", "by-the-owner", "proxy-signer-mismatch"),
                                        ("extension-only", "extension-only", "proxy-powers-insufficient"),
                                        ("later", "later", "proxy-not-yet-valid"), ("none", nil, "proxy-missing")] as [(String, String?, String)] {
            let result = try folder.runCase(name, proxy: proxy)
            #expect(result.status == 1, "\(name): \(result.stdout) \(result.stderr)")
            #expect(problemCodes(result.stdout) == [expected], "\(name): \(result.stdout)")
            #expect(!folder.certificateExists(name), "\(name)")
        }
        // Said in both languages.
        let russian = try CLI.run(["case", "run", "cases/expired.case.json", "--out", "expired-ru", "--lang", "ru"], in: folder.directory)
        #expect(russian.stdout.contains("Срок действия доверенности истёк 19.11.2026"), "\(russian.stdout)")
    }

    @Test func proxyCreateRefusesWhatTheWorkflowWouldRefuse() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["proxy", "create", "--principal", "Иванов Иван Иванович", "--principal-snils", "087-654-303 00",
                                  "--representative", "Сидорова Анна Петровна", "--representative-snils", "123-456-789 00",
                                  "--issued-at", "2026-11-20", "--valid-until", "2026-11-01", "--out", "proxy.json", "--lang", "en"], in: directory)
        #expect(result.status == 65)
        #expect(result.stderr.contains("SNILS") && result.stderr.contains("before it was issued"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("proxy.json").path))
    }
}

/// The codes of a case run's problems (`--format json`), nested ones left out.
private func problemCodes(_ output: String) -> [String] {
    guard let json = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else { return [] }
    var codes: [String] = []
    func collect(_ value: Any) {
        if let object = value as? [String: Any] {
            if let problems = object["problems"] as? [[String: Any]] {
                codes += problems.compactMap { $0["code"] as? String }
                return
            }
            object.values.forEach(collect)
        } else if let array = value as? [Any] {
            array.forEach(collect)
        }
    }
    collect(json)
    return Array(Set(codes)).sorted()
}

/// One language per answer: under --lang ru, errors on stderr and verdicts carry no English of
/// OpenSSL's or the C library's.
@Suite(.serialized) struct OneLanguageTests {
    @Test func errorsOnStderrFollowLang() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        let exists = try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "1-straight", "--lang", "ru"], in: directory)
        #expect(exists.status == 73)
        #expect(exists.stderr.contains("уже существует; чтобы заменить его, добавьте --force"), "\(exists.stderr)")
        let english = try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "1-straight", "--lang", "en"], in: directory)
        #expect(english.stderr.contains("exists; use --force to replace it"), "\(english.stderr)")

        let missing = try CLI.run(["case", "run", "cases/none.case.json", "--lang", "ru"], in: directory)
        #expect(missing.status == 66)
        #expect(missing.stderr == "attest: не удаётся прочитать cases/none.case.json: такого файла нет\n", "\(missing.stderr)")
        #expect(!missing.stderr.contains("No such file"))

        try #"{"submittedOn": "2026-11-25", "application": {}}"#.write(to: directory.appendingPathComponent("bad.case.json"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["case", "run", "bad.case.json", "--lang", "ru"], in: directory)
        #expect(bad.status == 65)
        #expect(bad.stderr == "attest: bad.case.json: application.applicant: отсутствует\n", "\(bad.stderr)")
    }

    @Test func verdictsUnderLangRuCarryNoOpenSSLEnglish() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("consent".utf8).write(to: directory.appendingPathComponent("file.txt"))
        #expect(try CLI.run(["keygen", "--subject", "CN=Signer", "--key-out", "k.pem", "--cert-out", "c.pem"], in: directory).status == 0)
        #expect(try CLI.run(["keygen", "--subject", "CN=Other", "--key-out", "o.pem", "--cert-out", "other.pem"], in: directory).status == 0)
        #expect(try CLI.run(["sign", "file.txt", "--key", "k.pem", "--cert", "c.pem"], in: directory).status == 0)
        let untrusted = try CLI.run(["verify", "file.txt", "--signature", "file.txt.p7s", "--ca", "other.pem", "--lang", "ru"], in: directory)
        #expect(untrusted.status == 1)
        #expect(untrusted.stdout.contains("Сертификат подписанта не ведёт к доверенному сертификату (его цепочка заканчивается самоподписанным сертификатом, которому нет доверия)."),
                "\(untrusted.stdout)")
        #expect(!untrusted.stdout.contains("self-signed certificate"))
        let json = try CLI.run(["verify", "file.txt", "--signature", "file.txt.p7s", "--ca", "other.pem", "--format", "json", "--lang", "ru"],
                               in: directory)
        #expect(json.stdout.contains(#""detail": "self-signed certificate""#), "\(json.stdout)")
        let scan = try CLI.run(["inspect", "/nonexistent/scan.jpg", "--lang", "ru"], in: directory)
        #expect(scan.stdout.contains("Файл не удаётся прочитать: такого файла нет."), "\(scan.stdout)")
        #expect(!scan.stdout.contains("No such file"))
    }
}

/// A command's outputs are written together or not at all, an earlier run's are not left beside a
/// later one's, and no output replaces one of the command's own inputs.
@Suite(.serialized) struct WholeOutputTests {
    private func demo() throws -> URL {
        let directory = try temporaryDirectory()
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        return directory
    }

    @Test func aRunThatIssuesNoCertificateRemovesTheEarlierOneWithForce() throws {
        let directory = try demo()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "out"], in: directory).status == 0)
        let certificate = directory.appendingPathComponent("out/certificate.pdf").path
        #expect(FileManager.default.fileExists(atPath: certificate))
        var file = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("cases/2-clarification.case.json"))) as? [String: Any])
        file.removeValue(forKey: "steps")
        try JSONSerialization.data(withJSONObject: file).write(to: directory.appendingPathComponent("cases/stopped.case.json"))
        #expect(try CLI.run(["case", "run", "cases/stopped.case.json", "--out", "out"], in: directory).status == 73)
        #expect(FileManager.default.fileExists(atPath: certificate))
        #expect(try CLI.run(["case", "run", "cases/stopped.case.json", "--out", "out", "--force"], in: directory).status == 1)
        #expect(!FileManager.default.fileExists(atPath: certificate))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).sorted()
                == ["decision.json", "events.jsonl"])
    }

    /// events.jsonl cannot be replaced (a folder is in its place): neither the certificate nor the
    /// decision is written, and what was there stays.
    @Test func aHistoryThatCannotBeWrittenTakesTheCertificateAndDecisionWithIt() throws {
        let directory = try demo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("events.jsonl/inside"), withIntermediateDirectories: true)
        try Data("earlier decision\n".utf8).write(to: out.appendingPathComponent("decision.json"))
        let run = try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "out", "--force"], in: directory)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.contains("events.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["decision.json", "events.jsonl"])
        #expect(try Data(contentsOf: out.appendingPathComponent("decision.json")) == Data("earlier decision\n".utf8))
    }

    @Test func anOutputThatIsAnInputIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let consent = directory.appendingPathComponent("c.json")
        try Data(#"{"consent": true}"#.utf8).write(to: consent)
        #expect(try CLI.run(["keygen", "--subject", "CN=Signer", "--key-out", "k.pem", "--cert-out", "c.pem"], in: directory).status == 0)
        let sign = try CLI.run(["sign", "c.json", "--key", "k.pem", "--cert", "c.pem", "--out", "./c.json", "--force"], in: directory)
        #expect(sign.status == 64)
        #expect(sign.stderr == "attest: ./c.json is also the input c.json; write the output elsewhere\n")
        #expect(try Data(contentsOf: consent) == Data(#"{"consent": true}"#.utf8))
        let key = try CLI.run(["sign", "c.json", "--key", "k.pem", "--cert", "c.pem", "--out", "k.pem", "--force"], in: directory)
        #expect(key.status == 64)

        let keygen = try CLI.run(["keygen", "--subject", "CN=Signer", "--key-out", "same.pem", "--cert-out", "./same.pem"], in: directory)
        #expect(keygen.status == 64)
        #expect(keygen.stderr.contains("same.pem and same.pem are one file"), "\(keygen.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("same.pem").path))
        let issued = try CLI.run(["keygen", "--subject", "CN=Owner", "--key-out", "o.key", "--cert-out", "c.pem",
                                  "--ca-key", "k.pem", "--ca-cert", "c.pem", "--force"], in: directory)
        #expect(issued.status == 64)
        #expect(issued.stderr.contains("is also the input"))

        try Data(#"{"number": "77-2026-000001"}"#.utf8).write(to: directory.appendingPathComponent("data.json"))
        let render = try CLI.run(["certificate", "render", "--data", "data.json", "--out", "data.json", "--force"], in: directory)
        #expect(render.status == 64)
    }

    /// A consent or a signature larger than any could be is refused before it is read, with 65.
    @Test(arguments: ["document", "signature"])
    func anOversizedConsentOrSignatureStopsTheCase(part: String) throws {
        let directory = try demo()
        defer { try? FileManager.default.removeItem(at: directory) }
        var file = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("cases/1-straight.case.json"))) as? [String: Any])
        var application = try #require(file["application"] as? [String: Any])
        var consents = try #require(application["consents"] as? [[String: Any]])
        consents[0][part] = "../huge"
        application["consents"] = consents
        file["application"] = application
        try JSONSerialization.data(withJSONObject: file).write(to: directory.appendingPathComponent("cases/huge.case.json"))
        // Sparse: 200 MB on paper, nothing on disk.
        let huge = try FileHandle(forWritingTo: try { () throws -> URL in
            let url = directory.appendingPathComponent("huge")
            FileManager.default.createFile(atPath: url.path, contents: nil)
            return url
        }())
        try huge.truncate(atOffset: 200_000_000)
        try huge.close()
        let run = try CLI.run(["case", "run", "cases/huge.case.json", "--out", "huge"], in: directory)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("huge is 200000000 bytes, more than the"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("huge/decision.json").path))
    }
}


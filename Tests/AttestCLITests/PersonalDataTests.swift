import Foundation
import Testing

/// Names, passport data, SNILS and addresses stay in the files the user asked for, which only
/// their owner may read, and never reach an error message.
@Suite(.serialized) struct PersonalDataTests {
    private func mode(_ path: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path.path)[.posixPermissions] as? Int
    }

    @Test func outputsHoldingPersonalDataAreTheOwnersAloneUnlessModeSaysOtherwise() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["demo", "--out", directory.path]).status == 0)
        for path in ["scans/passport.jpg", "cases/1-straight.case.json", "consents/owner.json", "consents/owner.json.p7s",
                     "1-straight/decision.json", "1-straight/events.jsonl", "1-straight/certificate.pdf", "keys/owner.key"] {
            #expect(try mode(directory.appendingPathComponent(path)) == 0o600, "\(path)")
        }

        let run = try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "shared", "--mode", "640"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["decision.json", "events.jsonl", "certificate.pdf"] {
            #expect(try mode(directory.appendingPathComponent("shared/\(name)")) == 0o640, "\(name)")
        }
        let sign = try CLI.run(["sign", "consents/owner.json", "--key", "keys/owner.key", "--cert", "keys/owner.pem",
                                "--out", "default.p7s"], in: directory)
        #expect(sign.status == 0, "\(sign.stderr)")
        #expect(try mode(directory.appendingPathComponent("default.p7s")) == 0o600)
        let shared = try CLI.run(["sign", "consents/owner.json", "--key", "keys/owner.key", "--cert", "keys/owner.pem",
                                  "--out", "shared.p7s", "--mode", "0644"], in: directory)
        #expect(shared.status == 0, "\(shared.stderr)")
        #expect(try mode(directory.appendingPathComponent("shared.p7s")) == 0o644)
        let render = try CLI.run(["certificate", "render", "--data", CLI.root.appendingPathComponent("seeds/certificate.json").path,
                                  "--out", "cert.pdf", "--mode", "444"], in: directory)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(try mode(directory.appendingPathComponent("cert.pdf")) == 0o444)

        for wrong in ["999", "1777", "rw-r--r--", "-1"] {
            let refused = try CLI.run(["sign", "consents/owner.json", "--key", "keys/owner.key", "--cert", "keys/owner.pem",
                                       "--out", "wrong.p7s", "--mode", wrong], in: directory)
            #expect(refused.status == 64, "--mode \(wrong)")
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("wrong.p7s").path))
        }
    }

    /// A wrong value in a document is named by its field, never repeated: a date of birth is personal data.
    @Test func errorsNameTheFieldNotThePersonalValue() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let certificate = """
            {"number": "77-2026-000123", "holder": {"fullName": "Секретов Тайный Скрытович", "birthDate": "1990-13-45",
             "document": "Паспорт 4510 987654"}, "address": "г. Москва, ул. Тайная, д. 7", "validFrom": "2026-12-01",
             "validUntil": "2027-02-28", "issuedAt": "2026-11-25", "issuer": "ОВМ"}
            """
        try Data(certificate.utf8).write(to: directory.appendingPathComponent("data.json"))
        let render = try CLI.run(["certificate", "render", "--data", "data.json", "--out", "x.pdf"], in: directory)
        #expect(render.status == 65)
        #expect(render.stderr.contains("holder.birthDate"))
        for secret in ["1990-13-45", "Секретов", "987654", "Тайная"] {
            #expect(!render.stderr.contains(secret) && !render.stdout.contains(secret), "\(secret) leaked")
        }

        #expect(try CLI.run(["demo", "--out", directory.appendingPathComponent("demo").path]).status == 0)
        let caseFile = directory.appendingPathComponent("demo/cases/1-straight.case.json")
        let edited = try String(contentsOf: caseFile, encoding: .utf8).replacingOccurrences(of: "\"1990-05-17\"", with: "\"1990-13-45\"")
        try edited.write(to: caseFile, atomically: true, encoding: .utf8)
        let run = try CLI.run(["case", "run", "cases/1-straight.case.json", "--out", "bad"], in: directory.appendingPathComponent("demo"))
        #expect(run.status == 65)
        #expect(run.stderr.contains("application.applicant.birthDate"))
        #expect(!run.stderr.contains("1990-13-45"))

        let consent = try CLI.run(["consent", "create", "--owner", "Секретов Тайный Скрытович", "--owner-passport", "4511 654321",
                                   "--owner-passport-issued", "2012-03-01", "--owner-passport-issuer", "ОВД",
                                   "--applicant", "Иванов Иван Иванович", "--applicant-birth-date", "1990-05-17",
                                   "--address", "г. Москва, ул. Тайная, д. 7", "--from", "2026-12-01", "--until", "2027-02-28",
                                   "--issued-at", "2026-11-20", "--valid-until", "2027-02-17", "--out", "consent.json"], in: directory)
        #expect(consent.status == 0, "\(consent.stderr)")
        #expect(consent.stdout == "consent.json: consent written\n")
        #expect(try mode(directory.appendingPathComponent("consent.json")) == 0o600)
    }

    /// A value with ESC or BEL in it is shown escaped: it cannot ring the bell, move the cursor or
    /// recolour what follows on the reader's terminal.
    @Test func controlCharactersInValuesAreEscapedInText() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("consent".utf8).write(to: directory.appendingPathComponent("file.txt"))
        let keygen = try CLI.run(["keygen", "--subject", "CN=Evil\u{1B}[2J\u{07}Name", "--key-out", "k.pem", "--cert-out", "c.pem"],
                                 in: directory)
        #expect(keygen.status == 0, "\(keygen.stderr)")
        #expect(try CLI.run(["sign", "file.txt", "--key", "k.pem", "--cert", "c.pem"], in: directory).status == 0)
        let verify = try CLI.run(["verify", "file.txt", "--signature", "file.txt.p7s", "--ca", "c.pem"], in: directory)
        for output in [keygen.stdout, verify.stdout] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(output)")
        }
        try Data("consent".utf8).write(to: directory.appendingPathComponent("bell\u{07}.txt"))
        let sign = try CLI.run(["sign", "bell\u{07}.txt", "--key", "k.pem", "--cert", "c.pem"], in: directory)
        #expect(sign.stdout == "bell\\u{7}.txt -> bell\\u{7}.txt.p7s\n", "\(sign.stdout)")

        let missing = try CLI.run(["verify", "no\u{1B}]0;title\u{07}.txt", "--signature", "file.txt.p7s", "--ca", "c.pem"], in: directory)
        #expect(missing.status != 0)
        #expect(!missing.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(missing.stderr)")
    }
}

import Foundation
import Testing

/// Certificates rendered by the binary, then read by poppler, qpdf and zbar, which Attest did not write.
@Suite struct CertificateCommandTests {
    private let seed = CLI.root.appendingPathComponent("seeds/certificate.json").path

    private func issuer(in directory: URL) throws {
        let keygen = try CLI.run(["keygen", "--subject", "CN=ОВМ ОМВД России по району Тверской", "--key-out", "issuer.key",
                                  "--cert-out", "issuer.pem"], in: directory)
        #expect(keygen.status == 0)
    }

    @Test func realReadersReadTheCertificate() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try issuer(in: directory)
        let render = try CLI.run(["certificate", "render", "--data", seed, "--out", "cert.pdf",
                                  "--sign-key", "issuer.key", "--sign-cert", "issuer.pem"], in: directory)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout == "cert.pdf: certificate № 77-2026-000123\n")
        let pdf = directory.appendingPathComponent("cert.pdf")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int)
        #expect(size <= 40 * 1024)
        #expect(try FileManager.default.attributesOfItem(atPath: pdf.path)[.posixPermissions] as? Int == 0o600)

        let check = try CLI.tool("/usr/bin/qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("PDF Version: 1.7"))
        #expect(check.stdout.contains("No syntax or stream encoding errors found"))

        let text = try CLI.tool("/usr/bin/pdftotext", [pdf.path, "-"]).stdout
        for expected in ["Иванов Иван Иванович", "№ 77-2026-000123", "17.05.1990", "с 01.12.2026 по 28.02.2027", "25.11.2026",
                         "125009, г. Москва, ул. Тверская, д. 1, кв. 5", "Паспорт гражданина РФ 4510 123456"] {
            #expect(text.contains(expected), "pdftotext lacks \(expected)")
        }

        let fonts = try CLI.tool("/usr/bin/pdffonts", [pdf.path]).stdout.split(separator: "\n")
        #expect(fonts.count == 3, "one font: \(fonts)")
        let font = fonts[2].split(separator: " ", omittingEmptySubsequences: true)
        #expect(font[0].hasSuffix("+DejaVuSans") && font[0].count == 17)
        #expect(font[1...2] == ["CID", "TrueType"])
        #expect(Array(font[4...6]) == ["yes", "yes", "yes"], "embedded, subset, ToUnicode")

        let pages = try CLI.tool("/usr/bin/pdfinfo", [pdf.path]).stdout
        #expect(pages.contains("Pages:           1"))
        #expect(pages.contains("595.28 x 841.89 pts (A4)"))
        #expect(pages.contains("PDF version:     1.7"))

        // A printed copy: rendered at 150 dpi, scanned by zbar, checked offline by attest.
        _ = try CLI.tool("/usr/bin/pdftoppm", ["-r", "150", "-png", "-singlefile", pdf.path, directory.appendingPathComponent("page").path])
        let scanned = try CLI.tool("/usr/bin/zbarimg", ["-q", "--raw", directory.appendingPathComponent("page.png").path])
        let payload = scanned.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(payload.hasPrefix("RUREG1:"))
        let verify = try CLI.run(["certificate", "verify", "--qr", payload, "--ca", "issuer.pem", "--today", "2026-12-15"], in: directory)
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout == "valid QR code: № 77-2026-000123, Иванов Иван Иванович.\n")
        let late = try CLI.run(["certificate", "verify", "--qr", payload, "--ca", "issuer.pem", "--today", "2027-03-01",
                                "--format", "json"], in: directory)
        #expect(late.status == 1)
        #expect(late.stdout.contains(#""code": "expired""#))
    }

    @Test func badDataNamesTheFieldAndWritesNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"number": "77-2026-000123", "holder": {"fullName": "X", "birthDate": "1990-02-30", "document": "D"}, "address": "A", "validFrom": "2026-12-01", "validUntil": "2027-02-28", "issuedAt": "2026-11-25", "issuer": "I"}"#
            .write(to: directory.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["certificate", "render", "--data", "bad.json", "--out", "bad.pdf"], in: directory)
        #expect(result.status == 65)
        #expect(result.stderr.contains("holder.birthDate"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bad.pdf").path))
    }

    @Test func aBatchRendersEveryGoodLineAndNamesTheBadOnes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = try String(contentsOfFile: seed, encoding: .utf8).replacingOccurrences(of: "\n", with: " ")
        let second = good.replacingOccurrences(of: "000123", with: "000124")
        try [good, #"{"number": "oops"}"#, second].joined(separator: "\n")
            .write(to: directory.appendingPathComponent("batch.jsonl"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["certificate", "render", "--data", "batch.jsonl", "--out", "out"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("batch.jsonl:2:"))
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).sorted()
        #expect(written == ["77-2026-000123.pdf", "77-2026-000124.pdf"])
    }

    @Test func whatRenderSaysFollowsLang() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let render = try CLI.run(["certificate", "render", "--data", seed, "--out", "cert.pdf", "--lang", "ru"], in: directory)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout == "cert.pdf: свидетельство № 77-2026-000123\n")
        try #"{"number": "oops"}"#.write(to: directory.appendingPathComponent("batch.jsonl"), atomically: true, encoding: .utf8)
        let batch = try CLI.run(["certificate", "render", "--data", "batch.jsonl", "--out", "out", "--lang", "ru"], in: directory)
        #expect(batch.status == 1)
        #expect(batch.stderr.hasPrefix("attest: batch.jsonl:1: holder: отсутствует; number: не в виде RR-ГГГГ-NNNNNN;"), "\(batch.stderr)")
        #expect(!batch.stderr.contains("missing"))
    }

    @Test func anExistingPDFIsKeptWithoutForce() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("keep".utf8).write(to: directory.appendingPathComponent("cert.pdf"))
        let result = try CLI.run(["certificate", "render", "--data", seed, "--out", "cert.pdf"], in: directory)
        #expect(result.status == 73)
        #expect(try String(contentsOf: directory.appendingPathComponent("cert.pdf"), encoding: .utf8) == "keep")
        #expect(try CLI.run(["certificate", "render", "--data", seed, "--out", "cert.pdf", "--force"], in: directory).status == 0)
    }
}

/// Signed certificates: pdfsig (poppler) checks what attest certificate verify checks.
@Suite struct SignedCertificateTests {
    private let seed = CLI.root.appendingPathComponent("seeds/certificate.json").path

    /// A CA, an issuer it certified, and a certificate PDF the issuer signed.
    private func signedCertificate() throws -> URL {
        let directory = try temporaryDirectory()
        for arguments in [
            ["keygen", "--subject", "CN=МВД России,O=МВД России", "--key-out", "ca.key", "--cert-out", "ca.pem", "--days", "3650"],
            ["keygen", "--subject", "CN=ОВМ ОМВД России по району Тверской", "--key-out", "issuer.key", "--cert-out", "issuer.pem",
             "--ca-key", "ca.key", "--ca-cert", "ca.pem"],
        ] {
            #expect(try CLI.run(arguments, in: directory).status == 0)
        }
        let chain = try String(contentsOf: directory.appendingPathComponent("issuer.pem"), encoding: .utf8)
            + String(contentsOf: directory.appendingPathComponent("ca.pem"), encoding: .utf8)
        try chain.write(to: directory.appendingPathComponent("chain.pem"), atomically: true, encoding: .utf8)
        let render = try CLI.run(["certificate", "render", "--data", seed, "--out", "cert.pdf",
                                  "--sign-key", "issuer.key", "--sign-cert", "chain.pem"], in: directory)
        #expect(render.status == 0, "\(render.stderr)")
        return directory
    }

    @Test func pdfsigSaysValidAndInvalidAfterOneByte() throws {
        let directory = try signedCertificate()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("cert.pdf")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int)
        #expect(size <= 40 * 1024, "a signed certificate is \(size) bytes")
        let valid = try CLI.tool("/usr/bin/pdfsig", [pdf.path])
        #expect(valid.stdout.contains("Signature Type: ETSI.CAdES.detached"))
        #expect(valid.stdout.contains("Signature Validation: Signature is Valid."))
        #expect(valid.stdout.contains("Total document signed"))
        #expect(try CLI.tool("/usr/bin/qpdf", ["--check", pdf.path]).status == 0)

        var bytes = try Data(contentsOf: pdf)
        bytes[2000] ^= 0x01  // inside the first signed range: the page's content or font
        try bytes.write(to: directory.appendingPathComponent("changed.pdf"))
        let invalid = try CLI.tool("/usr/bin/pdfsig", [directory.appendingPathComponent("changed.pdf").path])
        #expect(!invalid.stdout.contains("Signature is Valid."))
        let verify = try CLI.run(["certificate", "verify", "changed.pdf", "--ca", "ca.pem", "--today", "2026-12-15",
                                  "--format", "json"], in: directory)
        #expect(verify.status == 1)
        let problems = try #require(try verify.json()["problems"] as? [[String: Any]])
        #expect(problems.first?["code"] as? String == "bad-signature")
    }

    @Test func verifyChecksSignatureChainQRAndPeriod() throws {
        let directory = try signedCertificate()
        defer { try? FileManager.default.removeItem(at: directory) }
        func codes(_ arguments: [String]) throws -> (Int32, [String]) {
            let result = try CLI.run(["certificate", "verify", "--format", "json"] + arguments, in: directory)
            let problems = (try? result.json())?["problems"] as? [[String: Any]] ?? []
            return (result.status, problems.compactMap { $0["code"] as? String })
        }
        var (status, found) = try codes(["cert.pdf", "--ca", "ca.pem", "--issuer-cert", "issuer.pem", "--today", "2026-12-15"])
        #expect(status == 0 && found.isEmpty, "\(found)")
        // Without the issuer's certificate, the QR payload's key is not among the trusted ones.
        (status, found) = try codes(["cert.pdf", "--ca", "ca.pem", "--today", "2026-12-15"])
        #expect(found == ["qr-mismatch"])
        (status, found) = try codes(["cert.pdf", "--ca", "issuer.key.pem.missing", "--today", "2026-12-15"])
        #expect(status == 66)
        (status, found) = try codes(["cert.pdf", "--ca", "ca.pem", "--issuer-cert", "issuer.pem", "--today", "2027-03-01"])
        #expect(found == ["expired"])
        (status, found) = try codes(["cert.pdf", "--ca", "ca.pem", "--issuer-cert", "issuer.pem", "--today", "2026-11-30"])
        #expect(found == ["not-yet-valid"])

        let unsigned = try CLI.run(["certificate", "render", "--data", seed, "--out", "unsigned.pdf"], in: directory)
        #expect(unsigned.status == 0)
        (status, found) = try codes(["unsigned.pdf", "--ca", "ca.pem", "--today", "2026-12-15"])
        #expect(found == ["no-signature", "qr-mismatch"])

        // Bytes appended after the signed file fall outside the /ByteRange.
        var bytes = try Data(contentsOf: directory.appendingPathComponent("cert.pdf"))
        bytes.append(contentsOf: Array("\n% appended\n".utf8))
        try bytes.write(to: directory.appendingPathComponent("appended.pdf"))
        (status, found) = try codes(["appended.pdf", "--ca", "ca.pem", "--issuer-cert", "issuer.pem", "--today", "2026-12-15"])
        #expect(found == ["byte-range"])
    }
}

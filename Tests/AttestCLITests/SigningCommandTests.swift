import Foundation
import Testing

private let opensslPath = "/usr/bin/openssl"

/// A scratch folder with a consent file, and keys made by `attest keygen` on demand.
private final class Workspace {
    let directory: URL

    init() throws {
        directory = try temporaryDirectory()
        try Data(#"{"owner": "Петров Пётр Петрович", "validUntil": "2027-02-28"}"#.utf8 + [0x0D, 0x0A, 0x00, 0xFF])
            .write(to: url("consent.json"))
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func url(_ name: String) -> URL { directory.appendingPathComponent(name) }
    func path(_ name: String) -> String { url(name).path }

    @discardableResult
    func attest(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = ["LANG": "C"]) throws -> CLI.Result {
        try CLI.run(arguments, stdin: stdin, environment: environment, in: directory)
    }

    @discardableResult
    func openssl(_ arguments: [String]) throws -> CLI.Result {
        try CLI.tool(opensslPath, arguments, in: directory)
    }

    /// `attest keygen`, self-signed or issued by the CA named `issuer`.
    func keygen(_ name: String, algorithm: String = "ecdsa-p256", issuer: String? = nil, extra: [String] = []) throws {
        var arguments = ["keygen", "--algorithm", algorithm, "--subject", "CN=\(name),O=Attest Tests",
                         "--key-out", "\(name).key", "--cert-out", "\(name).pem"] + extra
        if let issuer { arguments += ["--ca-key", "\(issuer).key", "--ca-cert", "\(issuer).pem"] }
        let result = try attest(arguments)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// `name.key` and `name.pem`: a self-signed P-256 certificate valid only in January 2020,
    /// made by openssl's CA tool (attest keygen makes certificates valid from now).
    func expiredCertificate(_ name: String) throws {
        #expect(try openssl(["req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                             "-keyout", "\(name).key", "-out", "\(name).csr", "-subj", "/CN=\(name)"]).status == 0)
        try "".write(to: url("index.txt"), atomically: true, encoding: .utf8)
        try """
            [ca]
            default_ca = attest
            [attest]
            database = index.txt
            new_certs_dir = .
            default_md = sha256
            policy = any
            rand_serial = yes
            unique_subject = no
            [any]
            commonName = supplied
            """.write(to: url("expired-ca.cnf"), atomically: true, encoding: .utf8)
        let made = try openssl(["ca", "-batch", "-notext", "-config", "expired-ca.cnf", "-selfsign", "-keyfile", "\(name).key", "-in", "\(name).csr",
                                "-startdate", "20200101000000Z", "-enddate", "20200201000000Z", "-out", "\(name).pem"])
        #expect(made.status == 0, "\(made.stderr)")
    }

    func verifyJSON(_ arguments: [String]) throws -> (status: Int32, json: [String: Any]) {
        let result = try attest(["verify", "consent.json", "--format", "json"] + arguments)
        return (result.status, try result.json())
    }
}

private func problemCodes(_ json: [String: Any]) -> [String] {
    (json["problems"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
}

@Suite struct OpenSSLInteroperability {
    static let cases: [(algorithm: String, issued: Bool)] = [
        ("ecdsa-p256", false), ("ecdsa-p256", true), ("rsa-3072", false), ("rsa-3072", true),
    ]

    /// A signer made by attest keygen: self-signed ("owner"), or issued by a CA ("signer" under "ca").
    private func keys(_ work: Workspace, _ algorithm: String, issued: Bool) throws -> (signer: String, anchor: String) {
        let signer = issued ? "signer" : "owner"
        if issued { try work.keygen("ca", algorithm: algorithm) }
        try work.keygen(signer, algorithm: algorithm, issuer: issued ? "ca" : nil)
        return (signer, issued ? "ca.pem" : "owner.pem")
    }

    @Test(arguments: cases)
    func attestSignaturesVerifyWithOpenSSL(algorithm: String, issued: Bool) throws {
        let work = try Workspace()
        let (signer, anchor) = try keys(work, algorithm, issued: issued)
        let sign = try work.attest(["sign", "consent.json", "--key", "\(signer).key", "--cert", "\(signer).pem"])
        #expect(sign.status == 0, "\(sign.stderr)")
        #expect(sign.stdout == "consent.json -> consent.json.p7s\n")
        let verify = try work.openssl(["cms", "-verify", "-binary", "-inform", "DER", "-in", "consent.json.p7s",
                                       "-content", "consent.json", "-CAfile", anchor, "-out", "/dev/null"])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stderr.contains("Verification successful"))
    }

    @Test(arguments: cases)
    func openSSLSignaturesVerifyWithAttest(algorithm: String, issued: Bool) throws {
        let work = try Workspace()
        let (signer, anchor) = try keys(work, algorithm, issued: issued)
        let sign = try work.openssl(["cms", "-sign", "-binary", "-outform", "DER", "-in", "consent.json",
                                     "-signer", "\(signer).pem", "-inkey", "\(signer).key", "-out", "consent.json.p7s"])
        #expect(sign.status == 0, "\(sign.stderr)")
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", anchor])
        #expect(status == 0, "\(json)")
        #expect(json["valid"] as? Bool == true)
        #expect(problemCodes(json).isEmpty)

        // The signer as openssl describes it.
        let signerObject = try #require(json["signer"] as? [String: Any])
        let signerJSON = signerObject.compactMapValues { $0 as? String }
        #expect(signerObject["snils"] as? [String] == [], "no SNILS attribute in the subject")
        let serial = try work.openssl(["x509", "-in", "\(signer).pem", "-noout", "-serial"]).stdout
        #expect("serial=" + (signerJSON["serial"] ?? "") + "\n" == serial)
        let fingerprint = try work.openssl(["x509", "-in", "\(signer).pem", "-noout", "-fingerprint", "-sha256"]).stdout
        let expected = fingerprint.split(separator: "=").last.map { $0.replacingOccurrences(of: ":", with: "").lowercased() }
        #expect(signerJSON["fingerprintSHA256"].map { $0 + "\n" } == expected)
        let subject = try work.openssl(["x509", "-in", "\(signer).pem", "-noout", "-subject", "-nameopt", "RFC2253"]).stdout
        #expect("subject=" + (signerJSON["subject"] ?? "") + "\n" == subject)
        let digest = try #require(json["digest"] as? [String: String])
        #expect(digest["algorithm"] == "sha256")
        #expect(digest["value"].map { $0 + "  consent.json\n" } == (try CLI.tool("/usr/bin/sha256sum", ["consent.json"], in: work.directory).stdout))
        let signedAt = try #require(json["signedAt"] as? String)
        #expect(signedAt.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil)
    }

    @Test func pemSignaturesBothWays() throws {
        let work = try Workspace()
        try work.keygen("owner")
        try work.attest(["sign", "consent.json", "--key", "owner.key", "--cert", "owner.pem", "--pem", "--out", "consent.pem.sig"])
        #expect(try work.openssl(["cms", "-verify", "-binary", "-inform", "PEM", "-in", "consent.pem.sig",
                                  "-content", "consent.json", "-CAfile", "owner.pem", "-out", "/dev/null"]).status == 0)
        try work.openssl(["cms", "-sign", "-binary", "-outform", "PEM", "-in", "consent.json",
                          "-signer", "owner.pem", "-inkey", "owner.key", "-out", "openssl.pem.sig"])
        #expect(try work.attest(["verify", "consent.json", "--signature", "openssl.pem.sig", "--ca", "owner.pem"]).status == 0)
    }

    @Test func keysAndCertificatesInDERAreRead() throws {
        let work = try Workspace()
        try work.keygen("owner")
        try work.openssl(["pkey", "-in", "owner.key", "-outform", "DER", "-out", "owner.key.der"])
        try work.openssl(["x509", "-in", "owner.pem", "-outform", "DER", "-out", "owner.der"])
        let sign = try work.attest(["sign", "consent.json", "--key", "owner.key.der", "--cert", "owner.der"])
        #expect(sign.status == 0, "\(sign.stderr)")
        #expect(try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "owner.der"]).status == 0)
    }
}

/// GOST R 34.10-2012 both ways with `openssl -engine gost` (Debian's libengine-gost-openssl).
@Suite struct GOSTInteroperability {
    /// A GOST CA and an owner with a SNILS, made by `attest keygen`, and the consent signed by the owner.
    private func signedByAttest(_ algorithm: String) throws -> Workspace {
        let work = try Workspace()
        try work.keygen("ca", algorithm: algorithm, extra: ["--days", "3650"])
        let owner = try work.attest(["keygen", "--algorithm", algorithm, "--subject", "CN=Петров Пётр Петрович,1.2.643.100.3=08765430300",
                                     "--key-out", "owner.key", "--cert-out", "owner.pem", "--ca-key", "ca.key", "--ca-cert", "ca.pem"])
        #expect(owner.status == 0, "\(owner.stderr)")
        let signed = try work.attest(["sign", "consent.json", "--key", "owner.key", "--cert", "owner.pem"])
        #expect(signed.status == 0, "\(signed.stderr)")
        return work
    }

    @Test(arguments: [("gost2012-256", "streebog256"), ("gost2012-512", "streebog512")])
    func opensslAcceptsWhatAttestSigns(algorithm: String, digest: String) throws {
        let work = try signedByAttest(algorithm)
        let verified = try work.openssl(["cms", "-engine", "gost", "-verify", "-binary", "-inform", "DER", "-in", "consent.json.p7s",
                                         "-content", "consent.json", "-CAfile", "ca.pem", "-out", "/dev/null"])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stderr.contains("Verification successful"))
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem"])
        #expect(status == 0)
        #expect((json["digest"] as? [String: Any])?["algorithm"] as? String == digest)
        #expect((json["signer"] as? [String: Any])?["snils"] as? [String] == ["08765430300"])
    }

    @Test func attestAcceptsWhatOpenSSLSignsAndRefusesItChanged() throws {
        let work = try Workspace()
        let engine = ["-engine", "gost"]
        for (name, subject, issuer) in [("ca", "/CN=GOST CA", nil), ("owner", "/CN=Owner/SNILS=08765430300", "ca")] as [(String, String, String?)] {
            #expect(try work.openssl(["genpkey"] + engine + ["-algorithm", "gost2012_256", "-pkeyopt", "paramset:A", "-out", "\(name).key"]).status == 0)
            if let issuer {
                #expect(try work.openssl(["req"] + engine + ["-new", "-key", "\(name).key", "-subj", subject, "-out", "\(name).csr"]).status == 0)
                let made = try work.openssl(["x509"] + engine + ["-req", "-in", "\(name).csr", "-CA", "\(issuer).pem", "-CAkey", "\(issuer).key",
                                                                 "-days", "30", "-md_gost12_256", "-out", "\(name).pem"])
                #expect(made.status == 0, "\(made.stderr)")
            } else {
                let made = try work.openssl(["req"] + engine + ["-new", "-x509", "-key", "\(name).key", "-subj", subject, "-days", "30",
                                                                "-md_gost12_256", "-out", "\(name).pem"])
                #expect(made.status == 0, "\(made.stderr)")
            }
        }
        let signed = try work.openssl(["cms"] + engine + ["-sign", "-binary", "-md", "md_gost12_256", "-in", "consent.json", "-signer", "owner.pem",
                                                          "-inkey", "owner.key", "-outform", "DER", "-out", "consent.json.p7s"])
        #expect(signed.status == 0, "\(signed.stderr)")
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem"])
        #expect(status == 0, "\(json)")
        #expect((json["signer"] as? [String: Any])?["snils"] as? [String] == ["08765430300"])

        var content = try Data(contentsOf: work.url("consent.json"))
        content[3] ^= 0x20
        try content.write(to: work.url("consent.json"))
        let changed = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem"])
        #expect(changed.status == 1)
        #expect(problemCodes(changed.json) == ["content-mismatch"])
    }

    @Test func aRevokedGOSTSignerIsRevoked() throws {
        let work = try signedByAttest("gost2012-256")
        let serial = try work.openssl(["x509", "-in", "owner.pem", "-noout", "-serial"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "serial=", with: "")
        try "R\t301231235959Z\t250101000000Z\t\(serial)\tunknown\t/CN=owner\n".write(to: work.url("index.txt"), atomically: true, encoding: .utf8)
        try """
            [ca]
            default_ca = attest
            [attest]
            database = index.txt
            default_md = md_gost12_256
            default_crl_days = 30
            """.write(to: work.url("ca.cnf"), atomically: true, encoding: .utf8)
        let crl = try work.openssl(["ca", "-engine", "gost", "-gencrl", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-out", "ca.crl"])
        #expect(crl.status == 0, "\(crl.stderr)")
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem", "--crl", "ca.crl"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["revoked"])
    }

    /// Without the engine (OpenSSL looks for it where OPENSSL_ENGINES says), a GOST signature is
    /// an unsupported algorithm and the verdict says what to install.
    @Test func withoutTheEngineGOSTIsUnsupportedAndSaysWhatToInstall() throws {
        let work = try signedByAttest("gost2012-256")
        let environment = ["LANG": "C", "OPENSSL_ENGINES": work.path("no-engines")]
        let verified = try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "ca.pem", "--format", "json"],
                                       environment: environment)
        #expect(verified.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(verified.stdout.utf8)) as? [String: Any])
        #expect(problemCodes(json) == ["unsupported-algorithm"])
        #expect(verified.stdout.contains("libengine-gost-openssl"))
        let keygen = try work.attest(["keygen", "--algorithm", "gost2012-512", "--subject", "CN=x", "--key-out", "x.key", "--cert-out", "x.pem"],
                                     environment: environment)
        #expect(keygen.status != 0)
        #expect(keygen.stderr.contains("libengine-gost-openssl"))
        #expect(!FileManager.default.fileExists(atPath: work.path("x.key")))
        let hash = try work.attest(["hash", "--algorithm", "streebog256", "consent.json"], environment: environment)
        #expect(hash.status != 0)
        #expect(hash.stderr.contains("libengine-gost-openssl"))
    }

    @Test func aWrongCAOrAnExpiredSignerHasItsCode() throws {
        let work = try signedByAttest("gost2012-256")
        try work.keygen("other", algorithm: "gost2012-256")
        let stranger = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "other.pem"])
        #expect(problemCodes(stranger.json) == ["untrusted-signer"])
        let later = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem", "--at", "2031-01-01T00:00:00Z"])
        #expect(problemCodes(later.json) == ["signer-expired"])
    }
}

@Suite struct VerificationProblems {
    /// A CA, a signer it issued, and a signature of consent.json made by attest.
    private func signed() throws -> Workspace {
        let work = try Workspace()
        try work.keygen("ca", extra: ["--days", "3650"])
        try work.keygen("signer", issuer: "ca")
        let result = try work.attest(["sign", "consent.json", "--key", "signer.key", "--cert", "signer.pem"])
        #expect(result.status == 0, "\(result.stderr)")
        return work
    }

    @Test func flippedContentByte() throws {
        let work = try signed()
        var content = try Data(contentsOf: work.url("consent.json"))
        content[3] ^= 0x20
        try content.write(to: work.url("consent.json"))
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem"])
        #expect(status == 1)
        #expect(json["valid"] as? Bool == false)
        #expect(problemCodes(json) == ["content-mismatch"])
    }

    @Test func flippedSignatureByte() throws {
        let work = try signed()
        var signature = try Data(contentsOf: work.url("consent.json.p7s"))
        signature[signature.count - 2] ^= 0x01
        try signature.write(to: work.url("consent.json.p7s"))
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["bad-signature"])
    }

    @Test func differentCA() throws {
        let work = try signed()
        try work.keygen("other")
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "other.pem"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["untrusted-signer"])
    }

    /// The signer's certificate (a year) has expired by 2031; the CA's (ten years) has not.
    @Test func expiredSignerCertificate() throws {
        let work = try signed()
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem",
                                                  "--at", "2031-01-01T00:00:00Z"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["signer-expired"])
        let text = try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "ca.pem",
                                    "--at", "2031-01-01T00:00:00Z"])
        #expect(text.stdout.contains("The signer's certificate was not valid at 01.01.2031 00:00:00 UTC (it had expired)."))
        // One language per answer: OpenSSL's words follow in JSON as the detail, never in the sentence.
        let ru = try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "ca.pem",
                                  "--at", "2031-01-01T00:00:00Z", "--lang", "ru"])
        #expect(ru.stdout.contains("Сертификат подписанта не действовал в момент 01.01.2031 00:00:00 UTC (срок его действия истёк)."), "\(ru.stdout)")
        #expect(!ru.stdout.contains("certificate has expired"))
        #expect((json["problems"] as? [[String: Any]])?.first?["detail"] as? String == "certificate has expired")
    }

    /// A consent has one signer. Two SignerInfos are refused, and a valid first one never vouches
    /// for a second whose signature is broken.
    @Test func aSignatureWithTwoSignersIsRefused() throws {
        let work = try signed()
        try work.keygen("second", issuer: "ca")
        let sign = try work.openssl(["cms", "-sign", "-binary", "-outform", "DER", "-in", "consent.json",
                                     "-signer", "signer.pem", "-inkey", "signer.key", "-signer", "second.pem", "-inkey", "second.key",
                                     "-out", "two.p7s"])
        #expect(sign.status == 0, "\(sign.stderr)")
        let (status, json) = try work.verifyJSON(["--signature", "two.p7s", "--ca", "ca.pem"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["multiple-signers"])
        #expect((json["problems"] as? [[String: Any]])?.first?["message"] as? String
            == "The signature holds 2 signers; a consent has exactly one.")

        // The last bytes of the DER are the end of the last SignerInfo's signature value.
        var broken = try Data(contentsOf: work.url("two.p7s"))
        broken[broken.count - 2] ^= 0x01
        try broken.write(to: work.url("broken.p7s"))
        let (brokenStatus, brokenJSON) = try work.verifyJSON(["--signature", "broken.p7s", "--ca", "ca.pem"])
        #expect(brokenStatus == 1)
        #expect(problemCodes(brokenJSON) == ["multiple-signers", "bad-signature"])
    }

    /// Without --at the certificate is checked at the time of verification, and the verdict says
    /// when it was checked and whether that time was chosen.
    @Test func theVerdictSaysWhenTheCertificateWasChecked() throws {
        let work = try signed()
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem"])
        #expect(status == 0)
        #expect(json["checkedAtGiven"] as? Bool == false)
        let checkedAt = try #require((json["checkedAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
        #expect(abs(checkedAt.timeIntervalSinceNow) < 300)

        let at = Date(timeIntervalSince1970: TimeInterval(Int(Date().timeIntervalSince1970) + 86_400))
        let atText = at.formatted(.iso8601)
        let (givenStatus, given) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem", "--at", atText])
        #expect(givenStatus == 0)
        #expect(given["checkedAtGiven"] as? Bool == true)
        #expect(given["checkedAt"] as? String == atText)

        let text = try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "ca.pem", "--lang", "en",
                                    "--at", "2026-12-01T10:00:00Z"])
        #expect(text.stdout.contains("; certificate checked at 01.12.2026 10:00:00 UTC (--at)."), "\(text.stdout)")
        let russian = try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "ca.pem", "--lang", "ru"])
        #expect(russian.stdout.contains("; сертификат проверен на момент "), "\(russian.stdout)")
        #expect(!russian.stdout.contains("(--at)"))
    }

    /// A certificate that expired in 2020: its signature made today is expired today, and valid
    /// only when the caller deliberately checks at a time inside its validity.
    @Test func anExpiredCertificateIsCheckedNowUnlessAtIsGiven() throws {
        let work = try Workspace()
        try work.expiredCertificate("old")
        let sign = try work.openssl(["cms", "-sign", "-binary", "-outform", "DER", "-in", "consent.json",
                                     "-signer", "old.pem", "-inkey", "old.key", "-out", "old.p7s"])
        #expect(sign.status == 0, "\(sign.stderr)")
        let (status, json) = try work.verifyJSON(["--signature", "old.p7s", "--ca", "old.pem"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["signer-expired"])
        let (inside, insideJSON) = try work.verifyJSON(["--signature", "old.p7s", "--ca", "old.pem", "--at", "2020-01-15T00:00:00Z"])
        #expect(inside == 0, "\(insideJSON)")
        #expect(insideJSON["checkedAtGiven"] as? Bool == true)
        let (before, beforeJSON) = try work.verifyJSON(["--signature", "old.p7s", "--ca", "old.pem", "--at", "2019-12-01T00:00:00Z"])
        #expect(before == 1)
        #expect(problemCodes(beforeJSON) == ["signer-not-yet-valid"])
    }

    @Test func truncatedSignature() throws {
        let work = try signed()
        let signature = try Data(contentsOf: work.url("consent.json.p7s"))
        try signature.prefix(signature.count / 3).write(to: work.url("consent.json.p7s"))
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["malformed-signature"])
        #expect(json["signer"] is NSNull && json["digest"] is NSNull && json["signedAt"] is NSNull)
    }

    @Test func aPEMThatIsNotASignature() throws {
        let work = try signed()
        let (status, json) = try work.verifyJSON(["--signature", "ca.pem", "--ca", "ca.pem"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["malformed-signature"])
    }

    @Test func sha1DigestIsUnsupported() throws {
        let work = try signed()
        try work.openssl(["cms", "-sign", "-binary", "-md", "sha1", "-outform", "DER", "-in", "consent.json",
                          "-signer", "signer.pem", "-inkey", "signer.key", "-out", "sha1.p7s"])
        let (status, json) = try work.verifyJSON(["--signature", "sha1.p7s", "--ca", "ca.pem"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["unsupported-algorithm"])
        #expect((json["digest"] as? [String: String])?["algorithm"] == "sha1")
    }

    @Test func revokedSigner() throws {
        let work = try signed()
        // A CRL from openssl's own CA tool, revoking the signer's serial.
        let serial = try work.openssl(["x509", "-in", "signer.pem", "-noout", "-serial"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "serial=", with: "")
        let subject = try work.openssl(["x509", "-in", "signer.pem", "-noout", "-subject", "-nameopt", "compat"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "subject=", with: "")
        try "R\t301231235959Z\t250101000000Z\t\(serial)\tunknown\t\(subject)\n".write(to: work.url("index.txt"), atomically: true, encoding: .utf8)
        try """
            [ca]
            default_ca = attest
            [attest]
            database = index.txt
            default_md = sha256
            default_crl_days = 30
            """.write(to: work.url("ca.cnf"), atomically: true, encoding: .utf8)
        let crl = try work.openssl(["ca", "-gencrl", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-out", "ca.crl"])
        #expect(crl.status == 0, "\(crl.stderr)")
        let (status, json) = try work.verifyJSON(["--signature", "consent.json.p7s", "--ca", "ca.pem", "--crl", "ca.crl"])
        #expect(status == 1)
        #expect(problemCodes(json) == ["revoked"])
        // The same CRL with nobody else revoked leaves another signer valid.
        try work.keygen("second", issuer: "ca")
        try work.attest(["sign", "consent.json", "--key", "second.key", "--cert", "second.pem", "--out", "second.p7s"])
        #expect(try work.verifyJSON(["--signature", "second.p7s", "--ca", "ca.pem", "--crl", "ca.crl"]).status == 0)
    }

    @Test func textOutputSaysValidOrWhatIsWrong() throws {
        let work = try signed()
        let valid = try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "ca.pem", "--lang", "en"])
        #expect(valid.status == 0)
        #expect(valid.stdout.hasPrefix("consent.json: valid signature; signer CN=signer,O=Attest Tests, issued by CN=ca,O=Attest Tests; signed "))
        try work.keygen("other")
        let invalid = try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "other.pem", "--lang", "ru"])
        #expect(invalid.status == 1)
        #expect(invalid.stdout.contains("подпись недействительна"))
        #expect(invalid.stdout.contains("Сертификат подписанта не ведёт к доверенному сертификату"))
    }
}

@Suite struct SigningCommandRules {
    @Test func keysAreMode0600AndEncryptedWithAPassphraseFromTheEnvironment() throws {
        let work = try Workspace()
        let result = try work.attest(
            ["keygen", "--subject", "CN=Owner", "--key-out", "owner.key", "--cert-out", "owner.pem", "--passphrase-env", "OWNER_PASS"],
            environment: ["LANG": "C", "OWNER_PASS": "s3cret phrase"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("s3cret") && !result.stderr.contains("s3cret"))
        let mode = try FileManager.default.attributesOfItem(atPath: work.path("owner.key"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let key = try String(contentsOf: work.url("owner.key"), encoding: .utf8)
        #expect(key.hasPrefix("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        #expect(try work.openssl(["pkey", "-in", "owner.key", "-passin", "pass:s3cret phrase", "-noout"]).status == 0)
        #expect(try work.openssl(["pkey", "-in", "owner.key", "-passin", "pass:wrong", "-noout"]).status != 0)

        try "s3cret phrase\n".write(to: work.url("pass.txt"), atomically: true, encoding: .utf8)
        let sign = try work.attest(["sign", "consent.json", "--key", "owner.key", "--cert", "owner.pem", "--passphrase-file", "pass.txt"])
        #expect(sign.status == 0, "\(sign.stderr)")
        let unsigned = try work.attest(["sign", "consent.json", "--key", "owner.key", "--cert", "owner.pem", "--out", "x.p7s"])
        #expect(unsigned.status == 65)
        #expect(unsigned.stderr.contains("the key is encrypted: give its passphrase"))
    }

    @Test func certificatesCarryTheKeyUsagesOfASigner() throws {
        let work = try Workspace()
        try work.keygen("ca")
        try work.keygen("signer", issuer: "ca")
        let text = try work.openssl(["x509", "-in", "signer.pem", "-noout", "-text"]).stdout
        #expect(text.contains("Digital Signature, Non Repudiation"))
        #expect(text.contains("CA:FALSE"))
        let purpose = try work.openssl(["verify", "-purpose", "smimesign", "-CAfile", "ca.pem", "signer.pem"])
        #expect(purpose.status == 0, "\(purpose.stderr)")
    }

    @Test func existingFilesAreNotReplacedWithoutForce() throws {
        let work = try Workspace()
        try work.keygen("owner")
        let again = try work.attest(["keygen", "--subject", "CN=x", "--key-out", "owner.key", "--cert-out", "new.pem"])
        #expect(again.status == 73)
        #expect(!FileManager.default.fileExists(atPath: work.path("new.pem")))
        try work.attest(["sign", "consent.json", "--key", "owner.key", "--cert", "owner.pem"])
        let before = try Data(contentsOf: work.url("consent.json.p7s"))
        let refused = try work.attest(["sign", "consent.json", "--key", "owner.key", "--cert", "owner.pem"])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("exists; use --force"))
        #expect(try Data(contentsOf: work.url("consent.json.p7s")) == before)
        let forced = try work.attest(["sign", "consent.json", "--key", "owner.key", "--cert", "owner.pem", "--force"])
        #expect(forced.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.directory.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func manyFilesEachGetTheirOwnSignature() throws {
        let work = try Workspace()
        try work.keygen("owner")
        let names = (0..<20).map { "consent-\($0).txt" }
        for name in names { try Data(name.utf8).write(to: work.url(name)) }
        let result = try work.attest(["sign"] + names + ["--key", "owner.key", "--cert", "owner.pem"])
        #expect(result.status == 0)
        #expect(result.stdout == names.map { "\($0) -> \($0).p7s\n" }.joined())
        for name in names {
            #expect(try work.openssl(["cms", "-verify", "-binary", "-inform", "DER", "-in", "\(name).p7s", "-content", name,
                                      "-CAfile", "owner.pem", "-out", "/dev/null"]).status == 0)
        }
    }

    @Test func ed25519SigningIsRefused() throws {
        let work = try Workspace()
        try work.keygen("qr", algorithm: "ed25519")
        let result = try work.attest(["sign", "consent.json", "--key", "qr.key", "--cert", "qr.pem"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Ed25519 keys cannot make CMS signatures"))
        #expect(!FileManager.default.fileExists(atPath: work.path("consent.json.p7s")))
    }

    /// What verify would refuse is not made: a certificate outside its validity cannot sign.
    @Test func anExpiredCertificateCannotSign() throws {
        let work = try Workspace()
        try work.expiredCertificate("old")
        let result = try work.attest(["sign", "consent.json", "--key", "old.key", "--cert", "old.pem"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the signer's certificate expired at 01.02.2020"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.path("consent.json.p7s")))
    }

    @Test func usageAndInputErrors() throws {
        let work = try Workspace()
        try work.keygen("owner")
        #expect(try work.attest(["sign", "a", "b", "--key", "owner.key", "--cert", "owner.pem", "--out", "x"]).status == 64)
        #expect(try work.attest(["sign", "consent.json", "--key", "missing.key", "--cert", "owner.pem"]).status == 66)
        #expect(try work.attest(["sign", "missing.json", "--key", "owner.key", "--cert", "owner.pem"]).status == 66)
        #expect(try work.attest(["sign", "consent.json", "--key", "owner.pem", "--cert", "owner.pem"]).status == 65)
        #expect(try work.attest(["verify", "consent.json", "--signature", "x"]).status == 64)
        #expect(try work.attest(["verify", "consent.json", "--signature", "missing", "--ca", "owner.pem"]).status == 66)
        #expect(try work.attest(["verify", "consent.json", "--signature", "owner.pem", "--ca", "owner.pem", "--at", "tomorrow"]).status == 64)
        #expect(try work.attest(["keygen", "--subject", "nonsense", "--key-out", "k", "--cert-out", "c"]).status == 65)
        #expect(try work.attest(["keygen", "--subject", "CN=x", "--key-out", "k", "--cert-out", "c",
                                 "--passphrase-file", "a", "--passphrase-env", "B"]).status == 64)
        for command in ["keygen", "hash", "sign", "verify"] {
            let help = try work.attest([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("attest \(command) "), "\(command) --help has an example")
        }
    }
}

@Suite struct HashCommandTests {
    @Test func linesAreExactlySha256sums() throws {
        let work = try Workspace()
        let big = Data((0..<(5 << 20) + 3).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try big.write(to: work.url("big.bin"))
        try Data().write(to: work.url("empty"))
        for (algorithm, tool) in [("sha256", "sha256sum"), ("sha384", "sha384sum"), ("sha512", "sha512sum")] {
            let ours = try work.attest(["hash", "--algorithm", algorithm, "consent.json", "big.bin", "empty"])
            let theirs = try CLI.tool("/usr/bin/\(tool)", ["consent.json", "big.bin", "empty"], in: work.directory)
            #expect(ours.status == 0)
            #expect(ours.stdout == theirs.stdout)
            try ours.stdout.write(to: work.url("SUMS"), atomically: true, encoding: .utf8)
            #expect(try CLI.tool("/usr/bin/\(tool)", ["-c", "SUMS"], in: work.directory).status == 0)
        }
        #expect(try work.attest(["hash"]).status == 64)
    }

    @Test func streebogAsOpenSSLsGostEngineComputesIt() throws {
        let work = try Workspace()
        for (algorithm, md) in [("streebog256", "md_gost12_256"), ("streebog512", "md_gost12_512")] {
            let ours = try work.attest(["hash", "--algorithm", algorithm, "consent.json"])
            let theirs = try work.openssl(["dgst", "-engine", "gost", "-\(md)", "-r", "consent.json"])
            #expect(ours.status == 0 && theirs.status == 0, "\(theirs.stderr)")
            // `openssl dgst -r` prints "DIGEST *FILE": the same digest, a binary-mode mark before the name.
            #expect(ours.stdout.split(separator: " ").first == theirs.stdout.split(separator: " ").first)
            #expect(ours.stdout.hasSuffix("  consent.json\n"))
        }
    }

    @Test func standardInputAndOddNames() throws {
        let work = try Workspace()
        let stdin = try work.attest(["hash", "-"], stdin: Data("abc".utf8))
        #expect(stdin.stdout == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  -\n")
        try Data("x".utf8).write(to: work.url("back\\slash"))
        let odd = try work.attest(["hash", "back\\slash"])
        #expect(odd.stdout == (try CLI.tool("/usr/bin/sha256sum", ["back\\slash"], in: work.directory).stdout))
    }

    @Test func aMissingFileIsReportedAndTheRestHashed() throws {
        let work = try Workspace()
        let result = try work.attest(["hash", "missing", "consent.json"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("missing"))
        #expect(result.stdout.hasSuffix("  consent.json\n"))
    }
}

@Suite struct FaultTests {
    /// Output into a folder nobody may write: a clear error, exit 73, and nothing left behind.
    @Test func aReadOnlyFolderLeavesNoPartialFile() throws {
        let scratch = try LockableFolder()
        defer { withExtendedLifetime(scratch) {} }  // until the test ends, not the last use
        let (directory, locked) = (scratch.directory, scratch.locked)
        try Data("consent".utf8).write(to: directory.appendingPathComponent("consent.txt"))
        #expect(try CLI.run(["keygen", "--subject", "CN=Owner", "--key-out", "owner.key", "--cert-out", "owner.pem"], in: directory).status == 0)
        chmod(directory.appendingPathComponent("owner.key").path, 0o644)  // readable by nobody too
        chmod(locked.path, 0o555)
        // root writes anywhere, so the command runs as nobody.
        let result = try CLI.run(["sign", "consent.txt", "--key", "owner.key", "--cert", "owner.pem", "--out", "locked/consent.p7s"],
                                 in: directory, asNobody: getuid() == 0)
        #expect(result.status == 73)
        #expect(result.stderr.contains("cannot create"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    /// `kill -9` in the middle of a signing run leaves either no signature or a whole, valid one,
    /// and no temporary file: a signature is written unnamed and named only once complete. The
    /// run is killed as soon as it has named its first, its tenth and its thirtieth signature, so
    /// that other signatures are being written at that moment.
    @Test func aKilledSigningLeavesNoPartialSignature() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["keygen", "--subject", "CN=Owner", "--key-out", "owner.key", "--cert-out", "owner.pem"], in: directory).status == 0)
        let names = (0..<40).map { "consent-\($0).bin" }
        let content = Data(repeating: 0x5A, count: 2 << 20)
        for name in names { try content.write(to: directory.appendingPathComponent(name)) }
        func signatures() -> Int {
            names.count { FileManager.default.fileExists(atPath: directory.appendingPathComponent($0 + ".p7s").path) }
        }
        for written in [1, 10, 30] {
            for name in names { try? FileManager.default.removeItem(at: directory.appendingPathComponent(name + ".p7s")) }
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["sign"] + names + ["--key", "owner.key", "--cert", "owner.pem"]
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            while process.isRunning && signatures() < written { sched_yield() }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for name in names where FileManager.default.fileExists(atPath: directory.appendingPathComponent(name + ".p7s").path) {
                let verify = try CLI.run(["verify", name, "--signature", name + ".p7s", "--ca", "owner.pem"], in: directory)
                #expect(verify.status == 0, "after kill at \(written) signatures, \(name).p7s is not a whole signature")
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
            #expect(leftovers.isEmpty, "after kill at \(written) signatures: \(leftovers)")
        }
    }

    /// A full disk: a clear error, exit 74, and neither a partial nor a temporary file. The disk is
    /// a 64 KiB tmpfs, filled up, in a mount namespace of its own (util-linux's unshare).
    @Test func aFullDiskLeavesNoPartialFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("full"), withIntermediateDirectories: false)
        let seed = CLI.root.appendingPathComponent("seeds/certificate.json").path
        let script = """
            mount -t tmpfs -o size=64k attest-full full || exit 100
            head -c 1048576 /dev/zero > full/filler 2> /dev/null
            status=0
            "$ATTEST" certificate render --data "$SEED" --out full/certificate.pdf 2> stderr || status=$?
            echo "status $status"
            ls -A full
            """
        let namespace = getuid() == 0 ? ["--mount"] : ["--map-root-user", "--mount"]
        let result = try CLI.tool("/usr/bin/unshare", namespace + ["/bin/sh", "-c", script], environment: [
            "LANG": "C", "ATTEST": CLI.executable.path, "SEED": seed,
        ].merging(ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }) { $1 }, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "status 74\nfiller\n")
        let stderr = try String(contentsOf: directory.appendingPathComponent("stderr"), encoding: .utf8)
        #expect(stderr == "attest: cannot write full/certificate.pdf: there is no space left on the disk\n")
    }

    /// A signature file rewritten in place while `verify` reads it: every run ends with a verdict
    /// (valid, or not a readable signature), never a crash.
    @Test func aSignatureRewrittenWhileItIsReadGetsAVerdict() throws {
        let work = try Workspace()
        try work.keygen("owner")
        #expect(try work.attest(["sign", "consent.json", "--key", "owner.key", "--cert", "owner.pem"]).status == 0)
        let path = work.path("consent.json.p7s")
        let valid = try #require(FileManager.default.contents(atPath: path))
        let stop = StopFlag()
        @Sendable func rewrite() {
            var round = 0
            while !stop.isSet {
                // Truncate, then write part or all of it: readers see every length in between.
                let handle = FileHandle(forWritingAtPath: path)
                try? handle?.truncate(atOffset: 0)
                try? handle?.write(contentsOf: valid.prefix(round % 3 == 0 ? valid.count : round % valid.count))
                try? handle?.close()
                round += 1
            }
        }
        let finished = DispatchSemaphore(value: 0)
        let writer = Thread {
            rewrite()
            finished.signal()
        }
        writer.start()
        for _ in 0..<30 {
            let verify = try work.attest(["verify", "consent.json", "--signature", "consent.json.p7s", "--ca", "owner.pem"])
            #expect([0, 1].contains(verify.status), "\(verify.stdout)\(verify.stderr)")
            if verify.status == 1 { #expect(verify.stdout.contains("INVALID signature"), "\(verify.stdout)") }
        }
        stop.set()
        finished.wait()
    }

    /// A signature file that vanishes before it is read is a clear error, not a crash.
    @Test func aMissingSignatureIsAnInputError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("consent".utf8).write(to: directory.appendingPathComponent("consent.txt"))
        #expect(try CLI.run(["keygen", "--subject", "CN=Owner", "--key-out", "owner.key", "--cert-out", "owner.pem"], in: directory).status == 0)
        let result = try CLI.run(["verify", "consent.txt", "--signature", "gone.p7s", "--ca", "owner.pem"], in: directory)
        #expect(result.status == 66)
        #expect(result.stderr.contains("gone.p7s"))
    }
}

/// A flag one thread sets and another polls.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

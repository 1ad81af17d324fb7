import AttestCore
import Signing
import Foundation
import Testing
@testable import RegistrationWorkflow

/// A history is intact only when each line is exactly the canonical form of its event: whatever
/// another reader (jq, Python) could read differently from Attest is tampering.
@Suite struct HistoryVerifierTests {
    let key: SigningKey
    let issuer: X509Certificate
    let lines: [String]

    init() async throws {
        key = try SigningKey.generate()
        issuer = try X509Certificate.make(subject: "CN=ОВМ", key: key)
        let office = RegistrationOffice()
        let fixture = try Fixture()
        let application = try fixture.application { $0.applicant.snils = "112-233-445 96" }
        let record = try await office.submit(application, documents: fixture.documents(of: application), context: fixture.context,
                                             actor: "applicant", at: Date(timeIntervalSince1970: 1_795_000_000))
        let history = record.history
        lines = String(decoding: history.jsonLines(seal: try history.seal(with: key, certificate: issuer)), as: UTF8.self)
            .split(separator: "\n").map(String.init)
    }

    private func verdict(_ edit: (inout [String]) -> Void) -> [Problem] {
        var edited = lines
        edit(&edited)
        return HistoryVerifier.verify(Array((edited.joined(separator: "\n") + "\n").utf8), trustAnchors: [issuer]).problems
    }

    private func tampered(_ edit: (inout [String]) -> Void) -> Bool {
        verdict(edit).map(\.code) == [.historyTampered]
    }

    @Test func theHistoryAsWrittenVerifies() {
        #expect(verdict { _ in } == [])
    }

    @Test func aMemberGivenTwiceIsTampering() {
        // Attest read the first "actor", jq and Python the last.
        #expect(tampered { $0[0] = $0[0].replacingOccurrences(of: "\"actor\":\"applicant\"", with: "\"actor\":\"applicant\",\"actor\":\"boss\"") })
        #expect(tampered { $0[1] = $0[1].replacingOccurrences(of: "\"previousHash\"", with: "\"to\":\"approved\",\"previousHash\"") })
    }

    @Test func anUnknownMemberIsTampering() {
        #expect(tampered { $0[0] = $0[0].replacingOccurrences(of: "{\"", with: "{\"note\":\"paid\",\"") })
        #expect(tampered { $0[$0.count - 1] = $0[$0.count - 1].replacingOccurrences(of: "{\"seal\":{", with: "{\"seal\":{\"note\":\"x\",") })
        #expect(tampered { $0[$0.count - 1] = $0[$0.count - 1].replacingOccurrences(of: "{\"seal\":", with: "{\"note\":1,\"seal\":") })
    }

    @Test func aFromThatIsNotAStatusIsTampering() {
        #expect(tampered { $0[1] = $0[1].replacingOccurrences(of: "\"from\":\"submitted\"", with: "\"from\":\"paid\"") })
    }

    @Test func anotherSpellingOfTheTimeIsTampering() {
        #expect(tampered { $0[0] = $0[0].replacingOccurrences(of: "Z\",\"actor\"", with: ".000Z\",\"actor\"") })
        #expect(tampered { $0[0] = $0[0].replacingOccurrences(of: "Z\",\"actor\"", with: "+00:00\",\"actor\"") })
    }

    @Test func anotherSpellingOfANumberIsTampering() {
        #expect(tampered { $0[0] = $0[0].replacingOccurrences(of: "\"sequence\":1", with: "\"sequence\":1.0") })
        #expect(tampered { $0[$0.count - 1] = $0[$0.count - 1].replacingOccurrences(of: "\"events\":2", with: "\"events\":2e0") })
    }

    @Test func whitespaceIsTampering() {
        #expect(tampered { $0[0] = $0[0].replacingOccurrences(of: "\"actor\":", with: "\"actor\": ") })
        #expect(tampered { $0[0] += " " })
        #expect(tampered { $0.insert("", at: 1) })
        #expect(tampered { $0[0] += "\r" })
    }

    @Test func aLineThatIsNotUTF8OrCarriesABOMIsTampering() {
        var bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        #expect(HistoryVerifier.verify([0xEF, 0xBB, 0xBF] + bytes, trustAnchors: [issuer]).problems.map(\.code) == [.historyTampered])
        bytes[bytes.firstIndex(of: UInt8(ascii: "a"))!] = 0xFF
        #expect(HistoryVerifier.verify(bytes, trustAnchors: [issuer]).problems.map(\.code) == [.historyTampered])
    }

    @Test func theReasonNamesTheEvent() {
        let problems = verdict { $0[1] = $0[1].replacingOccurrences(of: "\"actor\":", with: "\"actor\": ") }
        #expect(problems.first?.message(in: .en).contains("event 2") == true)
    }
}

/// Two applications whose events fall on the same instants have different chains: a sealed
/// history cannot be passed off as another application's.
@Suite struct HistoryBindingTests {
    @Test func historiesOfTwoApplicationsOnTheSameDatesDiffer() async throws {
        let fixture = try Fixture()
        let office = RegistrationOffice()
        let time = Date(timeIntervalSince1970: 1_795_000_000)
        let application = try fixture.application()
        let documents = fixture.documents(of: application)
        let first = try await office.submit(application, documents: documents, context: fixture.context, actor: "applicant", at: time)
        let second = try await office.submit(application, documents: documents, context: fixture.context, actor: "applicant", at: time)
        #expect(first.history.head != second.history.head)

        // A sealed history says whose it is; renamed to another application, it no longer verifies.
        let key = try SigningKey.generate()
        let issuer = try X509Certificate.make(subject: "CN=ОВМ", key: key)
        let sealed = first.history.jsonLines(seal: try first.history.seal(with: key, certificate: issuer))
        let verification = HistoryVerifier.verify(sealed, trustAnchors: [issuer])
        #expect(verification.intact)
        #expect(verification.application == first.id)
        #expect(verification.events == 2)
        let renamed = String(decoding: sealed, as: UTF8.self).replacingOccurrences(of: first.id, with: second.id)
        #expect(!HistoryVerifier.verify(Array(renamed.utf8), trustAnchors: [issuer]).intact)
    }

    @Test func problemCodesAreAListInTheEvent() async throws {
        let fixture = try Fixture()
        let application = try fixture.application { $0.applicant.snils = "112-233-445 96" }
        let record = try await RegistrationOffice().submit(application, documents: fixture.documents(of: application), id: "A-1",
                                                           context: fixture.context, actor: "applicant")
        let clarify = try #require(String(decoding: record.history.jsonLines(seal: nil), as: UTF8.self).split(separator: "\n").last)
        #expect(clarify.contains(#""application":"A-1""#))
        #expect(clarify.contains(#""problems":["invalid-snils"]"#))
        #expect(clarify.hasPrefix(#"{"format":"attest-history/2","#))
    }
}

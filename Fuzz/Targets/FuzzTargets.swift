// The fuzz targets: every parser that takes outside bytes, by name. The attest-fuzz driver runs
// them under libFuzzer; FuzzReplayTests runs the kept corpus and the regressions through them.

import AttestCore
import CertificatePDF
import Signing
import Foundation
import RegistrationWorkflow
@_spi(Fuzzing) import ScanInspection

/// The fuzz targets by name: each takes any bytes and must neither crash nor leak.
public enum FuzzTargets {
    public static let all: [String: @Sendable ([UInt8]) -> Void] = [
        // Scan inspection of any bytes, headers only and with a full decode (JPEG, PNG, PDF, others).
        "inspect": { bytes in _ = ScanInspector.inspect(bytes: bytes, name: "upload") },
        "inspect-deep": { bytes in _ = ScanInspector.inspect(bytes: bytes, name: "upload", policy: ScanPolicy(decodesImageData: true)) },
        // The same bytes as a file, as the CLI reads uploads: the descriptor readers of the C
        // shims and qpdf's input source (headers, then the full decode).
        "inspect-file": { bytes in _ = FuzzFile.shared.inspect(bytes) },
        // The EXIF reader on its own (the TIFF structure after "Exif\0\0").
        "exif": { bytes in _ = FuzzHooks.exif(bytes) },
        // Any bytes as a signature over fixed content, and as content under a fixed signature.
        "signature": { bytes in _ = try? SignatureVerifier.verify(bytes: FuzzFixtures.content, signature: bytes, trustAnchors: [FuzzFixtures.ca]) },
        "signed-content": { bytes in _ = try? SignatureVerifier.verify(bytes: bytes, signature: FuzzFixtures.signature, trustAnchors: [FuzzFixtures.ca]) },
        // Certificate data JSON, a certificate PDF, and a scanned QR payload.
        "certificate-json": { bytes in _ = try? CertificateData(json: bytes) },
        "certificate-pdf": { bytes in _ = CertificateVerifier.verify(pdf: bytes, trustAnchors: [FuzzFixtures.ca]) },
        "qr": { bytes in _ = CertificateQR.verify(String(decoding: bytes, as: UTF8.self), trustAnchors: [FuzzFixtures.ca]) },
        // Any JSON document, a case file and a consent, and a history.
        "json": { bytes in FuzzProperties.readsTheSameAsFoundation(bytes) },
        "case-json": { bytes in _ = try? JSONInput.decode(CaseFile.self, from: bytes) },
        "consent-json": { bytes in _ = try? ConsentDocument.decode(bytes) },
        "history": { bytes in FuzzProperties.anIntactHistoryIsItsOwnCanonicalForm(bytes) },
    ]

    /// The targets' names, sorted.
    public static var names: [String] { all.keys.sorted() }
}

/// What the signature and history targets check against. The key is fixed, so that histories
/// sealed with it (Fuzz/corpus/history) verify in every run and their mutations are judged.
enum FuzzFixtures {
    static let key = try! SigningKey(bytes: Array("""
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgRvOvZOeKvlwe8ILQ
        Y253BByHoKzii/mxmbCRHcVFMwGhRANCAARp/xwklGx2XPv3JtpVEaTmfKZzGf9r
        +r7/sGu57SQBf8ins4KDUWKHz3NfWaHHcBGhw6ra0m60FnHxysiMJVTM
        -----END PRIVATE KEY-----

        """.utf8))
    static let ca = try! X509Certificate.make(subject: "CN=Fuzz CA", key: key)
    static let content = Array("consent".utf8)
    static let signature = try! CMSSigner(key: key, certificate: ca).sign(bytes: content)
}

/// What the JSON and history targets hold besides not crashing: a finding stops the fuzzer.
enum FuzzProperties {
    /// A document the strict parser accepts reads the same in Foundation's JSONSerialization.
    static func readsTheSameAsFoundation(_ bytes: [UInt8]) {
        guard let ours = try? JSONInput(parsing: bytes) else { return }
        let theirs = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        precondition(theirs.map { same(ours, $0) } ?? false, "a document Attest accepts reads otherwise in JSONSerialization")
    }

    /// A history that verifies is, line by line, exactly what Attest would write for the events
    /// another reader (Foundation's) reads from it.
    static func anIntactHistoryIsItsOwnCanonicalForm(_ bytes: [UInt8]) {
        guard HistoryVerifier.verify(bytes, trustAnchors: [FuzzFixtures.ca]).intact else { return }
        for line in bytes.split(separator: 0x0A) {
            let object = try! JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            let order = object["seal"] == nil
                ? ["format", "application", "sequence", "time", "actor", "action", "from", "to", "details", "problems", "previousHash", "hash"]
                : ["seal"]
            precondition(Set(object.keys) == Set(order), "an intact history's line has other members")
            let rewritten = JSONValue.object(order.map { JSONMember($0, value(object[$0]!)) }).serialized()
            precondition(Array(rewritten.utf8) == Array(line), "an intact history's line is not its own canonical form")
        }
    }

    private static func same(_ ours: JSONInput, _ theirs: Any) -> Bool {
        switch ours {
        case .null: return theirs is NSNull
        case .bool(let value): return (theirs as? Bool) == value
        case .int(let value): return (theirs as? NSNumber)?.int64Value == Int64(value)
        case .double(let value): return (theirs as? NSNumber).map { abs($0.doubleValue - value) <= abs(value) * 1e-12 } ?? false
        case .string(let value): return (theirs as? String) == value
        case .array(let values):
            guard let array = theirs as? [Any], array.count == values.count else { return false }
            return zip(values, array).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let object = theirs as? [String: Any], object.count == members.count else { return false }
            return members.allSatisfy { key, value in object[key].map { same(value, $0) } ?? false }
        }
    }

    /// A value Foundation read, written back by Attest's serializer (keys of nested objects in the
    /// canonical order of a history: seal members as written, details sorted).
    private static func value(_ any: Any) -> JSONValue {
        switch any {
        case is NSNull: return .null
        case let string as String: return .string(string)
        case let number as NSNumber: return .int(number.intValue)
        case let array as [Any]: return .array(array.map(value))
        case let object as [String: Any]:
            let sealOrder = ["format", "application", "head", "events", "keyIdentifier", "signature"]
            let keys = Set(object.keys) == Set(sealOrder) ? sealOrder : object.keys.sorted()
            return .object(keys.map { JSONMember($0, value(object[$0]!)) })
        default: return .null
        }
    }
}

/// One file per process that each input is written to and inspected from, by the path
/// /proc/self/fd/N of a descriptor whose name was removed at once: nothing is left behind.
final class FuzzFile: @unchecked Sendable {
    static let shared = FuzzFile()
    private let descriptor: Int32

    private init() {
        var template = Array("/tmp/attest-fuzz-XXXXXX".utf8CString)
        descriptor = mkstemp(&template)
        precondition(descriptor >= 0, "cannot make the fuzz file")
        unlink(template)
    }

    func inspect(_ bytes: [UInt8]) -> ScanReport {
        precondition(ftruncate(descriptor, 0) == 0 && pwrite(descriptor, bytes, bytes.count, 0) == bytes.count)
        return ScanInspector.inspect(fileAt: "/proc/self/fd/\(descriptor)", policy: ScanPolicy(decodesImageData: true))
    }
}

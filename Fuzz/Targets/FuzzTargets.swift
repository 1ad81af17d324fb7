// The fuzz targets: every parser that takes outside bytes, by name. The attest-fuzz driver runs
// them under libFuzzer; FuzzReplayTests runs the kept corpus and the regressions through them.

import AttestCore
import CertificatePDF
import ConsentSigning
import Foundation
import RegistrationWorkflow
import ScanInspection

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
        "qr": { bytes in _ = CertificateQR.verify(String(decoding: bytes, as: UTF8.self), trusted: [FuzzFixtures.ca]) },
        // A case file and a history.
        "case-json": { bytes in _ = try? JSONDecoder().decode(CaseFile.self, from: Data(bytes)) },
        "history": { bytes in _ = HistoryVerifier.verify(jsonLines: String(decoding: bytes, as: UTF8.self), trusted: [FuzzFixtures.ca]) },
    ]

    /// The targets' names, sorted.
    public static var names: [String] { all.keys.sorted() }
}

/// What the signature targets check against: made once per process.
enum FuzzFixtures {
    static let key = try! SigningKey.generate()
    static let ca = try! Certificate.make(subject: "CN=Fuzz CA", key: key)
    static let content = Array("consent".utf8)
    static let signature = try! ConsentSigner(key: key, certificate: ca).sign(bytes: content)
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

// libFuzzer entry points for every parser that takes outside bytes. Fuzz/run builds this target
// with -sanitize=fuzzer,address and -DFUZZING, and picks the entry point with ATTEST_FUZZ_TARGET.

import AttestCore
import CertificatePDF
import ConsentSigning
import Foundation
import RegistrationWorkflow
import ScanInspection

/// The fuzz targets by name: each takes any bytes and must neither crash nor leak.
enum FuzzTargets {
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
        // Scan inspection of any bytes, headers only and with a full decode (JPEG, PNG, PDF, others).
        "inspect": { bytes in _ = ScanInspector.inspect(bytes: bytes, name: "upload") },
        "inspect-deep": { bytes in _ = ScanInspector.inspect(bytes: bytes, name: "upload", policy: ScanPolicy(decodesImageData: true)) },
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
}

/// What the signature targets check against: made once per process.
enum FuzzFixtures {
    static let key = try! SigningKey.generate()
    static let ca = try! Certificate.make(subject: "CN=Fuzz CA", key: key)
    static let content = Array("consent".utf8)
    static let signature = try! ConsentSigner(key: key, certificate: ca).sign(bytes: content)
}

#if FUZZING
private let target: @Sendable ([UInt8]) -> Void = {
    let name = ProcessInfo.processInfo.environment["ATTEST_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTargets.all[name] else {
        FileHandle.standardError.write(Data("ATTEST_FUZZ_TARGET must be one of: \(FuzzTargets.all.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(64)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main`; this one hands over to libFuzzer.
@_cdecl("attest_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
@main
enum FuzzUsage {
    static func main() {
        print("Build and run the fuzz targets with Fuzz/run TARGET SECONDS; targets: \(FuzzTargets.all.keys.sorted().joined(separator: ", "))")
    }
}
#endif

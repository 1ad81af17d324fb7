// In-process rendering rate of CertificatePDF, for Benchmarks/certificates.sh.
//
//   attest-certificate-benchmark DATA.json ISSUER.key CHAIN.pem COUNT
//
// Renders COUNT certificates of the data (each with its own number) on every core, unsigned and
// then signed, and prints one line per figure with the average size.

import AttestCore
import CertificatePDF
import Signing
import Dispatch
import Foundation
import Synchronization

let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: attest-certificate-benchmark DATA.json ISSUER.key CHAIN.pem COUNT\n".utf8))
    exit(64)
}
let template = String(decoding: try Data(contentsOf: URL(fileURLWithPath: arguments[1])), as: UTF8.self)
let certificates = try (0..<count).map { index in
    try CertificateData(json: Array(template.replacingOccurrences(of: "000123", with: String(format: "%06d", index)).utf8))
}
let chain = try X509Certificate.read(contentsOf: arguments[3])
let issuer = try CertificateIssuer(key: try SigningKey(contentsOf: arguments[2]), certificate: chain[0], chain: Array(chain.dropFirst()))
let cores = ProcessInfo.processInfo.activeProcessorCount

func measure(_ label: String, _ renderer: CertificateRenderer) {
    let bytes = Mutex(0)
    _ = try! renderer.render(certificates[0])  // the font subset, made once
    let start = ContinuousClock.now
    DispatchQueue.concurrentPerform(iterations: cores) { worker in
        for index in stride(from: worker, to: count, by: cores) {
            let size = try! renderer.render(certificates[index]).count
            bytes.withLock { $0 += size }
        }
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "attest %@: %.0f certificates/s (%d, %d threads, %.1f KB each)",
                 label, Double(count) / seconds, count, cores, Double(bytes.withLock { $0 }) / Double(count) / 1000))
}

measure("unsigned", try CertificateRenderer())
measure("signed", try CertificateRenderer(issuer: issuer))

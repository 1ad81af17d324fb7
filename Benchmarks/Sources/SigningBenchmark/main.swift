// In-process signing and verifying rate of Signing, for Benchmarks/signing.sh.
//
//   attest-signing-benchmark DIR KEY CERT CA [ROUNDS]
//
// Reads every file of DIR into memory, then signs them all on every core (best of ROUNDS), then
// verifies every signature on every core, and prints one line per figure.

import AttestCore
import Signing
import Dispatch
import Foundation
import Synchronization

let arguments = CommandLine.arguments
guard arguments.count >= 5 else {
    FileHandle.standardError.write(Data("usage: attest-signing-benchmark DIR KEY CERT CA [ROUNDS]\n".utf8))
    exit(64)
}
let directory = URL(fileURLWithPath: arguments[1])
let rounds = arguments.count > 5 ? Int(arguments[5]) ?? 3 : 3
let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
let contents = try names.map { Array(try Data(contentsOf: directory.appendingPathComponent($0))) }
let key = try SigningKey(contentsOf: arguments[2])
let certificate = try X509Certificate.read(contentsOf: arguments[3])[0]
let anchors = try X509Certificate.read(contentsOf: arguments[4])
let signer = try CMSSigner(key: key, certificate: certificate)
let cores = ProcessInfo.processInfo.activeProcessorCount

/// Runs `body` over every index on every core, in contiguous blocks; returns files per second.
func rate(_ body: @escaping @Sendable (Int) -> Void) -> Double {
    let count = contents.count
    let start = ContinuousClock.now
    DispatchQueue.concurrentPerform(iterations: cores) { worker in
        for index in stride(from: worker, to: count, by: cores) { body(index) }
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Double(count) / seconds
}

let signatures = Mutex([[UInt8]](repeating: [], count: contents.count))
var best = 0.0
for _ in 0..<rounds {
    best = max(best, rate { index in
        let signature = try! signer.sign(bytes: contents[index])
        signatures.withLock { $0[index] = signature }
    })
}
print(String(format: "attest sign: %.0f files/s (%d files, %d threads, best of %d)", best, contents.count, cores, rounds))

let signed = signatures.withLock { $0 }
let valid = Mutex([Bool](repeating: false, count: contents.count))
var bestVerify = 0.0
for _ in 0..<rounds {
    bestVerify = max(bestVerify, rate { index in
        let verification = try! SignatureVerifier.verify(
            bytes: contents[index], signature: signed[index], trustAnchors: anchors)
        valid.withLock { $0[index] = verification.valid }
    })
}
guard valid.withLock({ $0.allSatisfy { $0 } }) else {
    FileHandle.standardError.write(Data("a signature did not verify\n".utf8))
    exit(1)
}
print(String(format: "attest verify: %.0f files/s (%d files, %d threads, best of %d)", bestVerify, contents.count, cores, rounds))

// swift-tools-version:6.0
import PackageDescription

// The Swift halves of the benchmarks, in a package of their own so that building Attest or
// depending on it never compiles them. Benchmarks/signing.sh and certificates.sh run them in
// release mode beside their peers (`make bench-signing`, `make bench-certificates`).
let package = Package(
    name: "AttestBenchmarks",
    dependencies: [.package(name: "Attest", path: "..")],
    targets: [
        .executableTarget(
            name: "attest-signing-benchmark",
            dependencies: [.product(name: "AttestCore", package: "Attest"), .product(name: "Signing", package: "Attest")],
            path: "Sources/SigningBenchmark"),
        .executableTarget(
            name: "attest-certificate-benchmark",
            dependencies: ["AttestCore", "CertificatePDF", "Signing"].map { .product(name: $0, package: "Attest") },
            path: "Sources/CertificateBenchmark"),
    ]
)

// swift-tools-version:6.0
import PackageDescription

// The fuzz targets, their libFuzzer driver and the replay of their kept inputs: a package of its
// own, so that building Attest or depending on it never compiles them. `Fuzz/run` builds the
// driver with libFuzzer and AddressSanitizer; `swift test --package-path Fuzz` replays.
let package = Package(
    name: "AttestFuzz",
    dependencies: [.package(name: "Attest", path: "..")],
    targets: [
        .target(
            name: "AttestFuzzTargets",
            dependencies: ["AttestCore", "ScanInspection", "Signing", "CertificatePDF", "RegistrationWorkflow"].map {
                .product(name: $0, package: "Attest")
            },
            path: "Targets"),
        .executableTarget(name: "attest-fuzz", dependencies: ["AttestFuzzTargets"], path: "Driver"),
        .testTarget(name: "FuzzReplayTests", dependencies: ["AttestFuzzTargets"], path: "Tests/FuzzReplayTests"),
    ]
)

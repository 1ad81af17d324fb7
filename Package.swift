// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Attest",
    products: [
        .library(name: "ScanInspection", targets: ["ScanInspection"]),
        .library(name: "ConsentSigning", targets: ["ConsentSigning"]),
        .library(name: "CertificatePDF", targets: ["CertificatePDF"]),
        .library(name: "RegistrationWorkflow", targets: ["RegistrationWorkflow"]),
        .executable(name: "attest", targets: ["attest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C libraries, found by pkg-config; each names the Debian package that provides it.
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The only C we write: setjmp around libpng and libjpeg, OpenSSL's macros as functions.
        .target(name: "CAttestShims", dependencies: ["CPNG", "CJPEG", "COpenSSL"]),
        // The only C++ we write: qpdf's content-stream parser behind a C function, and a bound on
        // what zlib may inflate while qpdf opens a file.
        .target(name: "CAttestQPDFShims", dependencies: ["CQPDF", "CZlib"]),
        // C++'s operator new and delete for the attest executable only: a per-thread cache of
        // small freed chunks in front of malloc, for qpdf's bursts of small objects.
        .target(name: "CAttestAllocator"),

        // The vocabulary every module shares: problems and their catalog, languages.
        .target(name: "AttestCore"),
        .target(name: "ScanInspection", dependencies: ["AttestCore", "CAttestShims", "CAttestQPDFShims"]),
        .target(name: "ConsentSigning", dependencies: ["AttestCore", "CAttestShims", "COpenSSL"]),
        .target(
            name: "CertificatePDF",
            dependencies: ["AttestCore", "ConsentSigning", "CHarfBuzz", "CQREncode", "CZlib", "CAttestQPDFShims"]
        ),

        .target(
            name: "RegistrationWorkflow",
            dependencies: ["AttestCore", "ScanInspection", "ConsentSigning", "CertificatePDF"]
        ),

        .executableTarget(
            name: "attest",
            dependencies: [
                "AttestCore",
                "ScanInspection",
                "ConsentSigning",
                "CertificatePDF",
                "RegistrationWorkflow",
                "CAttestAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Benchmarks/signing.sh runs this in release mode beside openssl and Python's peers.
        .executableTarget(
            name: "attest-signing-benchmark", dependencies: ["AttestCore", "ConsentSigning"], path: "Benchmarks/SigningBenchmark"),
        .executableTarget(
            name: "attest-certificate-benchmark", dependencies: ["AttestCore", "CertificatePDF", "ConsentSigning"],
            path: "Benchmarks/CertificateBenchmark"),

        // The fuzz targets; Fuzz/run builds the driver with libFuzzer and AddressSanitizer.
        .target(
            name: "AttestFuzzTargets",
            dependencies: ["AttestCore", "ScanInspection", "ConsentSigning", "CertificatePDF", "RegistrationWorkflow"],
            path: "Fuzz/Targets"),
        .executableTarget(name: "attest-fuzz", dependencies: ["AttestFuzzTargets"], path: "Fuzz/Driver"),

        .testTarget(name: "AttestCoreTests", dependencies: ["AttestCore"]),
        .testTarget(
            name: "ScanInspectionTests",
            dependencies: ["ScanInspection", "AttestCore"],
            exclude: ["make_test_pdfs.py"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ConsentSigningTests", dependencies: ["ConsentSigning", "AttestCore"]),
        .testTarget(name: "RegistrationWorkflowTests", dependencies: ["RegistrationWorkflow", "AttestCore"]),
        .testTarget(name: "CertificatePDFTests", dependencies: ["CertificatePDF", "ConsentSigning", "AttestCore"]),
        .testTarget(name: "AttestCLITests", dependencies: ["attest"]),
        .testTarget(name: "FuzzReplayTests", dependencies: ["AttestFuzzTargets"]),
    ],
    cxxLanguageStandard: .cxx17
)

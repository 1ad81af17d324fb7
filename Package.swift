// swift-tools-version:6.0
import PackageDescription

// The service (`attest serve`, its store and its tests) and what it depends on. The sanitizer
// builds leave it out (ATTEST_SERVICE=off): they check the library and the CLI, and the service's
// dependencies would double their build time.
let withService = Context.environment["ATTEST_SERVICE"] != "off"

let package = Package(
    name: "Attest",
    products: [
        .library(name: "AttestCore", targets: ["AttestCore"]),
        .library(name: "ScanInspection", targets: ["ScanInspection"]),
        .library(name: "Signing", targets: ["Signing"]),
        .library(name: "CertificatePDF", targets: ["CertificatePDF"]),
        .library(name: "RegistrationWorkflow", targets: ["RegistrationWorkflow"]),
        .executable(name: "attest", targets: ["attest"]),
        // The PDF reader attest loads on the first PDF (Sources/CAttestShims/pdf_plugin.c): qpdf
        // and what it brings would slow every start when linked into the executable.
        .library(name: "AttestPDF", type: .dynamic, targets: ["CAttestQPDFShims"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ] + (withService ? [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ] : []),
    targets: [
        // C libraries, found by pkg-config; each names the Debian package that provides it.
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The only C we write, one target per C library it wraps, so that each module links only
        // the libraries it uses: setjmp around libpng and libjpeg (with the descriptor reader
        // both share), OpenSSL's macros as functions, and what needs only the C library (the
        // loader of the PDF reader, the CPU count).
        .target(name: "CImageShims", dependencies: ["CPNG", "CJPEG"]),
        .target(name: "COpenSSLShims", dependencies: ["COpenSSL"]),
        .target(name: "CAttestShims"),
        // The only C++ we write: qpdf's content-stream parser behind C functions, built as
        // libAttestPDF.so (the product AttestPDF), never linked into a program. Only its entry
        // is exported, and it needs nothing of Swift's.
        .target(
            name: "CAttestQPDFShims", dependencies: ["CQPDF"], publicHeadersPath: ".",
            cxxSettings: [.headerSearchPath("../CAttestShims/include"), .unsafeFlags(["-fvisibility=hidden"])],
            linkerSettings: [.unsafeFlags(["-nostartfiles", "-static-stdlib", "-no-stdlib-rpath"])]),
        // C++'s operator new and delete for the attest executable only: a per-thread cache of
        // small freed chunks in front of malloc, for qpdf's bursts of small objects.
        .target(name: "CAttestAllocator"),

        // The vocabulary every module shares: problems and their catalog, languages.
        .target(name: "AttestCore"),
        .target(name: "ScanInspection", dependencies: ["AttestCore", "CImageShims", "CAttestShims"]),
        .target(name: "Signing", dependencies: ["AttestCore", "COpenSSLShims", "COpenSSL"]),
        .target(
            name: "CertificatePDF",
            dependencies: ["AttestCore", "Signing", "CHarfBuzz", "CQREncode", "CZlib", "CAttestShims"]
        ),

        .target(
            name: "RegistrationWorkflow",
            dependencies: ["AttestCore", "ScanInspection", "Signing", "CertificatePDF"]
        ),

        .executableTarget(
            name: "attest",
            dependencies: [
                "AttestCore",
                "ScanInspection",
                "Signing",
                "CertificatePDF",
                "RegistrationWorkflow",
                "CAttestAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + (withService ? ["AttestService"] : []),
            // libqpdf, loaded later with libAttestPDF.so, must bind to this executable's operator
            // new and delete (the chunk cache): exported by name, not only because some linked
            // library happens to use them.
            linkerSettings: [.unsafeFlags(["_Znwm", "_Znam", "_ZdlPv", "_ZdaPv", "_ZdlPvm", "_ZdaPvm"].flatMap {
                ["-Xlinker", "--export-dynamic-symbol=\($0)"]
            })]
        ),

        .testTarget(name: "AttestCoreTests", dependencies: ["AttestCore"]),
        .testTarget(
            name: "ScanInspectionTests",
            dependencies: ["ScanInspection", "AttestCore"],
            exclude: ["make_test_pdfs.py"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SigningTests", dependencies: ["Signing", "AttestCore"]),
        .testTarget(name: "RegistrationWorkflowTests", dependencies: ["RegistrationWorkflow", "AttestCore"]),
        .testTarget(name: "CertificatePDFTests", dependencies: ["CertificatePDF", "Signing", "AttestCore"]),
        .testTarget(name: "AttestCLITests", dependencies: ["attest"]),
    ] + (withService ? [
        // The back office as an HTTP service over a durable store: the same library as the CLI.
        .target(
            name: "AttestService",
            dependencies: [
                "AttestCore", "ScanInspection", "Signing", "CertificatePDF", "RegistrationWorkflow",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            exclude: ["openapi.yaml"]
        ),
        .testTarget(name: "AttestServiceTests", dependencies: ["AttestService", "RegistrationWorkflow", "AttestCore", "attest"]),
    ] : []),
    cxxLanguageStandard: .cxx17
)

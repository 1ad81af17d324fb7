#if canImport(AttestService)
import AttestCore
import AttestService
import ArgumentParser
import FoundationEssentials
import Logging
import Metrics
import Prometheus
import RegistrationWorkflow
import ServiceLifecycle
import Signing
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the back office as an HTTP service over a durable store.",
        discussion: """
            Serves the HTTP API (GET /openapi.yaml describes it) from the data folder: the \
            database attest.sqlite (SQLite, write-ahead log, every answer durable) and the \
            uploaded documents by SHA-256 under documents/; or, with --database, from a \
            PostgreSQL database that several instances share (behind a load balancer). The \
            schema is brought up to date at the start (as `attest migrate` does). Tokens are \
            made with `attest token create`. Standard output carries one line, `listening on \
            http://HOST:PORT` (and with --demo then `clerk token: TOKEN`); logs, one line per \
            request, go to stderr. SIGTERM or SIGINT lets requests in flight finish, then exits \
            0. An address that cannot be bound exits 74, a database that cannot be reached 69; a \
            store that stops answering makes requests answer 503 until it is back. Without \
            --issuer-key, issuing and histories answer 503.

            --demo starts on a fresh data folder (a new one under the temporary folder unless \
            --data names an empty or missing one; with --database, an empty database, the \
            folder holding only the demo's files) with the demo's throwaway keys, its seed \
            applications submitted and the approved one issued, and prints a clerk token.

            Examples:
              attest serve --demo --listen 127.0.0.1:0
              attest serve --data /var/lib/attest --issuer-key issuer.key --issuer-cert issuer-chain.pem \\
                  --passphrase-file /run/secrets/issuer --consent-ca consent-ca.pem --region 77
              PGPASSWORD=… attest serve --database postgres://attest@db.example:5432/attest --listen 0.0.0.0:8080 \\
                  --issuer-key issuer.key --issuer-cert issuer-chain.pem --passphrase-file /run/secrets/issuer
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The address to listen on; port 0 picks a free one.", valueName: "host:port"))
    var listen = "127.0.0.1:8080"

    @Option(help: ArgumentHelp("The issuer's private key, which signs certificates and seals histories.", valueName: "file"))
    var issuerKey: String?

    @Option(help: ArgumentHelp("The issuer's certificate, then its chain (PEM).", valueName: "file"))
    var issuerCert: String?

    @OptionGroup var passphrase: PassphraseOptions

    @Option(help: ArgumentHelp("A CA that anchors owners' consent signatures (repeatable).", valueName: "file"))
    var consentCa: [String] = []

    @Option(help: ArgumentHelp("The region's two-digit code, which certificate numbers begin with.", valueName: "NN"))
    var region = "77"

    @Option(help: ArgumentHelp("The date to take as today (Moscow), instead of the real one.", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("Seconds a request's head may take to arrive.", valueName: "seconds"))
    var headerTimeout: Double = 10

    @Option(help: ArgumentHelp("Seconds a connection may stay idle.", valueName: "seconds"))
    var idleTimeout: Double = 60

    @Option(help: ArgumentHelp("Connections held at once.", valueName: "n"))
    var maxConnections = 512

    @Flag(help: "Start on a fresh data folder with the demo's keys and applications, and print a clerk token.")
    var demo = false

    func validate() throws {
        guard Self.address(listen) != nil else { throw ValidationError("--listen is HOST:PORT, e.g. 127.0.0.1:8080.") }
        guard region.count == 2, region.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw ValidationError("--region is two digits, e.g. 77.")
        }
        if let today, CivilDate(iso: today) == nil { throw ValidationError("--today must be a date such as 2026-11-25.") }
        guard (issuerKey == nil) == (issuerCert == nil) else { throw ValidationError("Give --issuer-key and --issuer-cert together.") }
        if demo && issuerKey != nil { throw ValidationError("--demo brings its own issuer: leave out --issuer-key.") }
        guard headerTimeout > 0, idleTimeout > 0, maxConnections > 0 else {
            throw ValidationError("Timeouts and --max-connections must be positive.")
        }
    }

    /// `host:port` or `[v6]:port`.
    static func address(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            return nil
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.isEmpty ? nil : (host, port)
    }

    func run() throws {
        let folder = try dataFolder()
        let store = self.store
        let opened = try blocking { try await store.open(folder: folder.path) }
        var settings = OfficeSettings(region: region, today: today.flatMap(CivilDate.init(iso:)))
        settings.consentTrustAnchors = try consentCa.flatMap { try X509Certificate.read(contentsOf: $0) }
        if let issuerKey, let issuerCert {
            let chain = try X509Certificate.read(contentsOf: issuerCert)
            settings.issuer = try Issuer(key: try SigningKey(contentsOf: issuerKey, passphrase: try passphrase.passphrase()),
                                         certificate: chain[0], chain: Array(chain.dropFirst()), name: Self.commonName(chain[0].subject))
        }
        var clerkToken: String?
        if demo {
            let given = settings
            let seeded = try blocking { try await ServeDemo.seed(folder, store: opened, settings: given) }
            settings = seeded.settings
            clerkToken = seeded.clerkToken
        }
        let backOffice = BackOffice(store: opened, settings: settings)

        LoggingSystem.bootstrap { _ in LogLines() }
        let logger = Logger(label: "attest")
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let api = API(backOffice: backOffice, logger: logger) {
            var text: [UInt8] = []
            registry.emit(into: &text)
            return text
        }
        let (host, port) = Self.address(listen)!
        let server = ServerSettings(host: host, port: port, headerTimeout: headerTimeout, idleTimeout: idleTimeout,
                                    maxConnections: maxConnections)
        let listening = ListeningFlag()
        let token = clerkToken
        do {
            try blocking {
                let application = Server.application(api, settings: server, logger: logger) { host, port in
                    listening.set()
                    let shown = host.contains(":") ? "[\(host)]" : host
                    // Straight to the descriptor: a program reading the pipe sees the line at once.
                    _ = writeAll(Array("listening on http://\(shown):\(port)\n".utf8), to: STDOUT_FILENO)
                    if let token { _ = writeAll(Array("clerk token: \(token)\n".utf8), to: STDOUT_FILENO) }
                }
                let group = ServiceGroup(configuration: .init(services: [application], gracefulShutdownSignals: [.sigterm, .sigint],
                                                              logger: logger))
                let alive = Task { await backOffice.keepAlive() }
                defer { alive.cancel() }
                try await group.run()
                await opened.close()
            }
        } catch where !listening.isSet {
            Failure.report(Phrase.serveCannotListen.text(in: Failure.language, ["address": .text(listen), "reason": .text("\(error)")]))
            throw ExitCode(74)
        }
    }

    /// The data folder: --data, or for --demo a fresh one (with --database, the demo's keys and
    /// files only).
    private func dataFolder() throws -> URL {
        if demo {
            let folder = store.data ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "attest-serve-demo-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))").path
            try OutputFolder.refuseFilled(folder)
            return URL(fileURLWithPath: folder)
        }
        return URL(fileURLWithPath: store.data ?? "attest-data")
    }

    /// The CN of an RFC 2253 subject, else the whole subject.
    static func commonName(_ subject: String) -> String {
        for part in subject.split(separator: ",") where part.hasPrefix("CN=") { return String(part.dropFirst(3)) }
        return subject
    }
}

/// Whether the server got as far as listening: an error before it is an address that cannot be bound.
private final class ListeningFlag: Sendable {
    private let value = Atomic<Bool>(false)
    func set() { value.store(true, ordering: .releasing) }
    var isSet: Bool { value.load(ordering: .acquiring) }
}
#endif

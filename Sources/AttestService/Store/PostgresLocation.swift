import FoundationEssentials
import NIOSSL
import PostgresNIO

/// Where a PostgreSQL database is and how to reach it: `postgres://USER@HOST:PORT/DB`, with
/// `sslmode` (disable, prefer — the default, as libpq's —, require, verify-ca, verify-full) and
/// `sslrootcert` as libpq reads them. The password comes from a file or `PGPASSWORD`, never from
/// the URL: a command line is seen by every user of the machine.
public struct PostgresLocation: Sendable {
    public let configuration: PostgresClient.Configuration
    /// The server cuts off a statement that runs longer than this; the service gives up on an
    /// operation (a connection that cannot be made, a lock that does not come) a little later.
    public let timeout: Duration

    /// Why a `--database` cannot be used.
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// Whether `text` names a PostgreSQL database rather than something else.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String, password: String?, timeout: Duration = .seconds(10)) throws(Invalid) {
        guard Self.isPostgres(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw Invalid(description: "--database is postgres://USER@HOST:PORT/DATABASE")
        }
        guard url.password == nil else {
            throw Invalid(description: "--database must not carry a password: give it in a file (--database-password-file) or PGPASSWORD")
        }
        guard let user = url.user, !user.isEmpty else { throw Invalid(description: "--database names no user (postgres://USER@HOST/DATABASE)") }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw Invalid(description: "--database names no database (postgres://USER@HOST/DATABASE)") }
        var parameters: [String: String] = [:]
        for item in url.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
        let tls = try Self.tls(mode: parameters["sslmode"] ?? "prefer", rootCertificate: parameters["sslrootcert"])
        var configuration = PostgresClient.Configuration(host: host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host,
                                                         port: url.port ?? 5432, username: user, password: password,
                                                         database: database, tls: tls)
        let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        configuration.options.additionalStartupParameters = [
            ("statement_timeout", String(milliseconds)), ("lock_timeout", String(milliseconds)),
            ("idle_in_transaction_session_timeout", String(milliseconds * 3)), ("application_name", "attest"),
        ]
        configuration.options.connectTimeout = timeout
        self.configuration = configuration
        self.timeout = timeout
    }

    private static func tls(mode: String, rootCertificate: String?) throws(Invalid) -> PostgresClient.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        if let rootCertificate {
            do {
                settings.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(rootCertificate))
            } catch {
                throw Invalid(description: "sslrootcert \(rootCertificate) cannot be read as PEM certificates")
            }
        }
        switch mode {
        case "disable":
            return .disable
        case "allow", "prefer":
            settings.certificateVerification = .none
            return .prefer(settings)
        case "require":
            // As libpq: encrypted, the server's certificate not checked (unless a root is given).
            if rootCertificate == nil { settings.certificateVerification = .none }
            return .require(settings)
        case "verify-ca":
            settings.certificateVerification = .noHostnameVerification
            return .require(settings)
        case "verify-full":
            return .require(settings)
        default:
            throw Invalid(description: "sslmode is disable, allow, prefer, require, verify-ca or verify-full, not \(mode)")
        }
    }
}

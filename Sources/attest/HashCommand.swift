import ArgumentParser
import Signing

extension DigestAlgorithm: ExpressibleByArgument {}

struct HashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract: "Print SHA-2 or Streebog digests of files, exactly as sha256sum does.",
        discussion: """
            Files of any size are streamed in 1 MiB chunks; - reads standard input. The output \
            lines are `<hex>  <path>`, so `sha256sum -c` checks them (sha384sum, sha512sum for \
            the others). Streebog (GOST R 34.11-2012), the digest of Russian qualified \
            signatures, needs OpenSSL's gost engine (Debian: libengine-gost-openssl).

            Examples:
              attest hash consent.json passport.pdf > SHA256SUMS && sha256sum -c SHA256SUMS
              attest hash --algorithm sha512 lease.pdf
              attest hash --algorithm streebog256 consent.json
            """
    )

    @Option(help: "sha256 (the default), sha384, sha512, streebog256 or streebog512.")
    var algorithm: DigestAlgorithm = .sha256

    @Argument(help: "Files to hash, or - for standard input.")
    var files: [String]

    func run() throws {
        var failure: ExitCode?
        for file in files {
            do {
                let digest = try ContentDigest.digest(fileAt: file == "-" ? "/dev/stdin" : file, algorithm: algorithm)
                show(Self.line(ContentDigest.hex(digest), file))
            } catch {
                failure = failure ?? Failure.fail(error)
            }
        }
        if let failure { throw failure }
    }

    /// A sha256sum line; a name with a backslash or a newline is escaped and the line starts with `\`.
    static func line(_ hex: String, _ path: String) -> String {
        guard path.contains("\\") || path.contains("\n") else { return "\(hex)  \(path)" }
        let escaped = path.map { $0 == "\\" ? "\\\\" : $0 == "\n" ? "\\n" : String($0) }.joined()
        return "\\\(hex)  \(escaped)"
    }
}

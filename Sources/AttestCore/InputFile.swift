#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// The most Attest reads whole into memory from one input, so that no file can exhaust it.
/// Scans are never read whole (see ScanPolicy); these bound everything else.
public enum InputLimits {
    /// A JSON document: certificate data, a consent, a case file; and one line of a batch.
    public static let document = 1 << 20
    /// A JSON Lines batch of certificate data.
    public static let batch = 256 << 20
    /// A certificate PDF, a signature, a key, certificates, revocation lists, a history.
    public static let file = 16 << 20
}

/// Reading a whole input within a limit.
public enum InputFile {
    /// The bytes of the file at `path`, refusing one larger than `limit` before reading it.
    public static func read(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(path) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw InputError(unreadable: path, errno: nil) }
        if status.st_mode & S_IFMT == S_IFREG, status.st_size > limit {
            throw InputError(tooLarge: path, limit: limit, size: Int(status.st_size))
        }
        // Reads until the end, but never more than one byte past the limit: a file that grows
        // after the check, or a pipe, is refused as soon as it passes it.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, min($0.count, limit + 1 - bytes.count)) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw unreadable(path) }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
        throw InputError(tooLarge: path, limit: limit)
    }

    private static func unreadable(_ path: String) -> InputError {
        InputError(unreadable: path, errno: errno)
    }
}

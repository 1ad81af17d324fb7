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

/// Why an input could not be read whole.
public struct InputError: Error, CustomStringConvertible, Explained {
    public enum Code: Sendable, Hashable {
        case unreadable
        case tooLarge
    }

    public let code: Code
    /// The input's path.
    public let path: String
    /// The system's error number when it could not be read; nil for a folder.
    let errno: Int32?
    /// The limit it passed, for `tooLarge`; its size when known.
    let limit: Int, size: Int?

    init(code: Code, path: String, errno: Int32? = nil, limit: Int = 0, size: Int? = nil) {
        (self.code, self.path, self.errno, self.limit, self.size) = (code, path, errno, limit, size)
    }

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        // Sizes as the system gives them, without grouping: a figure to compare with `ls -l`.
        switch (code, size) {
        case (.unreadable, _):
            let reason = errno.map { ProblemCatalog.systemReason(errno: $0) } ?? .phrase(.itIsAFolder)
            return Phrase.cannotReadInput.text(in: language, ["path": .text(path), "reason": reason])
        case (.tooLarge, let size?):
            return Phrase.inputOfSizeTooLarge.text(in: language, ["path": .text(path), "size": .text(String(size)), "limit": .text(String(limit))])
        case (.tooLarge, nil):
            return Phrase.inputTooLarge.text(in: language, ["path": .text(path), "limit": .text(String(limit))])
        }
    }
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
        guard status.st_mode & S_IFMT != S_IFDIR else { throw InputError(code: .unreadable, path: path) }
        if status.st_mode & S_IFMT == S_IFREG, status.st_size > limit {
            throw InputError(code: .tooLarge, path: path, limit: limit, size: Int(status.st_size))
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
        throw InputError(code: .tooLarge, path: path, limit: limit)
    }

    private static func unreadable(_ path: String) -> InputError {
        InputError(code: .unreadable, path: path, errno: errno)
    }
}

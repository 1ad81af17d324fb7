import Foundation

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
public struct InputError: Error, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        case unreadable
        case tooLarge
    }

    public let code: Code
    public let description: String
}

/// Reading a whole input within a limit.
public enum InputFile {
    /// The bytes of the file at `path`, refusing one larger than `limit` before reading it.
    public static func read(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
        let url = URL(fileURLWithPath: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if let size, size > limit {
            throw InputError(code: .tooLarge, description: "\(path) is \(size) bytes, more than the \(limit) an input of its kind may be")
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw InputError(code: .unreadable, description: "cannot read \(path)")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: a file that grew after the check is refused too.
        guard let data = try? handle.read(upToCount: limit + 1) else {
            throw InputError(code: .unreadable, description: "cannot read \(path)")
        }
        guard data.count <= limit else {
            throw InputError(code: .tooLarge, description: "\(path) is more than the \(limit) bytes an input of its kind may be")
        }
        return Array(data)
    }
}

/// The digests Attest computes and accepts in signatures: SHA-2, and Streebog (GOST R
/// 34.11-2012) for Russian qualified signatures, which needs OpenSSL's gost engine.
public enum DigestAlgorithm: String, Sendable, Hashable, CaseIterable {
    case sha256, sha384, sha512
    case streebog256, streebog512

    /// The name people read: "SHA-256", "Streebog-256".
    public var displayName: String {
        switch self {
        case .sha256, .sha384, .sha512: "SHA-" + rawValue.dropFirst(3)
        case .streebog256: "Streebog-256"
        case .streebog512: "Streebog-512"
        }
    }

    /// Whether it is a GOST algorithm, which only OpenSSL's gost engine computes.
    public var isGOST: Bool { self == .streebog256 || self == .streebog512 }
}

/// Hashes of files and bytes, streamed in fixed 1 MiB chunks, so any size takes the same memory.
public enum ContentDigest {
    /// The digest of the file at `path`.
    public static func digest(fileAt path: String, algorithm: DigestAlgorithm = .sha256) throws(SigningError) -> [UInt8] {
        try ContentSource.file(path).digest(algorithm)
    }

    /// The digest of `bytes`.
    public static func digest(bytes: [UInt8], algorithm: DigestAlgorithm = .sha256) throws(SigningError) -> [UInt8] {
        try ContentSource.bytes(bytes).digest(algorithm)
    }

    /// Lowercase hex, as `sha256sum` prints digests.
    public static func hex(_ digest: [UInt8]) -> String { Signing.hex(digest) }
}

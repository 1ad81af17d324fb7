/// The SHA-2 digests Attest computes and accepts in signatures.
public enum DigestAlgorithm: String, Sendable, Hashable, CaseIterable {
    case sha256, sha384, sha512

    /// The name people read: "SHA-256".
    public var displayName: String { "SHA-" + rawValue.dropFirst(3) }
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

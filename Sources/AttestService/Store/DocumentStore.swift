import AttestCore
import FoundationEssentials
import Signing
#if canImport(Glibc)
import Glibc
#endif

/// Uploaded documents and issued certificates as files named by their SHA-256, each stored once:
/// `documents/ab/abcdef…` in the data folder, written atomically and synced before they are named.
public struct DocumentStore: Sendable {
    let folder: URL

    /// Opens the store in `folder`, making it and its 256 shards (`00` to `ff`) when missing and
    /// syncing the folder, so that a stored file's folder is on the disk before the file.
    public init(folder: URL) throws {
        self.folder = folder
        let files = FileManager.default
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        var made = false
        for shard in 0..<256 {
            let name = folder.appendingPathComponent(ContentDigest.hex([UInt8(shard)]))
            if access(name.path, F_OK) != 0 {
                try files.createDirectory(at: name, withIntermediateDirectories: true)
                made = true
            }
        }
        if made {
            let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 { fsync(descriptor); close(descriptor) }
        }
    }

    /// Stores `bytes` unless they are there already, and returns their SHA-256 (lowercase hex).
    @discardableResult
    public func put(_ bytes: [UInt8]) throws -> String {
        let digest = ContentDigest.hex(try ContentDigest.digest(bytes: bytes))
        let path = self.path(of: digest)
        if access(path, F_OK) == 0 { return digest }
        do throws(FileWriteError) {
            try AtomicFile.write(bytes, to: path, permissions: 0o600, replacing: false)
        } catch where error.code == .exists {
            // Another request stored the same bytes meanwhile: they are there, named by their content.
        }
        return digest
    }

    /// The bytes whose SHA-256 is `digest`, or nil when none are stored.
    public func get(_ digest: String) throws -> [UInt8]? {
        guard digest.utf8.count == 64, digest.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            return nil
        }
        let path = self.path(of: digest)
        guard access(path, F_OK) == 0 else { return nil }
        return try InputFile.read(path, limit: InputLimits.batch)
    }

    private func path(of digest: String) -> String {
        folder.appendingPathComponent(String(digest.prefix(2))).appendingPathComponent(digest).path
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written.
public struct FileWriteError: Error, Equatable, CustomStringConvertible {
    /// What went wrong, for a caller to switch on.
    public enum Code: Sendable, Hashable {
        /// The file exists and replacing it was not asked for.
        case exists
        /// The file cannot be created there (no such folder, no permission, a read-only file system).
        case cannotCreate
        /// Writing failed part-way (a full disk, an I/O error); nothing was left behind.
        case ioError
    }

    public let code: Code
    /// The path that was to be written.
    public let path: String
    /// The system's words.
    public let detail: String

    public var description: String {
        switch code {
        case .exists: return "\(path) exists; use --force to replace it"
        case .cannotCreate: return "cannot create \(path): \(detail)"
        case .ioError: return "cannot write \(path): \(detail)"
        }
    }

    public static func == (lhs: FileWriteError, rhs: FileWriteError) -> Bool { lhs.code == rhs.code }
}

/// Writes whole files or nothing: a temporary file in the same folder, fsync, then a rename.
public enum AtomicFile {
    /// Writes `bytes` to `path` with exactly `permissions`. An existing file is replaced only when
    /// `replacing` is true; without it, the check and the final link are one atomic step, so a
    /// file that appears meanwhile is not overwritten either.
    public static func write(
        _ bytes: [UInt8], to path: String, permissions: mode_t = 0o644, replacing: Bool = false
    ) throws(FileWriteError) {
        if !replacing { try refuseExisting([path]) }
        let (directory, name) = split(path)
        var suffix = SystemRandomNumberGenerator()
        let temporary = directory + "/." + name + ".tmp-" + String(suffix.next() & 0xFFFF_FFFF, radix: 16)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw FileWriteError(code: .cannotCreate, path: path, detail: errorText()) }
        do throws(FileWriteError) {
            defer { close(descriptor) }
            guard fchmod(descriptor, permissions) == 0 else { throw failure(.ioError, path) }
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw failure(.ioError, path) }
                written += count
            }
            guard fsync(descriptor) == 0 else { throw failure(.ioError, path) }
        } catch {
            unlink(temporary)
            throw error
        }
        if replacing {
            guard rename(temporary, path) == 0 else {
                let error = failure(.cannotCreate, path)
                unlink(temporary)
                throw error
            }
        } else {
            // link() fails with EEXIST rather than replace: no file appearing meanwhile is lost.
            let linked = link(temporary, path)
            let error = linked == 0 ? nil : (errno == EEXIST ? FileWriteError(code: .exists, path: path, detail: "file exists") : failure(.cannotCreate, path))
            unlink(temporary)
            if let error { throw error }
        }
        syncDirectory(directory)
    }

    /// Throws `exists` for the first of `paths` that exists: for a command that writes several
    /// files, so that it refuses before it writes any of them.
    public static func refuseExisting(_ paths: [String]) throws(FileWriteError) {
        for path in paths where access(path, F_OK) == 0 {
            throw FileWriteError(code: .exists, path: path, detail: "file exists")
        }
    }

    /// The folder and the name of `path`.
    private static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// Makes the rename itself durable.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    private static func failure(_ code: FileWriteError.Code, _ path: String) -> FileWriteError {
        FileWriteError(code: code, path: path, detail: errorText())
    }
}

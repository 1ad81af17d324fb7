#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written.
public struct FileWriteError: Error, Equatable, CustomStringConvertible, Explained {
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
    /// The system's error number, when a system call failed.
    public let errno: Int32?

    public init(code: Code, path: String, detail: String, errno: Int32? = nil) {
        (self.code, self.path, self.detail, self.errno) = (code, path, detail, errno)
    }

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        let reason = errno.map { ProblemCatalog.systemReason(errno: $0, writing: true).text(in: language) } ?? detail
        switch (code, language) {
        case (.exists, .en): return "\(path) exists; use --force to replace it"
        case (.exists, .ru): return "\(path) уже существует; чтобы заменить его, добавьте --force"
        case (.cannotCreate, .en): return "cannot create \(path): \(reason)"
        case (.cannotCreate, .ru): return "не удаётся создать \(path): \(reason)"
        case (.ioError, .en): return "cannot write \(path): \(reason)"
        case (.ioError, .ru): return "не удаётся записать \(path): \(reason)"
        }
    }

    public static func == (lhs: FileWriteError, rhs: FileWriteError) -> Bool { lhs.code == rhs.code }
}

/// Writes whole files or nothing. The bytes go to an unnamed file in the target's folder
/// (Linux's O_TMPFILE), are synced, and only then get a name: a process killed at any moment
/// leaves neither a partial file nor a temporary one. Where the file system cannot make unnamed
/// files, a hidden `.NAME.tmp-…` file beside the target takes its place.
public enum AtomicFile {
    /// Writes `bytes` to `path` with exactly `permissions`. An existing file is replaced only when
    /// `replacing` is true; without it, the check and the final link are one atomic step, so a
    /// file that appears meanwhile is not overwritten either.
    public static func write(
        _ bytes: [UInt8], to path: String, permissions: mode_t = 0o644, replacing: Bool = false
    ) throws(FileWriteError) {
        try write(bytes, to: path, permissions: permissions, replacing: replacing, unnamed: namesUnnamedFiles)
    }

    /// `write`, with or without trying an unnamed file first (the tests try both ways).
    static func write(
        _ bytes: [UInt8], to path: String, permissions: mode_t, replacing: Bool, unnamed tryUnnamed: Bool
    ) throws(FileWriteError) {
        if !replacing { try refuseExisting([path]) }
        let (directory, name) = split(path)
        var unnamed: Int32 = -1
        if tryUnnamed {
            unnamed = open(directory, unnamedFileFlag | O_WRONLY | O_CLOEXEC, permissions)
            // Old kernels and some file systems cannot: then a named temporary file does.
            if unnamed < 0 && ![EOPNOTSUPP, EISDIR, EINVAL].contains(errno) { throw failure(.cannotCreate, path) }
        }
        var temporary: String?
        if unnamed < 0 {
            temporary = temporaryName(directory, name)
            unnamed = open(temporary!, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
            guard unnamed >= 0 else { throw failure(.cannotCreate, path) }
        }
        let descriptor = unnamed
        defer { close(descriptor) }
        do throws(FileWriteError) {
            try fill(descriptor, with: bytes, permissions: permissions, path: path)
            if temporary == nil, !replacing {
                // Fails with EEXIST rather than replace: no file appearing meanwhile is lost.
                try giveName(to: descriptor, as: path, for: path)
            } else {
                if temporary == nil {
                    // Renaming over the old file needs a name: the one moment a kill leaves a temporary file.
                    let named = temporaryName(directory, name)
                    try giveName(to: descriptor, as: named, for: path)
                    temporary = named
                }
                try publish(temporary!, as: path, replacing: replacing)
                temporary = nil
            }
        } catch {
            if let temporary { unlink(temporary) }
            throw error
        }
        syncDirectory(directory)
    }

    /// O_TMPFILE, which Swift's Glibc does not import: glibc's generic value, (020000000 | O_DIRECTORY).
    private static let unnamedFileFlag: Int32 = 0o20000000 | O_DIRECTORY
    /// An unnamed file gets its name through /proc/self/fd (linkat with AT_EMPTY_PATH needs privilege).
    private static let namesUnnamedFiles = access("/proc/self/fd", F_OK) == 0

    private static func temporaryName(_ directory: String, _ name: String) -> String {
        var random = SystemRandomNumberGenerator()
        return directory + "/." + name + ".tmp-" + String(random.next() & 0xFFFF_FFFF, radix: 16)
    }

    /// Writes all of `bytes`, sets the permissions exactly (whatever the umask), and syncs.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8], permissions: mode_t, path: String) throws(FileWriteError) {
        guard fchmod(descriptor, permissions) == 0 else { throw failure(.ioError, path) }
        guard writeAll(bytes, to: descriptor) else { throw failure(.ioError, path) }
        guard fsync(descriptor) == 0 else { throw failure(.ioError, path) }
    }

    /// Gives the unnamed file open as `descriptor` the name `target`.
    private static func giveName(to descriptor: Int32, as target: String, for path: String) throws(FileWriteError) {
        guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 else { throw linkFailure(path) }
    }

    /// Gives the complete file at `temporary` its name: rename over an old file, or link beside none.
    private static func publish(_ temporary: String, as path: String, replacing: Bool) throws(FileWriteError) {
        if replacing {
            guard rename(temporary, path) == 0 else { throw failure(.cannotCreate, path) }
        } else {
            guard link(temporary, path) == 0 else { throw linkFailure(path) }
            unlink(temporary)
        }
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

    /// Why a link to `path` failed: a file there already (never replaced), or another reason.
    private static func linkFailure(_ path: String) -> FileWriteError {
        errno == EEXIST ? FileWriteError(code: .exists, path: path, detail: "file exists") : failure(.cannotCreate, path)
    }

    private static func failure(_ code: FileWriteError.Code, _ path: String) -> FileWriteError {
        FileWriteError(code: code, path: path, detail: errorText(), errno: errno)
    }
}

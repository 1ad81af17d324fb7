#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written. Apart from `InputError`: a caller that reads and writes
/// handles the two differently (an input at fault is refused; an output that cannot be written
/// is the caller's or the system's to fix), and each names its path in its own way.
public struct FileWriteError: AttestError, Equatable {
    /// What went wrong, for a caller to switch on.
    public enum Code: String, FailureCode {
        /// The file exists and replacing it was not asked for.
        case exists = "output-exists"
        /// The file cannot be created there (no such folder, no permission, a read-only file system).
        case cannotCreate = "cannot-create-output"
        /// Writing failed part-way (a full disk, an I/O error); nothing was left behind.
        case ioError = "write-failed"
        /// The output is also one of the command's inputs (`detail` names it).
        case isAnInput = "output-is-an-input"
        /// The same file is given for two of the command's outputs (`detail` names the other).
        case namedTwice = "output-named-twice"
        /// The folder a command fills is not empty and refilling it was not asked for.
        case folderHoldsFiles = "folder-holds-files"
        /// The folder the outputs go into cannot be created.
        case cannotCreateFolder = "cannot-create-folder"
        /// Writing to the standard output failed (`path` is `-`): a closed pipe, a full disk.
        case standardOutputFailed = "standard-output-failed"

        public var kind: FailureKind {
            switch self {
            case .exists, .folderHoldsFiles: .outputExists
            case .cannotCreate, .cannotCreateFolder: .cannotCreateOutput
            case .ioError, .standardOutputFailed: .ioError
            case .isAnInput, .namedTwice: .usage
            }
        }
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

    public func message(in language: Language) -> String {
        let reason = errno.map { ProblemCatalog.systemReason(errno: $0, writing: true) } ?? .text(detail)
        let (phrase, arguments): (Phrase, ProblemArguments) = switch code {
        case .exists: (.outputExists, [:])
        case .cannotCreate: (.cannotCreateOutput, ["reason": reason])
        case .ioError: (.cannotWriteOutput, ["reason": reason])
        case .isAnInput: (.outputIsAnInput, ["input": .text(detail)])
        case .namedTwice: (.outputsAreOneFile, ["other": .text(detail)])
        case .folderHoldsFiles: (.folderHoldsFiles, ["folder": .text(path)])
        case .cannotCreateFolder: (.cannotCreateFolder, [:])
        // In English the C library's own words, which a person searching for the failure finds.
        case .standardOutputFailed: (.cannotWriteStandardOutput, ["reason": language == .en ? .text(detail) : reason])
        }
        return phrase.text(in: language, arguments.adding(["path": .text(path)]))
    }
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

    /// One file of several written together.
    public struct Output: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public var permissions: mode_t

        public init(_ path: String, _ bytes: [UInt8], permissions: mode_t = 0o644) {
            (self.path, self.bytes, self.permissions) = (path, bytes, permissions)
        }
    }

    /// Writes several files as one: all of them or none. Each is written whole and synced to a
    /// hidden temporary file beside its target; only when every one is complete do they get their
    /// names, the old files kept aside under hidden names until all have, so that a failure
    /// part-way puts back what was there. `stale` files (an earlier run's outputs that this run
    /// does not make) are removed with the rest. Without `replacing`, an existing target or stale
    /// file refuses the whole before anything is written. A process killed while the names are
    /// given (a few renames) can leave new files beside old ones and the hidden copies.
    public static func writeTogether(
        _ files: [Output], removing stale: [String] = [], replacing: Bool = false
    ) throws(FileWriteError) {
        try refuseOverlaps(outputs: files.map(\.path) + stale)
        if !replacing { try refuseExisting(files.map(\.path) + stale) }
        var temporaries: [String] = []
        defer { for temporary in temporaries { unlink(temporary) } }
        for file in files {
            let (directory, name) = split(file.path)
            let temporary = temporaryName(directory, name)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, file.permissions)
            guard descriptor >= 0 else { throw failure(.cannotCreate, file.path) }
            temporaries.append(temporary)
            defer { close(descriptor) }
            try fill(descriptor, with: file.bytes, permissions: file.permissions, path: file.path)
        }
        // Old files are kept aside (a second name, so the target stays in place) until all is done.
        var kept: [(path: String, copy: String)] = []
        var published: [String] = []
        func restore() {
            for path in published { unlink(path) }
            for old in kept { rename(old.copy, old.path) }
        }
        for path in files.map(\.path) + stale where entryExists(path) {
            let (directory, name) = split(path)
            let copy = temporaryName(directory, name)
            guard link(path, copy) == 0 else {
                let error = failure(.cannotCreate, path)
                for old in kept { unlink(old.copy) }
                throw error
            }
            kept.append((path, copy))
        }
        for (index, file) in files.enumerated() {
            let moved = replacing ? rename(temporaries[index], file.path) : link(temporaries[index], file.path)
            guard moved == 0 else {
                let error = replacing ? failure(.cannotCreate, file.path) : linkFailure(file.path)
                restore()
                throw error
            }
            published.append(file.path)
        }
        for path in stale { unlink(path) }
        for old in kept { unlink(old.copy) }
        for directory in Set(files.map { split($0.path).0 } + stale.map { split($0).0 }) { syncDirectory(directory) }
    }

    /// Throws `namedTwice` when two of `outputs` are one file, and `isAnInput` when one of them is
    /// one of `inputs`: by device and inode where both exist, else by their absolute paths with
    /// the folders' links resolved.
    public static func refuseOverlaps(outputs: [String], inputs: [String] = []) throws(FileWriteError) {
        let outputKeys = outputs.map(FileKey.init)
        for (index, output) in outputs.enumerated() {
            if let earlier = outputKeys[..<index].firstIndex(of: outputKeys[index]) {
                throw FileWriteError(code: .namedTwice, path: output, detail: outputs[earlier])
            }
            if let input = inputs.first(where: { FileKey($0) == outputKeys[index] }) {
                throw FileWriteError(code: .isAnInput, path: output, detail: input)
            }
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
    fileprivate static func split(_ path: String) -> (String, String) {
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

/// What makes two paths one file.
private enum FileKey: Equatable {
    /// An existing file: its device and inode (hard links and symbolic links agree).
    case node(dev_t, ino_t)
    /// A file yet to be made: its folder's real path and its name.
    case path(String)

    init(_ path: String) {
        var status = stat()
        if stat(path, &status) == 0 {
            self = .node(status.st_dev, status.st_ino)
            return
        }
        let (folder, name) = AtomicFile.split(path)
        guard let resolved = realpath(folder, nil) else {
            self = .path(path)
            return
        }
        defer { free(resolved) }
        self = .path(String(cString: resolved) + "/" + name)
    }
}

/// Whether anything (a file, a folder, a dangling link) has the name `path`.
private func entryExists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
}


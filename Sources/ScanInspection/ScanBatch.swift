#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore
internal import CAttestShims

/// How many files a batch inspected, and how many of them passed.
public struct ScanSummary: Sendable, Hashable, JSONRepresentable {
    /// Files inspected.
    public private(set) var files = 0
    /// Files with no error.
    public private(set) var accepted = 0
    /// Files with at least one error.
    public private(set) var rejected = 0

    /// An empty summary.
    public init() {}

    /// `{"files", "accepted", "rejected"}`.
    public func json(in language: Language) -> JSONValue {
        .members(["files": .int(files), "accepted": .int(accepted), "rejected": .int(rejected)])
    }

    /// Counts one more file, accepted or not.
    public mutating func count(accepted: Bool) {
        files += 1
        if accepted { self.accepted += 1 } else { rejected += 1 }
    }
}

/// Inspects many paths: files, directories (walked recursively) and "-" for standard input.
public enum ScanBatch {
    /// How many CPUs this process may use: the default number of jobs.
    public static var usableCPUs: Int { Int(attest_usable_cpus()) }

    /// Inspects `paths` as `inspect` does, each report written by `render` as a line of bytes
    /// (appended to the buffer it is given, without its newline). `handle` gets each line in input
    /// order; it must not keep the bytes after it returns. The lines of a run of neighbouring
    /// files are written into one buffer, kept until their turn and then handed on.
    public static func inspectLines(
        _ paths: [String], policy: ScanPolicy = .standard, jobs: Int = usableCPUs,
        render: @escaping @Sendable (ScanReport, OutputBuffer) -> Void,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in },
        handle: (_ accepted: Bool, _ line: UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let directories = OpenDirectories()
        defer { withExtendedLifetime(directories) {} }
        let items = BatchItem.items(for: paths, keeping: directories)
        let batch = BatchRuns(count: items.count)
        let lines = Slots<OutputBuffer>(count: batch.slots)
        try batch.perform(jobs: jobs, inspect: { files, slot in
            let buffer = lines.take(at: slot) ?? OutputBuffer(capacity: BatchRuns.run * 512)
            buffer.removeAll()
            for index in files {
                let report = items[index].inspect(policy: policy)
                RunLines.append(accepted: report.accepted, to: buffer) { render(report, $0) }
            }
            lines.store(buffer, at: slot)
        }, handOn: { _, slot in
            let buffer = lines.take(at: slot)!
            try buffer.withUnsafeBytes { try RunLines.forEach(in: $0, handle) }
            lines.store(buffer, at: slot)
        }, progress: progress)
    }

    /// Inspects `paths` with up to `jobs` files at once (threads of this process; with one job,
    /// one file after another on the calling thread) and hands each report, after `render` has
    /// turned it into what the caller prints, to `handle` in input order, on the calling thread.
    /// No file is inspected more than 4,096 files ahead of what has been handed on, so memory
    /// stays bounded however many files there are.
    ///
    /// A directory is walked recursively in byte order of the path, hidden files included and
    /// symbolic links not followed; each report's path is the argument joined with the path inside
    /// it. A file or directory that cannot be read gives a report with `unreadable`, never an abort.
    /// `progress` hears how many of how many files are done, every few hundred files.
    ///
    /// Inlinable so that it is specialised for the caller's `Rendered`: unspecialised, every
    /// result stored looked up generic metadata at run time, a tenth of a batch's CPU.
    @inlinable
    public static func inspect<Rendered: Sendable>(
        _ paths: [String], policy: ScanPolicy = .standard, jobs: Int = usableCPUs,
        render: @escaping @Sendable (ScanReport) -> Rendered,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in },
        handle: (_ accepted: Bool, _ rendered: Rendered) throws -> Void
    ) rethrows {
        let directories = OpenDirectories()
        defer { withExtendedLifetime(directories) {} }
        let items = BatchItem.items(for: paths, keeping: directories)
        let batch = BatchRuns(count: items.count)
        // Two slot arrays rather than one of tuples: a generic tuple's metadata is looked up at
        // run time (in a locked cache) on every store.
        let results = Slots<Rendered>(count: batch.slots * BatchRuns.run)
        let verdicts = Slots<Bool>(count: batch.slots * BatchRuns.run)
        try batch.perform(jobs: jobs, inspect: { files, slot in
            for index in files {
                let report = items[index].inspect(policy: policy)
                let at = slot * BatchRuns.run + index - files.lowerBound
                verdicts.store(report.accepted, at: at)
                results.store(render(report), at: at)
            }
        }, handOn: { files, slot in
            for at in (slot * BatchRuns.run)..<(slot * BatchRuns.run + files.count) {
                try handle(verdicts.take(at: at)!, results.take(at: at)!)
            }
        }, progress: progress)
    }
}

/// One thing a batch inspects.
@usableFromInline
enum BatchItem: Sendable {
    /// A file named by its path.
    case file(String)
    /// A file a directory walk found: the name that starts at byte `nameStart` of the directory's
    /// listed names. Its path is made only when it is inspected, on whichever thread does it.
    case listed(ListedDirectory, nameStart: Int)
    case standardInput
    case unreadableDirectory(String, errno: Int32)

    /// The items the arguments stand for, in their order: a file, standard input, or what is
    /// under a directory (whose directories `directories` may keep open).
    @usableFromInline
    static func items(for paths: [String], keeping directories: OpenDirectories) -> [BatchItem] {
        var items: [BatchItem] = []
        for path in paths {
            var status = stat()
            if path == "-" {
                items.append(.standardInput)
            } else if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                DirectoryWalk.walk(path, into: &items, keeping: directories)
            } else {
                items.append(.file(path))
            }
        }
        return items
    }

    @usableFromInline
    func inspect(policy: ScanPolicy) -> ScanReport {
        switch self {
        case .file(let path):
            return path.withCString { ScanInspector.inspect(opening: $0, in: AT_FDCWD, path: path, policy: policy) }
        case .listed(let directory, let nameStart):
            return directory.inspect(nameAt: nameStart, policy: policy)
        case .standardInput:
            return ScanInspector.inspectStandardInput(policy: policy)
        case .unreadableDirectory(let directory, let code):
            var report = ScanReport(path: directory)
            report.problems.append(ScanReadError(errno: code).problem)
            return report
        }
    }
}

/// A directory a walk listed: its path, the names of its files (each followed by a NUL), and the
/// descriptor they are opened in (AT_FDCWD when it was not kept open: then by their paths).
@usableFromInline
final class ListedDirectory: Sendable {
    let path: [UInt8]
    let names: [UInt8]
    let descriptor: Int32

    init(path: [UInt8], names: [UInt8], descriptor: Int32) {
        self.path = path
        self.names = names
        self.descriptor = descriptor
    }

    /// Inspects the file whose name starts at byte `start` of `names`. The report's path is the
    /// directory's and the name joined by "/"; a name that is not UTF-8 (say, Windows-1251) is
    /// mended there, and the file is opened by the bytes the directory listed all the same.
    func inspect(nameAt start: Int, policy: ScanPolicy) -> ScanReport {
        names.withUnsafeBufferPointer { names in
            let name = UnsafeRawPointer(names.baseAddress! + start).assumingMemoryBound(to: CChar.self)
            let length = strlen(name)
            let reported = String(unsafeUninitializedCapacity: path.count + 1 + length) { buffer in
                _ = buffer.initialize(fromContentsOf: path)
                buffer[path.count] = 0x2F
                _ = buffer[(path.count + 1)...].initialize(fromContentsOf: names[start..<(start + length)])
                return path.count + 1 + length
            }
            if descriptor != AT_FDCWD {
                return ScanInspector.inspect(opening: name, in: descriptor, path: reported, policy: policy)
            }
            return withCString(path + [0x2F] + names[start..<(start + length)]) {
                ScanInspector.inspect(opening: $0, in: AT_FDCWD, path: reported, policy: policy)
            }
        }
    }
}

/// A recursive listing of a directory in byte order of the path, symbolic links not followed.
///
/// Each directory is sorted on its own, a subdirectory as its name followed by "/": every path
/// under it starts with those bytes, so visiting the sorted entries in turn lists the whole tree in
/// byte order of the path ("a-c" before "a/b", as '-' comes before '/') without sorting it whole.
enum DirectoryWalk {
    /// Appends to `found` everything under `root` that is neither a directory nor a symbolic
    /// link, and every directory that could not be listed, in byte order of their paths.
    static func walk(_ root: String, into found: inout [BatchItem], keeping directories: OpenDirectories) {
        var path = Array(root.utf8)
        if path.count > 1 && path.last == 0x2F { path.removeLast() }
        walk(&path, into: &found, keeping: directories)
    }

    /// Appends what is under the directory at `path` to `found`; `path` is the same on return.
    private static func walk(_ path: inout [UInt8], into found: inout [BatchItem], keeping directories: OpenDirectories) {
        guard let listing = SortedListing(directory: &path) else {
            found.append(.unreadableDirectory(String(decoding: path, as: UTF8.self), errno: errno))
            return
        }
        // Kept open for its files, if it has any.
        let hasFiles = listing.entries.contains { !$0.isDirectory }
        let descriptor = hasFiles && directories.keep(listing.descriptor) ? listing.descriptor : AT_FDCWD
        if !hasFiles && listing.descriptor >= 0 { close(listing.descriptor) }
        let directory = ListedDirectory(path: path, names: listing.names, descriptor: descriptor)
        let directoryLength = path.count
        found.reserveCapacity(found.count + listing.entries.count)
        for entry in listing.entries {
            guard entry.isDirectory else {
                found.append(.listed(directory, nameStart: entry.start))
                continue
            }
            path.append(0x2F)
            path += listing.name(of: entry)
            walk(&path, into: &found, keeping: directories)
            path.removeSubrange(directoryLength...)
        }
    }
}

/// Directories a walk listed, kept open while the batch inspects their files: a file opened
/// relative to its directory costs the kernel the lookup of one name rather than of every
/// directory on its path (10,000 scans: a few per cent less CPU). At most `limit` stay open (256,
/// or an eighth of the descriptors the process may have); the files of any further directory are
/// opened by path. Closed when the batch lets go of it.
@usableFromInline
final class OpenDirectories {
    let limit = min(256, Int(attest_descriptor_limit()) / 8)
    private var descriptors: [Int32] = []

    @usableFromInline
    init() {}

    /// Keeps `descriptor` open for the batch (true); false when it is -1, or over the limit (then
    /// it is closed here).
    func keep(_ descriptor: Int32) -> Bool {
        guard descriptor >= 0 else { return false }
        guard descriptors.count < limit else {
            close(descriptor)
            return false
        }
        descriptors.append(descriptor)
        return true
    }

    deinit {
        for descriptor in descriptors { close(descriptor) }
    }
}

/// The entries of one directory (not "." and "..", not symbolic links), sorted by their names'
/// bytes, a directory's name with "/" after it. Names are kept in one buffer, each followed by a
/// NUL (a C string to open, and to compare).
private struct SortedListing {
    struct Entry {
        /// Where the name starts in `names`.
        let start: Int
        let isDirectory: Bool
    }

    private(set) var names: [UInt8] = []
    private(set) var entries: [Entry] = []
    /// A descriptor of the directory of its own (the caller's to close), or -1.
    let descriptor: Int32

    /// Nil when the directory cannot be opened (`errno` says why). `directory` is the directory's
    /// path; it is used as scratch space and is the same on return.
    init?(directory: inout [UInt8]) {
        guard let stream = withCString(directory, { opendir($0) }) else { return nil }
        defer { closedir(stream) }
        descriptor = fcntl(dirfd(stream), F_DUPFD_CLOEXEC, 0)
        while let record = readdir(stream) {
            // The name is read in place, up to its NUL (strlen): past it the record holds
            // whatever the kernel left there.
            let name = UnsafeRawPointer(record).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                .assumingMemoryBound(to: UInt8.self)
            let bytes = UnsafeBufferPointer(start: name, count: strlen(name))
            if bytes.first == 0x2E && (bytes.count == 1 || bytes.count == 2 && bytes[1] == 0x2E) { continue }  // . and ..
            let isDirectory: Bool
            switch Int32(record.pointee.d_type) {
            case Int32(DT_DIR): isDirectory = true
            case Int32(DT_LNK): continue
            case Int32(DT_UNKNOWN):
                // Some file systems do not say; ask lstat. A vanished entry is a file whose
                // inspection will report why it cannot be read.
                let length = directory.count
                directory.append(0x2F)
                directory += bytes
                var status = stat()
                let listed = withCString(directory) { lstat($0, &status) } == 0
                directory.removeSubrange(length...)
                if listed && status.st_mode & S_IFMT == S_IFLNK { continue }
                isDirectory = listed && status.st_mode & S_IFMT == S_IFDIR
            default: isDirectory = false
            }
            entries.append(Entry(start: names.count, isDirectory: isDirectory))
            names.append(contentsOf: bytes)
            if isDirectory { names.append(0x2F) }
            names.append(0)
        }
        // NUL-terminated: strcmp orders the names as their bytes, a prefix first.
        guard entries.count > 1 else { return }
        names.withUnsafeBufferPointer { names in
            let base = UnsafeRawPointer(names.baseAddress!).assumingMemoryBound(to: CChar.self)
            entries.sort { strcmp(base + $0.start, base + $1.start) < 0 }
        }
    }

    /// The entry's name as listed (without the "/" a directory sorts with).
    func name(of entry: Entry) -> ArraySlice<UInt8> {
        let count = names.withUnsafeBufferPointer { strlen(UnsafeRawPointer($0.baseAddress! + entry.start).assumingMemoryBound(to: CChar.self)) }
        return names[entry.start..<(entry.start + count - (entry.isDirectory ? 1 : 0))]
    }
}

/// Runs `body` with `path` as a NUL-terminated C string (bytes as the file system gave them).
private func withCString<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (path + [0]).withUnsafeBytes { body($0.bindMemory(to: CChar.self).baseAddress!) }
}


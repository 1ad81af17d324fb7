#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore
import Dispatch

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
    /// Inspects `paths` on every core and hands each report, after `render` has turned it into
    /// what the caller prints, to `handle` in input order, on the calling thread. At most
    /// `chunkSize` rendered reports exist at once, however many files there are.
    ///
    /// A directory is walked recursively in byte order of the path, hidden files included and
    /// symbolic links not followed; each report's path is the argument joined with the path inside
    /// it. A file or directory that cannot be read gives a report with `unreadable`, never an abort.
    /// `progress` hears how many of how many files are done after each chunk.
    public static func inspect<Rendered: Sendable>(
        _ paths: [String], policy: ScanPolicy = .standard, chunkSize: Int = 256,
        render: @escaping @Sendable (ScanReport) -> Rendered,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in },
        handle: (_ accepted: Bool, _ rendered: Rendered) throws -> Void
    ) rethrows {
        let items = paths.flatMap(BatchItem.expand)
        var start = 0
        while start < items.count {
            let chunk = items[start..<min(start + chunkSize, items.count)]
            let results = Slots<(Bool, Rendered)>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { offset in
                let report = chunk[chunk.startIndex + offset].inspect(policy: policy)
                results.store((report.accepted, render(report)), at: offset)
            }
            for offset in 0..<chunk.count {
                let (accepted, rendered) = results.take(at: offset)!
                try handle(accepted, rendered)
            }
            start += chunk.count
            progress(start, items.count)
        }
    }

}

/// One thing a batch inspects.
enum BatchItem: Sendable {
    case file(String)
    case standardInput
    case unreadableDirectory(String, reason: String)

    /// The items an argument stands for: itself, standard input, or what is under a directory.
    static func expand(_ path: String) -> [BatchItem] {
        if path == "-" { return [.standardInput] }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [.file(path)] }
        return DirectoryWalk.entries(under: path).map { entry in
            switch entry {
            case .file(let file): .file(file)
            case .unreadableDirectory(let directory, let reason): .unreadableDirectory(directory, reason: reason)
            }
        }
    }

    func inspect(policy: ScanPolicy) -> ScanReport {
        switch self {
        case .file(let path):
            return ScanInspector.inspect(fileAt: path, policy: policy)
        case .standardInput:
            return ScanInspector.inspectStandardInput(policy: policy)
        case .unreadableDirectory(let directory, let reason):
            var report = ScanReport(path: directory)
            report.problems.append(Problem(.unreadable, arguments: ["reason": .text(reason)]))
            return report
        }
    }
}

/// A recursive listing of a directory in byte order of the path, symbolic links not followed.
enum DirectoryWalk {
    enum Entry {
        case file(String)
        case unreadableDirectory(String, reason: String)
    }

    /// Everything under `root` that is neither a directory nor a symbolic link, and every
    /// directory that could not be listed, sorted by the bytes of their paths.
    static func entries(under root: String) -> [Entry] {
        // Paths stay bytes until the end: sorting them is memcmp, not String comparison.
        var found: [(path: [UInt8], reason: String?)] = []
        var pending = [Array((root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root).utf8)]
        while let directory = pending.popLast() {
            guard let stream = withCPath(directory, { opendir($0) }) else {
                found.append((directory, String(cString: strerror(errno))))
                continue
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                // The name is read in place, up to its NUL (strlen): past it the record holds
                // whatever the kernel left there.
                let name = UnsafeRawPointer(entry).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                    .assumingMemoryBound(to: CChar.self)
                let nameBytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
                if nameBytes.elementsEqual([0x2E]) || nameBytes.elementsEqual([0x2E, 0x2E]) { continue }
                var path = directory
                path.append(0x2F)
                path.append(contentsOf: nameBytes)
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): pending.append(path)
                case Int32(DT_LNK): continue
                case Int32(DT_UNKNOWN):
                    // Some file systems do not say; ask lstat. A vanished entry is a file whose
                    // inspection will report why it cannot be read.
                    var status = stat()
                    let listed = withCPath(path) { lstat($0, &status) }
                    if listed == 0 && status.st_mode & S_IFMT == S_IFDIR { pending.append(path) }
                    else if listed != 0 || status.st_mode & S_IFMT != S_IFLNK { found.append((path, nil)) }
                default: found.append((path, nil))
                }
            }
        }
        found.sort { lhs, rhs in
            lhs.path.withUnsafeBufferPointer { a in
                rhs.path.withUnsafeBufferPointer { b in
                    let common = memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count))
                    return common != 0 ? common < 0 : a.count < b.count
                }
            }
        }
        return found.map { item in
            let path = String(decoding: item.path, as: UTF8.self)
            return item.reason.map { .unreadableDirectory(path, reason: $0) } ?? .file(path)
        }
    }

    /// Runs `body` with `path` as a NUL-terminated C string (bytes as the file system gave them).
    private static func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBytes { body($0.bindMemory(to: CChar.self).baseAddress!) }
    }
}

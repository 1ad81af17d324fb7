#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttestCore

/// How many files a batch inspected, and how many of them passed.
public struct ScanSummary: Sendable, Hashable, Encodable {
    /// Files inspected.
    public private(set) var files = 0
    /// Files with no error.
    public private(set) var accepted = 0
    /// Files with at least one error.
    public private(set) var rejected = 0

    /// An empty summary.
    public init() {}

    /// Counts one more report.
    public mutating func count(_ report: ScanReport) {
        files += 1
        if report.accepted { accepted += 1 } else { rejected += 1 }
    }
}

/// Inspects many paths: files, directories (walked recursively) and "-" for standard input.
public enum ScanBatch {
    /// Inspects `paths` in the order given and hands each report to `handle` as soon as it is made.
    ///
    /// A directory is walked recursively in byte order of the path, hidden files included and
    /// symbolic links not followed; each report's path is the argument joined with the path inside
    /// it. A file or directory that cannot be read gives a report with `unreadable`, never an abort.
    public static func inspect(
        _ paths: [String], policy: ScanPolicy = .standard, handle: (ScanReport) throws -> Void
    ) rethrows {
        for path in paths {
            if path == "-" {
                try handle(ScanInspector.inspectStandardInput(policy: policy))
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                try handle(ScanInspector.inspect(fileAt: path, policy: policy))
                continue
            }
            for entry in DirectoryWalk.entries(under: path) {
                switch entry {
                case .file(let file):
                    try handle(ScanInspector.inspect(fileAt: file, policy: policy))
                case .unreadableDirectory(let directory, let reason):
                    var report = ScanReport(path: directory)
                    report.problems.append(Problem(.unreadable, arguments: ["reason": .text(reason)]))
                    try handle(report)
                }
            }
        }
    }
}

/// A recursive listing of a directory in byte order of the path, symbolic links not followed.
enum DirectoryWalk {
    enum Entry {
        case file(String)
        case unreadableDirectory(String, reason: String)

        var path: String {
            switch self {
            case .file(let path), .unreadableDirectory(let path, _): return path
            }
        }
    }

    /// Everything under `root` that is neither a directory nor a symbolic link, and every
    /// directory that could not be listed, sorted by the bytes of their paths.
    static func entries(under root: String) -> [Entry] {
        var found: [Entry] = []
        var pending = [root.hasSuffix("/") ? String(root.dropLast()) : root]
        while let directory = pending.popLast() {
            guard let stream = opendir(directory) else {
                found.append(.unreadableDirectory(directory, reason: String(cString: strerror(errno))))
                continue
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name == "." || name == ".." { continue }
                let path = directory + "/" + name
                var status = stat()
                if lstat(path, &status) != 0 {
                    found.append(.file(path))  // vanished: its inspection reports why
                    continue
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFLNK: continue
                default: found.append(.file(path))
                }
            }
        }
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}

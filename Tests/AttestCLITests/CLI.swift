import Foundation
import Testing

/// Runs the built `attest` binary, as a user would.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

        func json() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        }
    }

    /// The `attest` built beside this test bundle.
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("attest").path),
              directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("attest")
    }()

    /// The repository root, where SampleScans/ is.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs attest (or a copy of it at `copy`) with `arguments`; `asNobody` runs it as the user
    /// nobody, `descriptorLimit` with at most that many open files.
    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = ["LANG": "C"],
        in directory: URL = root, asNobody: Bool = false, descriptorLimit: Int? = nil, copy: URL? = nil
    ) throws -> Result {
        let executable = copy ?? executable
        let process = Process()
        if asNobody {
            // util-linux's setpriv drops root's right to read any directory.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
        } else if let descriptorLimit {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            process.arguments = ["--nofile=\(descriptorLimit)", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = environment
        return try capture(process, stdin: stdin)
    }

    /// Runs `process`, feeding `stdin`, and collects its output and status. A sanitizer's options
    /// (set by Scripts/test-sanitized.sh) pass through to the child.
    private static func capture(_ process: Process, stdin: Data?) throws -> Result {
        var environment = process.environment ?? [:]
        for key in ["ASAN_OPTIONS", "TSAN_OPTIONS", "LSAN_OPTIONS", "ATTEST_SANITIZER"] {
            environment[key] = ProcessInfo.processInfo.environment[key]
        }
        process.environment = environment
        // stderr goes to a file, so that a large output on one stream cannot stall the other.
        let errorsURL = FileManager.default.temporaryDirectory.appendingPathComponent("attest-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorsURL) }
        let errors = try FileHandle(forWritingTo: errorsURL)
        let output = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let errorData = try Data(contentsOf: errorsURL)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs another tool by absolute path (a Debian package the test setup installs).
    static func tool(
        _ path: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = ["LANG": "C"],
        in directory: URL = root
    ) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record("\(path) is missing: run `make test-deps`")
            throw ToolMissing()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        return try capture(process, stdin: stdin)
    }
}

struct ToolMissing: Error {}

import Foundation
import Testing

/// The test fixtures (made by Scripts/make-sample-scans.py; see Fixtures/README.md) and the sample scans.
enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// The repository's SampleScans folder.
    static let sampleScans = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleScans")

    static func sample(_ name: String) -> String {
        sampleScans.appendingPathComponent(name).path
    }
}

/// Runs a tool the tests compare against; a missing tool fails the test with the way to install it.
func runTool(_ tool: String, _ arguments: [String]) throws -> String {
    let candidates = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"]
    guard let executable = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        Issue.record("\(tool) is missing: run `make test-deps` (Debian: imagemagick, libimage-exiftool-perl)")
        throw ToolMissing()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        Issue.record("\(tool) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        throw ToolMissing()
    }
    return String(decoding: data, as: UTF8.self)
}

struct ToolMissing: Error {}

/// A fresh temporary directory, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("attest-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

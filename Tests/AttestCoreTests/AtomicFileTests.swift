@testable import AttestCore
import Foundation
import Testing

@Suite struct AtomicFileTests {
    /// A fresh folder, removed when the test ends.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("attest-atomic-\(UUID().uuidString)").path
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var entries: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? [] }
        func bytes(_ name: String) -> [UInt8]? { FileManager.default.contents(atPath: path + "/" + name).map(Array.init) }
        func mode(_ name: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path + "/" + name)[.posixPermissions] as! NSNumber).intValue
        }
    }

    @Test(arguments: [true, false])
    func writesTheWholeFileWithExactlyItsModeAndNothingElse(unnamed: Bool) throws {
        let folder = try Folder()
        // 0666 whatever the umask (the process's, shared by parallel tests, so left alone here).
        try AtomicFile.write(Array("whole".utf8), to: folder.path + "/out.txt", permissions: 0o666, replacing: false, unnamed: unnamed)
        #expect(folder.entries == ["out.txt"])
        #expect(folder.bytes("out.txt") == Array("whole".utf8))
        #expect(try folder.mode("out.txt") == 0o666)
    }

    @Test(arguments: [true, false])
    func anExistingFileIsKeptUnlessReplacingIsAsked(unnamed: Bool) throws {
        let folder = try Folder()
        let path = folder.path + "/out.txt"
        try AtomicFile.write(Array("first".utf8), to: path, permissions: 0o600, replacing: false, unnamed: unnamed)
        #expect(throws: FileWriteError(code: .exists, path: path, detail: "")) {
            try AtomicFile.write(Array("second".utf8), to: path, permissions: 0o600, replacing: false, unnamed: unnamed)
        }
        #expect(folder.bytes("out.txt") == Array("first".utf8))
        try AtomicFile.write(Array("third".utf8), to: path, permissions: 0o600, replacing: true, unnamed: unnamed)
        #expect(folder.bytes("out.txt") == Array("third".utf8))
        #expect(folder.entries == ["out.txt"])
    }

    @Test(arguments: [true, false])
    func aMissingFolderIsCannotCreate(unnamed: Bool) throws {
        let folder = try Folder()
        let path = folder.path + "/missing/out.txt"
        #expect(throws: FileWriteError(code: .cannotCreate, path: path, detail: "")) {
            try AtomicFile.write([1], to: path, permissions: 0o600, replacing: false, unnamed: unnamed)
        }
        #expect(folder.entries.isEmpty)
    }

    /// The first of several writers to the same new name wins; the others are told it exists.
    @Test func racingWritersNeverReplaceEachOther() async throws {
        let folder = try Folder()
        let path = folder.path + "/out.txt"
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<16 {
                group.addTask { (try? AtomicFile.write(Array("writer \(index)".utf8), to: path)) != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(folder.entries == ["out.txt"])
        #expect(String(decoding: folder.bytes("out.txt") ?? [], as: UTF8.self).hasPrefix("writer "))
    }
}

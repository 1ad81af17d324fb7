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

    @Test func filesWrittenTogetherAreAllWrittenWithTheirModes() throws {
        let folder = try Folder()
        try AtomicFile.writeTogether([
            AtomicFile.Output(folder.path + "/a", Array("a".utf8), permissions: 0o600),
            AtomicFile.Output(folder.path + "/b", Array("b".utf8), permissions: 0o644),
        ])
        #expect(folder.entries == ["a", "b"])
        #expect(folder.bytes("a") == Array("a".utf8) && folder.bytes("b") == Array("b".utf8))
        #expect(try folder.mode("a") == 0o600 && folder.mode("b") == 0o644)
        #expect(throws: FileWriteError(code: .exists, path: folder.path + "/b", detail: "")) {
            try AtomicFile.writeTogether([AtomicFile.Output(folder.path + "/c", [1]), AtomicFile.Output(folder.path + "/b", [2])])
        }
        #expect(folder.entries == ["a", "b"])
    }

    /// The second of three cannot get its name (a folder is there): the first is put back as it
    /// was, the third never appears, and no temporary or kept-aside copy is left.
    @Test func aFailurePartWayPutsBackWhatWasThere() throws {
        let folder = try Folder()
        try AtomicFile.write(Array("old a".utf8), to: folder.path + "/a")
        try FileManager.default.createDirectory(atPath: folder.path + "/b", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: folder.path + "/b/inside", withIntermediateDirectories: false)
        #expect(throws: FileWriteError(code: .cannotCreate, path: folder.path + "/b", detail: "")) {
            try AtomicFile.writeTogether([
                AtomicFile.Output(folder.path + "/a", Array("new a".utf8)),
                AtomicFile.Output(folder.path + "/b", Array("new b".utf8)),
                AtomicFile.Output(folder.path + "/c", Array("new c".utf8)),
            ], replacing: true)
        }
        #expect(folder.entries == ["a", "b"])
        #expect(folder.bytes("a") == Array("old a".utf8))
    }

    @Test func staleFilesGoWithTheRestAndOnlyWithReplacing() throws {
        let folder = try Folder()
        try AtomicFile.write(Array("old".utf8), to: folder.path + "/stale")
        #expect(throws: FileWriteError(code: .exists, path: folder.path + "/stale", detail: "")) {
            try AtomicFile.writeTogether([AtomicFile.Output(folder.path + "/new", [1])], removing: [folder.path + "/stale"])
        }
        #expect(folder.entries == ["stale"])
        try AtomicFile.writeTogether([AtomicFile.Output(folder.path + "/new", [1])], removing: [folder.path + "/stale"], replacing: true)
        #expect(folder.entries == ["new"])
    }

    /// However a path is spelt (a dot folder, a symbolic link, a hard link), one file is one file.
    @Test func anOutputThatIsAnInputOrAnotherOutputIsRefused() throws {
        let folder = try Folder()
        try AtomicFile.write([1], to: folder.path + "/in")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/soft", withDestinationPath: "in")
        try FileManager.default.linkItem(atPath: folder.path + "/in", toPath: folder.path + "/hard")
        for spelling in ["/./in", "/soft", "/hard"] {
            #expect(throws: FileWriteError(code: .isAnInput, path: "", detail: "")) {
                try AtomicFile.refuseOverlaps(outputs: [folder.path + spelling], inputs: [folder.path + "/in"])
            }
        }
        #expect(throws: FileWriteError(code: .namedTwice, path: "", detail: "")) {
            try AtomicFile.refuseOverlaps(outputs: [folder.path + "/new", folder.path + "/./new"])
        }
        try AtomicFile.refuseOverlaps(outputs: [folder.path + "/new", folder.path + "/other"], inputs: [folder.path + "/in"])
        let error = FileWriteError(code: .isAnInput, path: "c.json", detail: "c.json")
        #expect(error.message(in: .en) == "c.json is also the input c.json; write the output elsewhere")
    }

    @Test func aStandardOutputThatCannotBeWrittenIsAnIOError() {
        let error = FileWriteError(code: .standardOutputFailed, path: "-", detail: "No space left on device", errno: ENOSPC)
        #expect(error.kind.exitStatus == 74)
        #expect(error.message(in: .en) == "cannot write the output: No space left on device")
        #expect(error.message(in: .ru) == "не удаётся вывести результат: на диске нет места")
    }
}


import Foundation
import Testing

/// `attest migrate` on the store the tests run on (SQLite, or PostgreSQL with
/// ATTEST_TEST_POSTGRES), and what it refuses.
@Suite struct MigrateTests {
    @Test func migrateAppliesEveryVersionOnceAndSaysWhich() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attest-migrate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TestStore.arguments(for: folder)
        for _ in 0..<2 {
            let run = try LiveService.attest(["migrate"] + store + ["--format", "json"])
            #expect(run.status == 0, "\(run.output)")
            let versions = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])["versions"] as? [String]
            #expect(versions == ["1-applications", "2-documents", "3-instances"])
        }
        let text = try LiveService.attest(["migrate"] + store)
        #expect(text.output.hasSuffix("schema versions 1-applications, 2-documents, 3-instances\n"))
    }

    @Test func aPasswordInTheURLIsRefusedAndNotShown() throws {
        let run = try LiveService.attest(["migrate", "--database", "postgres://attest:s3cret-word@127.0.0.1:5432/attest"])
        #expect(run.status == 64)
        #expect(run.output.contains("--database-password-file"))
        #expect(!run.output.contains("s3cret-word"))
        #expect(try LiveService.attest(["migrate", "--database", "postgres://attest@127.0.0.1/attest?sslmode=sometimes"]).status == 64)
        #expect(try LiveService.attest(["migrate", "--database", "mysql://attest@127.0.0.1/attest"]).status == 64)
    }

    @Test func aDatabaseThatCannotBeReachedExits69() throws {
        // A port nothing listens on: taken and closed again.
        let socket = LoopbackPort.free()
        let run = try LiveService.attest(["token", "create", "--database", "postgres://attest@127.0.0.1:\(socket)/attest?sslmode=disable",
                                          "--database-timeout", "1", "--role", "clerk"])
        #expect(run.status == 69, "\(run.output)")
        #expect(run.output.contains("cannot be opened"))
    }
}

/// A free port of the loopback, by binding port 0 and closing.
enum LoopbackPort {
    static func free() -> Int {
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

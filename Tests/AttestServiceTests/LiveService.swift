import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A real `attest serve` on a free port of the loopback, in a data folder of its own, driven over
/// HTTP as any client would.
final class LiveService: @unchecked Sendable {
    /// What a request got back.
    struct Reply: Sendable {
        let status: Int
        let headers: [String: String]
        let body: Data

        var text: String { String(decoding: body, as: UTF8.self) }

        func json() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any], "not a JSON object: \(text)")
        }
    }

    let data: URL
    /// The store options of this service, for `attest token` and a restart: `--data`, and with
    /// `ATTEST_TEST_POSTGRES` a database of its own on that server.
    let store: [String]
    let process: Process
    let port: Int
    /// The clerk token `--demo` printed (empty without it).
    let clerkToken: String
    private let output: Pipe
    private let errors: Pipe

    /// The `attest` built beside this test bundle.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("attest").path), directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("attest")
    }()

    /// Starts `attest serve --listen 127.0.0.1:0` with `arguments` on `data` (a new folder when
    /// nil), `--demo` unless told otherwise, and waits for the line saying where it listens.
    /// With `captureLog`, the log is kept for `log`.
    init(_ arguments: [String] = [], data: URL? = nil, demo: Bool = true, captureLog: Bool = false) throws {
        self.data = data ?? FileManager.default.temporaryDirectory.appendingPathComponent("attest-serve-test-\(UUID().uuidString)")
        process = Process()
        process.executableURL = Self.executable
        store = try TestStore.arguments(for: self.data)
        process.arguments = ["serve"] + store + ["--listen", "127.0.0.1:0"] + (demo ? ["--demo", "--today", "2026-11-25"] : [])
            + arguments
        process.environment = ["LANG": "C"]
        (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var lines: [String] = []
        var buffered = Data()
        let deadline = Date().addingTimeInterval(60)
        while lines.count < (demo ? 2 : 1), Date() < deadline, process.isRunning {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { continue }
            buffered += chunk
            lines = String(decoding: buffered, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        guard let first = lines.first, first.hasPrefix("listening on http://127.0.0.1:"), let port = Int(first.split(separator: ":").last!) else {
            process.terminate()
            throw ServiceFailed(message: "attest serve did not start: \(lines) \(String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self))")
        }
        self.port = port
        clerkToken = lines.count > 1 ? String(lines[1].dropFirst("clerk token: ".count)) : ""
        // The logs: read on, so that a full pipe never stops the service.
        let kept = captured
        errors.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            if captureLog { kept.withLock { $0 += chunk } }
        }
    }

    private let captured = Locked(Data())

    /// What the service logged, when started with `captureLog`.
    var log: String {
        errors.fileHandleForReading.readabilityHandler = nil
        let rest = errors.fileHandleForReading.readDataToEndOfFile()
        return captured.withLock { String(decoding: $0 + rest, as: UTF8.self) }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// The data folder's demo files (keys, scans, consents, cases), as `--demo` made them.
    var demoFolder: URL { data.appendingPathComponent("demo") }

    /// Sends `signal` and returns the exit status once it exits.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// One request: `token` as the bearer, `body` with `contentType`.
    func request(_ method: String, _ path: String, token: String? = nil, body: Data? = nil, contentType: String? = nil,
                 headers: [String: String] = [:]) async throws -> Reply {
        try await Self.request(method, "http://127.0.0.1:\(port)\(path)", token: token, body: body, contentType: contentType, headers: headers)
    }

    /// One request to `url`.
    static func request(_ method: String, _ url: String, token: String? = nil, body: Data? = nil, contentType: String? = nil,
                        headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.timeoutInterval = 120
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await session.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields["\(name)".lowercased()] = "\(value)" }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }

    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 64
        return URLSession(configuration: configuration)
    }()

    /// Runs the built `attest` with `arguments`; its status and standard output.
    static func attest(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ["LANG": "C"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

/// The store the services under test use: SQLite in their data folders, or, when
/// `ATTEST_TEST_POSTGRES` names a server (`postgres://USER@HOST:PORT`, its password in the file
/// `ATTEST_TEST_POSTGRES_PASSWORD_FILE`; `Scripts/postgres.sh` starts one), a database of each
/// data folder's own there: the same tests run on both stores.
enum TestStore {
    static let server = ProcessInfo.processInfo.environment["ATTEST_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let passwordFile = ProcessInfo.processInfo.environment["ATTEST_TEST_POSTGRES_PASSWORD_FILE"] ?? ""

    /// `--data folder`, and on PostgreSQL `--database` naming the folder's database (made when
    /// missing) and its password file.
    static func arguments(for folder: URL) throws -> [String] {
        guard let server else { return ["--data", folder.path] }
        let name = "attest_" + String(folder.lastPathComponent.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }.suffix(40))
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        psql.arguments = ["\(server)/postgres", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                          "SELECT 1 FROM pg_database WHERE datname = '\(name)'", "-t", "-A"]
        psql.environment = ["PGPASSWORD": try String(contentsOfFile: passwordFile, encoding: .utf8).trimmingCharacters(in: .newlines)]
        let output = Pipe()
        psql.standardOutput = output
        try psql.run()
        let exists = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).hasPrefix("1")
        psql.waitUntilExit()
        if !exists {
            let create = Process()
            create.executableURL = psql.executableURL
            create.arguments = ["\(server)/postgres", "-q", "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \(name)"]
            create.environment = psql.environment
            try create.run()
            create.waitUntilExit()
            guard create.terminationStatus == 0 else { throw ServiceFailed(message: "cannot create the database \(name) on \(server)") }
        }
        return ["--data", folder.path, "--database", "\(server)/\(name)", "--database-password-file", passwordFile]
    }
}

/// A value that tasks and threads change, one at a time.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T { lock.withLock { body(&value) } }
}

struct ServiceFailed: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A `multipart/form-data` body.
struct MultipartBody {
    let boundary = "attest-test-\(UUID().uuidString)"
    private(set) var data = Data()

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func add(_ name: String, _ bytes: Data, filename: String? = nil, type: String = "application/octet-stream") {
        data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"".utf8)
        if let filename { data += Data("; filename=\"\(filename)\"".utf8) }
        data += Data("\r\nContent-Type: \(type)\r\n\r\n".utf8) + bytes + Data("\r\n".utf8)
    }

    func finished() -> Data { data + Data("--\(boundary)--\r\n".utf8) }
}

/// The demo's straight case as the portal sends it: the application's JSON, its documents named
/// by part, and those parts read from the demo's folder.
struct DemoApplication {
    var application: [String: Any]
    var parts: [String: Data]

    init(_ demo: URL, change: (inout [String: Any]) -> Void = { _ in }) throws {
        let caseFile = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: demo.appendingPathComponent("cases/1-straight.case.json"))) as? [String: Any])
        var application = try #require(caseFile["application"] as? [String: Any])
        var parts: [String: Data] = [:]
        var documents = try #require(application["documents"] as? [[String: Any]])
        for index in documents.indices {
            let path = try #require(documents[index]["path"] as? String)
            let name = "scan-\(index)"
            parts[name] = try Data(contentsOf: demo.appendingPathComponent("cases").appendingPathComponent(path))
            documents[index]["path"] = name
        }
        application["documents"] = documents
        var consents = try #require(application["consents"] as? [[String: Any]])
        for index in consents.indices {
            for field in ["document", "signature"] {
                let path = try #require(consents[index][field] as? String)
                let name = "consent-\(index)-\(field)"
                parts[name] = try Data(contentsOf: demo.appendingPathComponent("cases").appendingPathComponent(path))
                consents[index][field] = name
            }
        }
        application["consents"] = consents
        change(&application)
        (self.application, self.parts) = (application, parts)
    }

    /// The multipart body: the application's JSON, then every part (those in `leaving` left out).
    func body(leaving: Set<String> = [], extra: [String: Data] = [:]) throws -> MultipartBody {
        var body = MultipartBody()
        body.add("application", try JSONSerialization.data(withJSONObject: application), type: "application/json")
        for (name, bytes) in parts.sorted(by: { $0.key < $1.key }) where !leaving.contains(name) { body.add(name, bytes, filename: name) }
        for (name, bytes) in extra { body.add(name, bytes) }
        return body
    }
}

/// A raw HTTP/1.1 exchange over a socket: for what a URL client will not do (a body that never
/// comes, a head sent a byte at a time).
struct RawConnection {
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ServiceFailed(message: "cannot connect: errno \(errno)") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends `text`; false when the connection is closed.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    /// Everything until the server closes the connection (or 30 s pass).
    func readToEnd() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    func close() { Glibc.close(descriptor) }
}

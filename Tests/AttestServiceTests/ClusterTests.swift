import Foundation
import Testing

/// Two instances of `attest serve` over one PostgreSQL, behind nginx, as `Scripts/cluster.sh`
/// starts them: clients reach either instance through nginx, one instance dies, the database
/// restarts, and nothing acknowledged is lost or answered wrongly.
@Suite(.serialized) struct ClusterTests {
    /// 200 applications submitted and issued by 32 clients at once through nginx; meanwhile two
    /// clerks act on the same applications through both instances at once, and one instance is
    /// killed with SIGKILL. Clients retry what was cut off (502) with the same Idempotency-Key.
    /// Afterwards: every application issued once, numbers gapless, every acknowledged action in
    /// its history, every history verifying.
    @Test func twoInstancesShareTheWorkAndSurviveAKill() async throws {
        let cluster = try Cluster()
        defer { cluster.stop() }
        let body = try DemoApplication(cluster.demo).body()
        let next = Locked(0)
        let issued = Locked<[String: String]>([:])
        let oddAnswers = Locked<[String]>([])
        let clients = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<32 {
                    group.addTask {
                        while true {
                            let index = next.withLock { value -> Int in value += 1; return value - 1 }
                            guard index < 200 else { return }
                            let submitted = try await cluster.retrying("POST", "/v1/applications", key: "submit-\(index)", body: body.finished(),
                                                                       contentType: body.contentType)
                            guard submitted.status == 201, let id = try submitted.json()["id"] as? String else {
                                oddAnswers.withLock { $0.append("submit \(submitted.status) \(submitted.text)") }
                                continue
                            }
                            let issue = try await cluster.retrying("POST", "/v1/applications/\(id)/certificate", key: "issue-\(index)")
                            guard issue.status == 201, let number = (try issue.json()["certificate"] as? [String: Any])?["number"] as? String else {
                                oddAnswers.withLock { $0.append("issue \(issue.status) \(issue.text)") }
                                continue
                            }
                            issued.withLock { $0[id] = number }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }

        // Two clerks at once on each of 10 applications, one through each instance: an extension
        // and an annulment. Each acknowledged action is in the history afterwards.
        while issued.withLock(\.count) < 40 { try await Task.sleep(for: .milliseconds(50)) }
        let pairs = try await withThrowingTaskGroup(of: (String, [String]).self) { group in
            for id in issued.withLock({ Array($0.keys.prefix(10)) }) {
                group.addTask {
                    async let extended = cluster.direct(1, "POST", "/v1/applications/\(id)/extension", body: Data(#"{"until": "2027-05-28"}"#.utf8),
                                                        contentType: "application/json")
                    async let annulled = cluster.direct(2, "POST", "/v1/applications/\(id)/annulment")
                    let (extending, annulment) = try await (extended, annulled)
                    #expect([200, 409].contains(extending.status) && annulment.status == 200, "\(extending.text) \(annulment.text)")
                    return (id, (extending.status == 200 ? ["extend"] : []) + ["annul"])
                }
            }
            return try await group.reduce(into: [(String, [String])]()) { $0.append($1) }
        }

        while issued.withLock(\.count) < 80 { try await Task.sleep(for: .milliseconds(50)) }
        kill(cluster.instancePID(1), SIGKILL)
        try await clients.value

        #expect(oddAnswers.withLock { $0 } == [])
        let numbers = issued.withLock { $0 }
        #expect(numbers.count == 200)
        // Every application of the store: the 200, each issued once, under the numbers 1 to 200.
        var stored: [String: String] = [:]
        var after: String?
        repeat {
            let page = try await cluster.retrying("GET", "/v1/applications?limit=500" + (after.map { "&after=\($0)" } ?? "")).json()
            for application in try #require(page["applications"] as? [[String: Any]]) {
                let id = try #require(application["id"] as? String)
                stored[id] = (application["certificate"] as? [String: Any])?["number"] as? String ?? ""
            }
            after = page["next"] as? String
        } while after != nil
        #expect(stored.count == 200)
        for (id, number) in numbers { #expect(stored[id] == number) }
        #expect(stored.values.sorted() == (1...200).map { String(format: "77-2026-%06d", $0) })

        for (id, acknowledged) in pairs {
            let history = try await cluster.retrying("GET", "/v1/applications/\(id)/history").text
            let actions = history.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["action"] as? String
            }
            for action in acknowledged { #expect(actions.contains(action), "\(id): \(actions)") }
        }
        let histories = cluster.folder.appendingPathComponent("histories")
        try FileManager.default.createDirectory(at: histories, withIntermediateDirectories: true)
        for id in numbers.keys {
            let file = histories.appendingPathComponent("\(id).jsonl")
            try await cluster.retrying("GET", "/v1/applications/\(id)/history").body.write(to: file)
            let verified = try LiveService.attest(["audit", "verify", file.path, "--ca", cluster.demo.appendingPathComponent("keys/issuer.pem").path])
            #expect(verified.status == 0, "\(id): \(verified.output)")
        }
    }

    /// PostgreSQL stopped under a load of submissions and started again: meanwhile every answer
    /// is a 201 or a 503 problem (`store-unavailable`, with Retry-After), and 409 for a retry
    /// while its first attempt's end is not recorded yet; afterwards every submission retried
    /// with its key is stored once, and a statement kept waiting on a lock is cut off with a 503.
    @Test func aDatabaseRestartGivesOnly503sAndRecovers() async throws {
        let cluster = try Cluster(environment: ["ATTEST_DATABASE_TIMEOUT": "2"])
        defer { cluster.stop() }
        let body = try DemoApplication(cluster.demo).body()
        let statuses = Locked<[Int: Int]>([:])
        let wrong = Locked<[String]>([])
        let acknowledged = Locked<[String]>([])
        let running = Locked(true)
        let clients = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for client in 0..<8 {
                    group.addTask {
                        var index = 0
                        while running.withLock({ $0 }) {
                            index += 1
                            let key = "load-\(client)-\(index)"
                            while true {
                                let reply = try await cluster.through("POST", "/v1/applications", key: key, body: body.finished(),
                                                                      contentType: body.contentType)
                                statuses.withLock { $0[reply.status, default: 0] += 1 }
                                let code = (try? reply.json())?["code"] as? String
                                switch (reply.status, code) {
                                case (201, _):
                                    if let id = try? reply.json()["id"] as? String { acknowledged.withLock { $0.append(id) } }
                                case (503, "store-unavailable") where reply.headers["retry-after"] != nil,
                                     (409, "request-in-progress"):
                                    try await Task.sleep(for: .milliseconds(200))
                                    continue
                                default:
                                    wrong.withLock { $0.append("\(reply.status) \(reply.text)") }
                                }
                                break
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        try await Task.sleep(for: .seconds(2))
        try cluster.postgres("stop")
        try await Task.sleep(for: .seconds(3))
        try cluster.postgres("restart")
        try await Task.sleep(for: .seconds(4))
        running.withLock { $0 = false }
        try await clients.value

        #expect(wrong.withLock { $0 } == [])
        let seen = statuses.withLock { $0 }
        #expect((seen[503] ?? 0) > 0, "the database's stop was not seen: \(seen)")
        #expect((seen[201] ?? 0) > 0)
        let ids = acknowledged.withLock { $0 }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(try await cluster.through("GET", "/v1/applications/\(id)").status == 200)
        }
        #expect(try await cluster.through("GET", "/healthz").status == 200)

        // A lock held elsewhere: issuing waits for it no longer than the timeout, then 503.
        let id = try #require(ids.first)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = ["-q", "-h", cluster.folder.appendingPathComponent("postgres").path, "-p", cluster.postgresPort, "-U", "postgres",
                            "-d", "attest", "-c", "BEGIN; LOCK TABLE certificate_series IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(8); COMMIT;"]
        try holder.run()
        try await Task.sleep(for: .seconds(1))
        let started = Date()
        let blocked = try await cluster.through("POST", "/v1/applications/\(id)/certificate")
        #expect(blocked.status == 503 && (try? blocked.json()["code"] as? String) == "store-unavailable", "\(blocked.text)")
        #expect(Date().timeIntervalSince(started) < 7)
        holder.waitUntilExit()
        #expect(try await cluster.through("POST", "/v1/applications/\(id)/certificate").status == 201)
    }
}

/// `Scripts/cluster.sh` started in a folder of its own, with the `attest` built beside the tests.
final class Cluster: Sendable {
    let folder: URL
    let url: String
    let clerkToken: String
    private let environment: [String: String]

    init(environment extra: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("attest-cluster-test-\(UUID().uuidString)")
        let script = Self.repository.appendingPathComponent("Scripts/cluster.sh").path
        var environment = ProcessInfo.processInfo.environment
        environment["ATTEST"] = LiveService.executable.path
        environment["ATTEST_SERVE_OPTIONS"] = "--today 2026-11-25"
        environment.merge(extra) { $1 }
        let started = try Self.run(script, ["start", folder.path], environment: environment)
        guard started.status == 0 else { throw ServiceFailed(message: "cluster.sh start: \(started.output)") }
        var values: [String: String] = [:]
        for line in try String(contentsOf: folder.appendingPathComponent("cluster.env"), encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        self.environment = values
        url = values["URL"] ?? ""
        clerkToken = values["CLERK_TOKEN"] ?? ""
    }

    func stop() {
        _ = try? Self.run(Self.repository.appendingPathComponent("Scripts/cluster.sh").path, ["stop", folder.path])
    }

    var demo: URL { folder.appendingPathComponent("demo") }
    var postgresPort: String { (try? String(contentsOf: folder.appendingPathComponent("postgres/port"), encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }

    func instancePID(_ index: Int) -> Int32 { Int32(environment["INSTANCE_\(index)_PID"] ?? "") ?? 0 }

    /// `Scripts/postgres.sh COMMAND` on the cluster's database server.
    func postgres(_ command: String) throws {
        let done = try Self.run(Self.repository.appendingPathComponent("Scripts/postgres.sh").path,
                                [command, folder.appendingPathComponent("postgres").path])
        guard done.status == 0 else { throw ServiceFailed(message: "postgres.sh \(command): \(done.output)") }
    }

    /// One request through nginx as the clerk, with `key` as its Idempotency-Key.
    func through(_ method: String, _ path: String, key: String? = nil, body: Data? = nil, contentType: String? = nil) async throws -> LiveService.Reply {
        try await LiveService.request(method, url + path, token: clerkToken, body: body, contentType: contentType,
                                      headers: key.map { ["Idempotency-Key": $0] } ?? [:])
    }

    /// One request straight to instance `index`, as the clerk.
    func direct(_ index: Int, _ method: String, _ path: String, body: Data? = nil, contentType: String? = nil) async throws -> LiveService.Reply {
        try await LiveService.request(method, "http://127.0.0.1:\(environment["INSTANCE_\(index)_PORT"] ?? "")\(path)", token: clerkToken,
                                      body: body, contentType: contentType)
    }

    /// A request through nginx, sent again with the same key while it is cut off (no answer, or
    /// nginx's 502 for an instance that died under it), unavailable (503) or still in progress on
    /// an instance that died (409 until its heartbeat is missed): as a client does.
    func retrying(_ method: String, _ path: String, key: String? = nil, body: Data? = nil, contentType: String? = nil) async throws -> LiveService.Reply {
        let deadline = Date().addingTimeInterval(60)
        while true {
            let reply = try? await through(method, path, key: key, body: body, contentType: contentType)
            if let reply, ![502, 503, 504].contains(reply.status),
               !(reply.status == 409 && (try? reply.json()["code"] as? String) == "request-in-progress") {
                return reply
            }
            if Date() > deadline, let reply { return reply }
            try await Task.sleep(for: .milliseconds(250))
        }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `executable` and waits for it, its output in a file: the servers the script starts
    /// live on after it with what it inherited, so neither a pipe nor Foundation's `Process`
    /// (which waits for descriptors of its own to close) would see it end.
    private static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("attest-cluster-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { throw ServiceFailed(message: "cannot run \(executable)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return ((status >> 8) & 0xFF, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}

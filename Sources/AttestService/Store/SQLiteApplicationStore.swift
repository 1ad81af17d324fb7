import AttestCore
import FoundationEssentials
import GRDB
import RegistrationWorkflow

/// Applications in the service's database: each record one row, its status and certificate number
/// in columns of their own for the queue and the public check. Every change is one write
/// transaction (SQLite has one writer at a time), so two changes of one application never lose
/// each other, and a state change and its history event are stored together or not at all.
public struct SQLiteApplicationStore: ApplicationStore {
    let pool: DatabasePool

    init(_ pool: DatabasePool) {
        self.pool = pool
    }

    public func insert(_ record: ApplicationRecord) async throws {
        let row = try Self.encode(record)
        let pending = PendingAnswer.current
        try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM applications WHERE id = ?", arguments: [record.id]) == nil else {
                throw WorkflowError.duplicateApplication(record.id)
            }
            try db.execute(sql: "INSERT INTO applications (id, status, certificate_number, record) VALUES (?, ?, ?, ?)",
                           arguments: [record.id, record.status.rawValue, record.certificate?.number, row])
            try Self.keep(pending, reporting: record, in: db)
        }
    }

    public func update<T: Sendable>(_ id: String, _ change: @escaping @Sendable (inout ApplicationRecord) throws -> T) async throws -> T {
        let pending = PendingAnswer.current
        return try await pool.write { db in try Self.change(id, in: db, pending, change) }
    }

    public func update<T: Sendable>(_ id: String, numbering series: String,
                                    _ change: @escaping @Sendable (inout ApplicationRecord, String) throws -> T) async throws -> T {
        let pending = PendingAnswer.current
        return try await pool.write { db in
            let serial = (try Int.fetchOne(db, sql: "SELECT last FROM certificate_series WHERE series = ?", arguments: [series]) ?? 0) + 1
            let result = try Self.change(id, in: db, pending) { try change(&$0, CertificateNumber.make(series: series, serial: serial)) }
            try db.execute(sql: """
                INSERT INTO certificate_series (series, last) VALUES (?, ?)
                ON CONFLICT (series) DO UPDATE SET last = excluded.last
                """, arguments: [series, serial])
            return result
        }
    }

    public func record(_ id: String) async throws -> ApplicationRecord? {
        try await pool.read { db in
            try Data.fetchOne(db, sql: "SELECT record FROM applications WHERE id = ?", arguments: [id]).map(Self.decode)
        }
    }

    public func record(certificate number: String) async throws -> ApplicationRecord? {
        try await pool.read { db in
            try Data.fetchOne(db, sql: "SELECT record FROM applications WHERE certificate_number = ?", arguments: [number]).map(Self.decode)
        }
    }

    public func page(status: ApplicationStatus?, limit: Int, after cursor: String?) async throws -> ApplicationPage {
        let after = cursor.flatMap { Int64($0) } ?? 0
        return try await pool.read { db in
            let rows: [Row]
            if let status {
                rows = try Row.fetchAll(db, sql: "SELECT seq, record FROM applications WHERE status = ? AND seq > ? ORDER BY seq LIMIT ?",
                                        arguments: [status.rawValue, after, limit + 1])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT seq, record FROM applications WHERE seq > ? ORDER BY seq LIMIT ?",
                                        arguments: [after, limit + 1])
            }
            let kept = rows.prefix(limit)
            let records = try kept.map { try Self.decode($0["record"]) }
            let next: String? = rows.count > limit ? String(kept.last?["seq"] as Int64? ?? 0) : nil
            return ApplicationPage(records: records, next: next)
        }
    }

    /// Whether `cursor` is one `page` can have given.
    public static func isCursor(_ cursor: String) -> Bool {
        !cursor.isEmpty && cursor.count <= 19 && cursor.allSatisfy(\.isASCII) && cursor.allSatisfy(\.isNumber) && Int64(cursor) != nil
    }

    private static func change<T>(_ id: String, in db: Database, _ pending: PendingAnswer?,
                                  _ change: (inout ApplicationRecord) throws -> T) throws -> T {
        guard let stored = try Data.fetchOne(db, sql: "SELECT record FROM applications WHERE id = ?", arguments: [id]) else {
            throw WorkflowError.unknownApplication(id)
        }
        var record = try decode(stored)
        let result = try change(&record)
        try db.execute(sql: "UPDATE applications SET status = ?, certificate_number = ?, record = ? WHERE id = ?",
                       arguments: [record.status.rawValue, record.certificate?.number, try encode(record), id])
        try keep(pending, reporting: record, in: db)
        return result
    }

    /// The answer of the request that makes this change, kept with it (`PendingAnswer`).
    private static func keep(_ pending: PendingAnswer?, reporting record: ApplicationRecord, in db: Database) throws {
        guard let pending else { return }
        try db.execute(sql: "UPDATE idempotency SET answer = ? WHERE token = ? AND key = ?",
                       arguments: [try pending.encoded(record), pending.key.token, pending.key.key])
    }

    private static func encode(_ record: ApplicationRecord) throws -> Data {
        try JSONEncoder().encode(record)
    }

    private static func decode(_ data: Data) throws -> ApplicationRecord {
        try JSONDecoder().decode(ApplicationRecord.self, from: data)
    }
}

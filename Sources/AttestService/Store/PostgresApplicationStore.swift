import AttestCore
import FoundationEssentials
import NIOCore
import PostgresNIO
import RegistrationWorkflow

/// Applications in PostgreSQL, in the same rows as `SQLiteApplicationStore`'s. Several instances
/// change them at once, so every change locks its row (`SELECT … FOR UPDATE`) for its
/// transaction: a second clerk's change of the same application waits for the first and then
/// applies to what the first stored, never to an older copy. Issuing also locks its series' row,
/// whose counter it raises in the same transaction: numbers are unique, and gapless because a
/// change that fails rolls its number back with it.
struct PostgresApplicationStore: ApplicationStore {
    let client: PostgresClient
    let timeout: Duration

    func insert(_ record: ApplicationRecord) async throws {
        let row = try JSONEncoder().encode(record)
        let pending = PendingAnswer.current
        try await transaction { connection in
            // One insert at a time, so that `seq` grows in the order inserts commit and a page of
            // the queue already read never gains a row (a bigserial alone is taken in the order
            // transactions start).
            try await connection.query("SELECT pg_advisory_xact_lock(7406002)", logger: PostgresStore.logger)
            let inserted = try await connection.query("""
                INSERT INTO applications (id, status, certificate_number, record)
                VALUES (\(record.id), \(record.status.rawValue), \(record.certificate?.number), \(row))
                ON CONFLICT (id) DO NOTHING RETURNING 1
                """, logger: PostgresStore.logger).decode(Int32.self).firstElement()
            guard inserted != nil else { throw WorkflowError.duplicateApplication(record.id) }
            try await Self.keep(pending, reporting: record, on: connection)
        }
    }

    func update<T: Sendable>(_ id: String, _ change: @escaping @Sendable (inout ApplicationRecord) throws -> T) async throws -> T {
        let pending = PendingAnswer.current
        return try await transaction { connection in try await Self.change(id, on: connection, pending, change) }
    }

    func update<T: Sendable>(_ id: String, numbering series: String,
                             _ change: @escaping @Sendable (inout ApplicationRecord, String) throws -> T) async throws -> T {
        let pending = PendingAnswer.current
        return try await transaction { connection in
                // The application first, then the series: every issuing transaction locks in that
                // order, so two never wait for each other.
                try await connection.query("SELECT 1 FROM applications WHERE id = \(id) FOR UPDATE", logger: PostgresStore.logger)
                let serial = try await connection.query("""
                    INSERT INTO certificate_series (series, last) VALUES (\(series), 1)
                    ON CONFLICT (series) DO UPDATE SET last = certificate_series.last + 1 RETURNING last
                    """, logger: PostgresStore.logger).decode(Int64.self).firstElement() ?? 1
                return try await Self.change(id, on: connection, pending) { try change(&$0, CertificateNumber.make(series: series, serial: Int(serial))) }
            }
    }

    func record(_ id: String) async throws -> ApplicationRecord? {
        try await bounded { client in
            try await client.query("SELECT record FROM applications WHERE id = \(id)").decode(ByteBuffer.self).firstElement()
                .map(Self.decode)
        }
    }

    func record(certificate number: String) async throws -> ApplicationRecord? {
        try await bounded { client in
            try await client.query("SELECT record FROM applications WHERE certificate_number = \(number)").decode(ByteBuffer.self)
                .firstElement().map(Self.decode)
        }
    }

    func page(status: ApplicationStatus?, limit: Int, after cursor: String?) async throws -> ApplicationPage {
        let after = cursor.flatMap { Int64($0) } ?? 0
        let rows = try await bounded { client in
            let query: PostgresQuery = if let status {
                "SELECT seq, record FROM applications WHERE status = \(status.rawValue) AND seq > \(after) ORDER BY seq LIMIT \(limit + 1)"
            } else {
                "SELECT seq, record FROM applications WHERE seq > \(after) ORDER BY seq LIMIT \(limit + 1)"
            }
            var rows: [(Int64, ApplicationRecord)] = []
            for try await (seq, record) in try await client.query(query).decode((Int64, ByteBuffer).self) {
                rows.append((seq, try Self.decode(record)))
            }
            return rows
        }
        let kept = rows.prefix(limit)
        return ApplicationPage(records: kept.map(\.1), next: rows.count > limit ? kept.last.map { String($0.0) } : nil)
    }

    private static func change<T>(_ id: String, on connection: PostgresConnection, _ pending: PendingAnswer?,
                                  _ change: (inout ApplicationRecord) throws -> T) async throws -> T {
        guard let stored = try await connection.query("SELECT record FROM applications WHERE id = \(id) FOR UPDATE",
                                                      logger: PostgresStore.logger).decode(ByteBuffer.self).firstElement() else {
            throw WorkflowError.unknownApplication(id)
        }
        var record = try decode(stored)
        let result = try change(&record)
        try await connection.query("""
            UPDATE applications SET status = \(record.status.rawValue), certificate_number = \(record.certificate?.number),
                record = \(try JSONEncoder().encode(record)) WHERE id = \(id)
            """, logger: PostgresStore.logger)
        try await keep(pending, reporting: record, on: connection)
        return result
    }

    /// The answer of the request that makes this change, kept with it (`PendingAnswer`).
    private static func keep(_ pending: PendingAnswer?, reporting record: ApplicationRecord, on connection: PostgresConnection) async throws {
        guard let pending else { return }
        try await connection.query("""
            UPDATE idempotency SET answer = \(try pending.encoded(record)) WHERE token = \(pending.key.token) AND key = \(pending.key.key)
            """, logger: PostgresStore.logger)
    }

    private static func decode(_ bytes: ByteBuffer) throws -> ApplicationRecord {
        try JSONDecoder().decode(ApplicationRecord.self, from: Data(bytes.readableBytesView))
    }

    private func bounded<T: Sendable>(_ body: @escaping @Sendable (PostgresClient) async throws -> T) async throws -> T {
        try await PostgresStore.bounded(client: client, timeout: timeout, body)
    }

    private func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await PostgresStore.transaction(client: client, timeout: timeout, body)
    }
}

import AttestCore
import CertificatePDF
import Signing
import FoundationEssentials

/// An application as the office keeps it; Codable, for a store to keep it as it is.
public struct ApplicationRecord: Sendable, Hashable, Codable {
    /// The application's id (see `ApplicationID`); its history is bound to it.
    public let id: String
    public var application: Application
    public var status: ApplicationStatus
    /// The last review's problems (empty once approved).
    public var problems: [Problem]
    public var history: History
    /// The certificate's number and period once issued.
    public var certificate: CertificateData?
    /// Every review, first to last: what the applicant was asked to fix survives a resubmission.
    public var reviews: [Review] = []
    /// The SHA-256 (hex) of each document the application names, by that name, when whoever
    /// received them keeps documents by content (see `ReceivedDocuments.digests`).
    public var documentDigests: [String: String] = [:]
}

/// One review of an application: the day, the verdict, and every problem found.
public struct Review: Sendable, Hashable, Codable, JSONRepresentable {
    public let on: CivilDate
    public let status: ApplicationStatus
    public let problems: [Problem]

    /// `{"on", "status", "problems"}`.
    public func json(in language: Language) -> JSONValue {
        .members(["on": .string(on.iso), "status": .string(status.rawValue), "problems": .array(problems, in: language)])
    }
}

/// Records oldest first, and where the next page starts.
public struct ApplicationPage: Sendable {
    public var records: [ApplicationRecord]
    /// The cursor of the page after this one, or nil when this is the last.
    public var next: String?

    public init(records: [ApplicationRecord], next: String?) {
        (self.records, self.next) = (records, next)
    }
}

/// Where applications are kept. Every change goes through `update`, atomically: two changes of one
/// record never lose each other. A store that keeps records elsewhere (a database) throws its own
/// errors when it cannot be reached.
public protocol ApplicationStore: Sendable {
    /// Stores a new record; throws `WorkflowError.duplicateApplication` when its id is taken.
    func insert(_ record: ApplicationRecord) async throws
    /// Runs `change` on the record with `id` and keeps the result, or keeps nothing when it throws;
    /// throws `WorkflowError.unknownApplication` when there is no such record.
    func update<T: Sendable>(_ id: String, _ change: @escaping @Sendable (inout ApplicationRecord) throws -> T) async throws -> T
    /// As `update`, with the next number of `series` (`77-2026` gives `77-2026-000001`, then
    /// `77-2026-000002`): the number is taken only when the change is kept, so a series has no gaps.
    func update<T: Sendable>(_ id: String, numbering series: String,
                             _ change: @escaping @Sendable (inout ApplicationRecord, String) throws -> T) async throws -> T
    func record(_ id: String) async throws -> ApplicationRecord?
    /// The record whose certificate has `number`.
    func record(certificate number: String) async throws -> ApplicationRecord?
    /// Up to `limit` records with `status` (any when nil), oldest first, after the page `cursor`
    /// ends (from the start when nil). Records inserted meanwhile come after every page already
    /// read.
    func page(status: ApplicationStatus?, limit: Int, after cursor: String?) async throws -> ApplicationPage
}

/// A certificate number: the series (region and year) and a serial of six digits.
public enum CertificateNumber {
    /// `series`-`serial`, the serial written with six digits.
    public static func make(series: String, serial: Int) -> String {
        let digits = String(serial)
        return series + "-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}

/// The store in memory: an actor, so concurrent updates of one record never lose each other.
public actor InMemoryApplicationStore: ApplicationStore {
    private var records: [String: ApplicationRecord] = [:]
    /// Ids in the order they were inserted.
    private var order: [String] = []
    /// The last serial taken in each series.
    private var serials: [String: Int] = [:]

    public init() {}

    public func insert(_ record: ApplicationRecord) throws {
        guard records[record.id] == nil else {
            throw WorkflowError.duplicateApplication(record.id)
        }
        records[record.id] = record
        order.append(record.id)
    }

    public func update<T: Sendable>(_ id: String, _ change: @escaping @Sendable (inout ApplicationRecord) throws -> T) throws -> T {
        guard var record = records[id] else {
            throw WorkflowError.unknownApplication(id)
        }
        let result = try change(&record)  // on a throw the stored record stays as it was
        records[id] = record
        return result
    }

    public func update<T: Sendable>(_ id: String, numbering series: String,
                                    _ change: @escaping @Sendable (inout ApplicationRecord, String) throws -> T) throws -> T {
        let serial = (serials[series] ?? 0) + 1
        let result = try update(id) { try change(&$0, CertificateNumber.make(series: series, serial: serial)) }
        serials[series] = serial
        return result
    }

    public func record(_ id: String) -> ApplicationRecord? { records[id] }

    public func record(certificate number: String) -> ApplicationRecord? {
        records.values.first { $0.certificate?.number == number }
    }

    public func page(status: ApplicationStatus?, limit: Int, after cursor: String?) -> ApplicationPage {
        let start = cursor.flatMap(Int.init).map { $0 + 1 } ?? 0
        var found: [ApplicationRecord] = []
        var index = start
        while index < order.count, found.count < limit {
            if let record = records[order[index]], status == nil || record.status == status { found.append(record) }
            index += 1
        }
        let more = order[min(index, order.count)...].contains { status == nil || records[$0]?.status == status }
        return ApplicationPage(records: found, next: more ? String(index - 1) : nil)
    }

    /// Every record, oldest first.
    public var all: [ApplicationRecord] { order.compactMap { records[$0] } }
}

/// The back office: it takes applications, reviews them, issues certificates, and records every
/// transition in each application's history.
public struct RegistrationOffice: Sendable {
    public let store: any ApplicationStore

    public init(store: any ApplicationStore = InMemoryApplicationStore()) {
        self.store = store
    }

    /// Takes an application, whose scans and consents are `documents`, and reviews it at once: it
    /// is approved, needs clarification (with every problem), or is rejected for wrong passport
    /// data. It is kept under `id` (a new random one when nil), which its history is bound to.
    public func submit(_ application: Application, documents: ReceivedDocuments, id: String? = nil, context: ReviewContext,
                       actor: String, at time: Date = Date()) async throws -> ApplicationRecord {
        let id = id ?? ApplicationID.random()
        guard ApplicationID.isValid(id) else {
            throw WorkflowError.invalidApplicationID
        }
        let problems = try ApplicationReview.problems(of: application, documents: documents, context: context)
        var record = ApplicationRecord(id: id, application: application, status: .submitted, problems: [], history: History(application: id))
        record.documentDigests = documents.digests
        try Self.apply(.submit, to: &record, actor: actor, at: time, details: ["submittedOn": context.submittedOn.iso])
        try Self.conclude(&record, problems: problems, on: context.submittedOn, at: time)
        try await store.insert(record)
        return record
    }

    /// Takes a corrected application, whose scans and consents are `documents`, after a request for
    /// clarification, and reviews it again.
    public func resubmit(_ id: String, _ application: Application, documents: ReceivedDocuments, context: ReviewContext,
                         actor: String, at time: Date = Date()) async throws -> ApplicationRecord {
        let problems = try ApplicationReview.problems(of: application, documents: documents, context: context)
        return try await store.update(id) { record in
            try Self.apply(.resubmit, to: &record, actor: actor, at: time, details: ["submittedOn": context.submittedOn.iso])
            record.application = application
            record.documentDigests = documents.digests
            try Self.conclude(&record, problems: problems, on: context.submittedOn, at: time)
            return record
        }
    }

    /// Issues the certificate of an approved application, numbered `number`: the record it
    /// returns holds the certificate's data.
    public func issue(_ id: String, number: String, issuedAt: CivilDate, issuer: String, actor: String,
                      at time: Date = Date()) async throws -> ApplicationRecord {
        try await store.update(id) { record in
            try Self.issue(&record, number: number, issuedAt: issuedAt, issuer: issuer, actor: actor, at: time)
            return record
        }
    }

    /// Issues the certificate of an approved application under the next number of the store's
    /// series for `region` and the year of `issuedAt` (`77-2026-000001` is the first of 2026).
    public func issue(_ id: String, region: String, issuedAt: CivilDate, issuer: String, actor: String,
                      at time: Date = Date()) async throws -> ApplicationRecord {
        try await store.update(id, numbering: "\(region)-\(issuedAt.year)") { record, number in
            try Self.issue(&record, number: number, issuedAt: issuedAt, issuer: issuer, actor: actor, at: time)
            return record
        }
    }

    private static func issue(_ record: inout ApplicationRecord, number: String, issuedAt: CivilDate, issuer: String, actor: String,
                              at time: Date) throws {
        // The move first: an application that may not be issued is refused as such, whatever its data.
        try apply(.issue, to: &record, actor: actor, at: time, details: ["number": number, "issuedAt": issuedAt.iso])
        let application = record.application
        record.certificate = try CertificateData.make(
            number: number, holderFullName: application.applicant.fullName, holderBirthDate: application.applicant.birthDate,
            holderDocument: documentLine(application.applicant), address: "\(application.postalCode), \(application.address)",
            validFrom: application.from, validUntil: application.until, issuedAt: issuedAt, issuer: issuer)
    }

    /// Extends an issued registration to `until`, which must be later than its end, and reissues its certificate: the same number,
    /// the new end of the stay. The extension's event records both, as one change of the record.
    public func extend(_ id: String, until: CivilDate, actor: String, at time: Date = Date()) async throws -> ApplicationRecord {
        try await store.update(id) { record in
            try Self.apply(.extend, to: &record, actor: actor, at: time, details: ["until": until.iso])
            guard until > record.application.until else {
                throw WorkflowError.extensionNotLater(until, current: record.application.until)
            }
            record.application.until = until
            record.certificate = try record.certificate?.extended(until: until)
            return record
        }
    }

    /// Annuls an issued registration on the owner's initiative.
    public func annul(_ id: String, actor: String, at time: Date = Date()) async throws -> ApplicationRecord {
        try await store.update(id) { record in
            try Self.apply(.annul, to: &record, actor: actor, at: time, details: [:])
            return record
        }
    }

    /// Marks a registration expired once its period has ended.
    public func expire(_ id: String, on date: CivilDate, actor: String, at time: Date = Date()) async throws -> ApplicationRecord {
        try await store.update(id) { record in
            guard record.application.until < date else {
                throw WorkflowError.illegalTransition(.expire, from: record.status, reason: .filled(
                    .registrationRunsUntil, with: ["date": .text(record.application.until.display)]))
            }
            try Self.apply(.expire, to: &record, actor: actor, at: time, details: ["on": date.iso])
            return record
        }
    }

    /// The review's verdict, recorded as the office's own action.
    private static func conclude(_ record: inout ApplicationRecord, problems: [Problem], on date: CivilDate, at time: Date) throws {
        record.problems = problems
        let codes = problems.filter { $0.severity == .error }.map(\.code)
        let action: WorkflowAction = codes.isEmpty ? .approve : (codes.contains(where: ApplicationReview.rejecting.contains) ? .reject : .clarify)
        try apply(action, to: &record, actor: "office", at: time, details: [:], problems: codes)
        record.reviews.append(Review(on: date, status: record.status, problems: problems))
    }

    /// Moves the record along `action`, recording it, or throws `illegal-transition` and changes nothing.
    static func apply(_ action: WorkflowAction, to record: inout ApplicationRecord, actor: String, at time: Date,
                      details: [String: String], problems: [ProblemCode] = []) throws {
        let current: ApplicationStatus? = record.history.events.isEmpty ? nil : record.status
        guard let next = action.next(from: current) else {
            throw WorkflowError.illegalTransition(action, from: current)
        }
        record.history.record(action, from: current, to: next, actor: actor, at: time, details: details, problems: problems)
        record.status = next
    }

    /// The identity document as the certificate prints it: a passport, or a child's birth certificate.
    private static func documentLine(_ person: Person) -> String {
        if let passport = person.passport {
            return person.isCitizen ? "Паспорт гражданина РФ \(passport.series) \(passport.number)"
                : "Паспорт иностранного гражданина \(passport.series) \(passport.number)"
        }
        return "Свидетельство о рождении \(person.birthCertificate ?? "")"
    }
}

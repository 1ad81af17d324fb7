import AttestCore
import CertificatePDF
import Signing
import FoundationEssentials

/// An application as the office keeps it.
public struct ApplicationRecord: Sendable, Hashable {
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
}

/// One review of an application: the day, the verdict, and every problem found.
public struct Review: Sendable, Hashable, JSONRepresentable {
    public let on: CivilDate
    public let status: ApplicationStatus
    public let problems: [Problem]

    /// `{"on", "status", "problems"}`.
    public func json(in language: Language) -> JSONValue {
        .members(["on": .string(on.iso), "status": .string(status.rawValue), "problems": .array(problems, in: language)])
    }
}

/// Where applications are kept. Every change goes through `update`, atomically.
public protocol ApplicationStore: Sendable {
    /// Stores a new record; throws `WorkflowError.duplicateApplication` when its id is taken.
    func insert(_ record: ApplicationRecord) async throws
    /// Runs `change` on the record with `id` and keeps the result, or keeps nothing when it throws;
    /// throws `WorkflowError.unknownApplication` when there is no such record.
    func update<T: Sendable>(_ id: String, _ change: @Sendable (inout ApplicationRecord) throws -> T) async throws -> T
    func record(_ id: String) async -> ApplicationRecord?
}

/// The store in memory: an actor, so concurrent updates of one record never lose each other.
public actor InMemoryApplicationStore: ApplicationStore {
    private var records: [String: ApplicationRecord] = [:]
    /// Ids in the order they were inserted.
    private var order: [String] = []

    public init() {}

    public func insert(_ record: ApplicationRecord) throws {
        guard records[record.id] == nil else {
            throw WorkflowError.duplicateApplication(record.id)
        }
        records[record.id] = record
        order.append(record.id)
    }

    public func update<T: Sendable>(_ id: String, _ change: @Sendable (inout ApplicationRecord) throws -> T) throws -> T {
        guard var record = records[id] else {
            throw WorkflowError.unknownApplication(id)
        }
        let result = try change(&record)  // on a throw the stored record stays as it was
        records[id] = record
        return result
    }

    public func record(_ id: String) -> ApplicationRecord? { records[id] }

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
            try Self.conclude(&record, problems: problems, on: context.submittedOn, at: time)
            return record
        }
    }

    /// Issues the certificate of an approved application, numbered `number`: the record it
    /// returns holds the certificate's data.
    public func issue(_ id: String, number: String, issuedAt: CivilDate, issuer: String, actor: String,
                      at time: Date = Date()) async throws -> ApplicationRecord {
        try await store.update(id) { record in
            let application = record.application
            let data = try CertificateData.make(
                number: number, holderFullName: application.applicant.fullName, holderBirthDate: application.applicant.birthDate,
                holderDocument: Self.documentLine(application.applicant), address: "\(application.postalCode), \(application.address)",
                validFrom: application.from, validUntil: application.until, issuedAt: issuedAt, issuer: issuer)
            try Self.apply(.issue, to: &record, actor: actor, at: time, details: ["number": number, "issuedAt": issuedAt.iso])
            record.certificate = data
            return record
        }
    }

    /// Extends an issued registration to `until` and reissues its certificate: the same number,
    /// the new end of the stay. The extension's event records both, as one change of the record.
    public func extend(_ id: String, until: CivilDate, actor: String, at time: Date = Date()) async throws -> ApplicationRecord {
        try await store.update(id) { record in
            try Self.apply(.extend, to: &record, actor: actor, at: time, details: ["until": until.iso])
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

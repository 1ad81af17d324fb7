import AttestCore
import FoundationEssentials
import RegistrationWorkflow
import ScanInspection

/// The applications: submitted by the portal, worked on by clerks, checked by anyone by their
/// certificate number.
struct ApplicationRoutes: Sendable {
    let office: BackOffice

    /// The most an application's parts may be in all.
    static let bodyLimit = 32 << 20
    /// The part that holds the application's JSON.
    static let applicationPart = "application"

    // MARK: The portal

    @Sendable func submit(_ call: Call) async throws -> Answer {
        let parts = try parts(of: call)
        guard let json = parts[Self.applicationPart] else {
            throw ServiceError(.malformedRequest, .httpPartMissing, ["part": .text(Self.applicationPart)])
        }
        let application = try decodeApplication(json.bytes)
        let bytes = try await documents(of: application, sent: parts, stored: [:])
        let language = call.language
        return try await answering(call, { .json($0.apiJSON(in: language), status: 201, headers: [("Location", "/v1/applications/\($0.id)")]) }) {
            try await office.submit(application, bytes: bytes, actor: actor(call))
        }
    }

    @Sendable func resubmit(_ call: Call) async throws -> Answer {
        let parts = try parts(of: call)
        let corrected = try parts[Self.applicationPart].map { try decodeApplication($0.bytes) }
        let record = try await record(call)
        // Refused before any upload is stored; the office checks again in its transaction.
        guard WorkflowAction.resubmit.next(from: record.status) != nil else {
            throw WorkflowError.illegalTransition(.resubmit, from: record.status)
        }
        let application = corrected ?? record.application
        let bytes = try await documents(of: application, sent: parts, stored: record.documentDigests)
        return try await answering(call) { try await office.resubmit(record.id, application, bytes: bytes, actor: actor(call)) }
    }

    @Sendable func show(_ call: Call) async throws -> Answer {
        .json(try await record(call).apiJSON(in: call.language))
    }

    @Sendable func certificatePDF(_ call: Call) async throws -> Answer {
        let record = try await record(call)
        let pdf = try await office.certificatePDF(of: record)
        return Answer(status: 200, contentType: "application/pdf", body: pdf,
                      headers: [("Content-Disposition", "attachment; filename=\"certificate-\(record.certificate?.number ?? record.id).pdf\"")])
    }

    // MARK: The clerk

    @Sendable func list(_ call: Call) async throws -> Answer {
        var status: ApplicationStatus?
        if let given = call.query["status"] {
            guard let known = ApplicationStatus(rawValue: given) else {
                throw invalidQuery("status", ApplicationStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            status = known
        }
        var limit = 50
        if let given = call.query["limit"] {
            guard let number = Int(given), (1...500).contains(number), given.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                throw invalidQuery("limit", "1…500")
            }
            limit = number
        }
        let cursor = call.query["after"]
        if let cursor, !SQLiteApplicationStore.isCursor(cursor) { throw invalidQuery("after", "`next`") }
        let page = try await office.office.store.page(status: status, limit: limit, after: cursor)
        return .json(.members([
            "applications": .array(page.records.map { $0.apiJSON(in: call.language) }),
            "next": page.next.map(JSONValue.string) ?? .null,
        ]))
    }

    @Sendable func issue(_ call: Call) async throws -> Answer {
        let language = call.language
        return try await answering(call, {
            .json($0.apiJSON(in: language), status: 201, headers: [("Location", "/v1/applications/\($0.id)/certificate.pdf")])
        }) {
            try await office.issue(call.parameter("id"), actor: actor(call))
        }
    }

    /// `{"until": "YYYY-MM-DD"}`.
    private struct Extension: Decodable {
        let until: CivilDate
    }

    @Sendable func extend(_ call: Call) async throws -> Answer {
        let request = try JSONInput.decode(Extension.self, from: call.body.readableBytesView)
        return try await answering(call) {
            let record = try await office.office.extend(call.parameter("id"), until: request.until, actor: actor(call))
            if office.settings.issuer != nil { _ = try await office.certificatePDF(of: record) }
            return record
        }
    }

    @Sendable func annul(_ call: Call) async throws -> Answer {
        try await answering(call) { try await office.office.annul(call.parameter("id"), actor: actor(call)) }
    }

    @Sendable func expire(_ call: Call) async throws -> Answer {
        let today = office.settings.clock().today
        return try await answering(call) { try await office.office.expire(call.parameter("id"), on: today, actor: actor(call)) }
    }

    /// The sealed history, as `attest audit verify` reads it.
    @Sendable func history(_ call: Call) async throws -> Answer {
        guard let issuer = office.settings.issuer else { throw ServiceError.issuerUnavailable }
        let record = try await record(call)
        let seal = try record.history.seal(with: issuer.key, certificate: issuer.certificate)
        return Answer(status: 200, contentType: "application/jsonl", body: record.history.jsonLines(seal: seal))
    }

    // MARK: Anyone

    /// `{number, status, from, until}` as of today: what an inspector needs, nothing more.
    @Sendable func certificateStatus(_ call: Call) async throws -> Answer {
        let number = call.parameter("number")
        let groups = number.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard groups.map(\.count) == [2, 4, 6], groups.allSatisfy({ $0.allSatisfy { (0x30...0x39).contains($0) } }),
              let record = try await office.office.store.record(certificate: number), let certificate = record.certificate,
              let status = record.registrationStatus(on: office.settings.clock().today) else {
            throw ServiceError(.notFound, .httpNoSuchCertificate)
        }
        return .json(.members([
            "number": .string(number), "status": .string(status),
            "from": .string(certificate.validFrom.iso), "until": .string(certificate.validUntil.iso),
        ]))
    }

    // MARK: Parts and documents

    /// The request's parts by name, each within the most any part may be.
    private func parts(of call: Call) throws(ServiceError) -> [String: Part] {
        let boundary = Multipart.boundary(of: call.headers["content-type"]) ?? ""
        let parts = try Multipart.parts(of: call.body, boundary: boundary) { name in
            name == Self.applicationPart ? InputLimits.document : InputLimits.file
        }
        return Dictionary(uniqueKeysWithValues: parts.map { ($0.name, $0) })
    }

    private func decodeApplication(_ bytes: [UInt8]) throws(InputError) -> Application {
        do {
            return try JSONInput.decode(Application.self, from: bytes)
        } catch {
            throw error.nested(in: Self.applicationPart)
        }
    }

    /// The bytes of every document `application` names: the part sent now, else the one stored
    /// before under that name (`stored`: name to digest). Every part sent must be named, each
    /// within the limit of what it is (413 naming it).
    private func documents(of application: Application, sent parts: [String: Part], stored: [String: String]) async throws -> [String: [UInt8]] {
        var limits: [String: Int] = [:]
        for document in application.documents { limits[document.path] = office.settings.scanPolicy.maxBytes }
        for signed in application.consents + [application.powerOfAttorney].compactMap({ $0 }) {
            limits[signed.document] = InputLimits.document
            limits[signed.signature] = InputLimits.file
        }
        for name in parts.keys.sorted() where name != Self.applicationPart && limits[name] == nil {
            throw ServiceError(.malformedRequest, .httpPartUnnamed, ["part": .text(name)])
        }
        var bytes: [String: [UInt8]] = [:]
        for (name, limit) in limits.sorted(by: { $0.key < $1.key }) {
            if let part = parts[name] {
                guard part.bytes.count <= limit else { throw ServiceError.tooLarge(limit: limit, part: name) }
                bytes[name] = part.bytes
            } else if let digest = stored[name], let kept = try await office.store.document(digest) {
                bytes[name] = kept
            } else {
                throw ServiceError(.malformedRequest, .httpPartMissing, ["part": .text(name)])
            }
        }
        return bytes
    }

    private func record(_ call: Call) async throws -> ApplicationRecord {
        let id = call.parameter("id")
        guard let record = try await office.office.store.record(id) else { throw WorkflowError.unknownApplication(id) }
        return record
    }

    private func invalidQuery(_ name: String, _ expected: String) -> ServiceError {
        ServiceError(.malformedRequest, .httpQueryInvalid, ["name": .text(name), "reason": .filled(.httpQueryExpected, with: ["values": .text(expected)])])
    }

    /// Who the history records as acting: the token's name (never a person's data).
    /// The answer of `change`, made from the record it stores by `answer` (the record as JSON,
    /// 200, unless told otherwise). With an Idempotency-Key, the store keeps that answer in the
    /// change's own transaction (`PendingAnswer`).
    private func answering(_ call: Call, _ answer: (@Sendable (ApplicationRecord) -> Answer)? = nil,
                           _ change: () async throws -> ApplicationRecord) async throws -> Answer {
        let language = call.language
        let answer = answer ?? { .json($0.apiJSON(in: language)) }
        guard let key = call.idempotencyKey else { return answer(try await change()) }
        return answer(try await PendingAnswer.$current.withValue(PendingAnswer(key: key, answer: answer)) { try await change() })
    }

    private func actor(_ call: Call) -> String { call.caller?.name ?? "anonymous" }
}

import AttestCore
import CertificatePDF
import ConsentSigning
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A case file: one application's whole story. Paths are relative to the case file.
public struct CaseFile: Sendable, Codable {
    public struct Issuer: Sendable, Codable {
        /// The issuer's private key (PEM), which signs certificates and seals histories.
        public var key: String
        /// The issuer's certificate, optionally followed by its chain.
        public var certificate: String
        /// The registering authority's name, as the certificate prints it.
        public var name: String
    }

    /// One later event of the story.
    public struct Step: Sendable, Codable {
        public var action: WorkflowAction
        /// The date it happens (Moscow).
        public var on: CivilDate
        /// For `resubmit`: what the applicant changed (each present part replaces the old one).
        public var applicant: Person?
        public var documents: [UploadedDocument]?
        public var consents: [SubmittedConsent]?
        public var phone: String?
        public var email: String?
        /// For `extend`: the new end of the stay.
        public var until: CivilDate?
    }

    /// The application's id, which its history is bound to; by default one made from the case
    /// file's SHA-256, so the same case file always runs as the same application.
    public var applicationId: String?
    public var submittedOn: CivilDate
    public var application: Application
    public var trustedConsentCAs: [String]
    public var issuer: Issuer
    /// The number the certificate gets once approved.
    public var certificateNumber: String
    public var steps: [Step]?
}

/// How a case ended.
public struct CaseOutcome: Sendable, JSONRepresentable {
    public let status: ApplicationStatus
    /// The last review's problems, then the step that could not be taken, if one could not.
    public let problems: [Problem]
    /// Every review, first to last.
    public let reviews: [Review]
    public let certificateNumber: String?
    /// The certificate PDF written, relative to the output folder, when one was issued.
    public let certificatePath: String?
    /// One plain line per event, for people.
    public let story: [String]
    /// Whether the case stopped at a step the workflow does not allow (what came before it stands).
    public let stoppedAtIllegalStep: Bool

    /// Whether a certificate was issued at some point.
    public var issued: Bool { certificateNumber != nil }

    /// `{"status", "certificateNumber", "certificate", "problems", "reviews"}`.
    public func json(in language: Language) -> JSONValue {
        .members([
            "status": .string(status.rawValue), "certificateNumber": .string(certificateNumber),
            "certificate": .string(certificatePath), "problems": .array(problems, in: language),
            "reviews": .array(reviews, in: language),
        ])
    }
}

/// Why a case file cannot be run at all: the file, and the field at fault.
public struct CaseFileError: Error, CustomStringConvertible, Explained {
    public let path: String
    public let fault: JSONInputError

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String { "\(path): " + fault.message(in: language) }
}

/// Runs a case file through the office in memory and writes what it produced.
public enum CaseRunner {
    /// Runs the case at `path` and writes into `output`: `decision.json`, `events.jsonl` (the
    /// sealed history) and `certificate.pdf` when one was issued, with `permissions` (0600: they
    /// hold personal data). With `today`, a registration whose period ended before it is marked
    /// expired on that date.
    /// Without `replacing`, it refuses (`FileWriteError.exists`) before doing anything when one of
    /// those files is already there; with it, a certificate of an earlier run is removed when this
    /// run issues none. The three are written together, all or none, and none may be a file the
    /// case reads (`FileWriteError.isAnInput`).
    public static func run(caseAt path: String, output: URL, today: CivilDate? = nil, replacing: Bool = false,
                           permissions: mode_t = 0o600, language: Language = .en) async throws -> CaseOutcome {
        let outputs = (decision: output.appendingPathComponent("decision.json").path,
                       events: output.appendingPathComponent("events.jsonl").path,
                       certificate: output.appendingPathComponent("certificate.pdf").path)
        if !replacing { try AtomicFile.refuseExisting([outputs.decision, outputs.events, outputs.certificate]) }
        let caseURL = URL(fileURLWithPath: path)
        let base = caseURL.deletingLastPathComponent()
        let bytes = try InputFile.read(path, limit: InputLimits.document)
        let file: CaseFile
        do {
            file = try JSONInput.decode(CaseFile.self, from: bytes)
        } catch {
            throw CaseFileError(path: path, fault: error)
        }
        let caseDigest = try ContentDigest.digest(bytes: bytes)
        let applicationID = file.applicationId ?? "case-" + ContentDigest.hex(Array(caseDigest.prefix(8)))
        guard ApplicationID.isValid(applicationID) else {
            throw CaseFileError(path: path, fault: JSONInputError(
                path: "applicationId", reason: "is not 1 to 64 letters, digits, dots, underscores and hyphens",
                russian: "не от 1 до 64 букв, цифр, точек, подчёркиваний и дефисов"))
        }
        for (index, step) in (file.steps ?? []).enumerated() where ![.resubmit, .extend, .annul, .expire].contains(step.action) {
            throw CaseFileError(path: path, fault: JSONInputError(
                path: "steps[\(index)].action", reason: "is not resubmit, extend, annul or expire, which a step is",
                russian: "не resubmit, extend, annul или expire, которыми бывает шаг"))
        }
        for (index, step) in (file.steps ?? []).enumerated() where step.action == .extend && step.until == nil {
            throw CaseFileError(path: path, fault: JSONInputError(
                path: "steps[\(index)].until", reason: "missing (an extend step needs it)", russian: "отсутствует (шагу extend он нужен)"))
        }
        func resolve(_ relative: String) -> String { base.appendingPathComponent(relative).path }
        try AtomicFile.refuseOverlaps(outputs: [outputs.decision, outputs.events, outputs.certificate],
                                      inputs: inputs(of: file, at: path, resolve: resolve))
        let anchors = try file.trustedConsentCAs.flatMap { try Certificate.read(contentsOf: resolve($0)) }
        let key = try SigningKey(contentsOf: resolve(file.issuer.key))
        let chain = try Certificate.read(contentsOf: resolve(file.issuer.certificate))
        let issuer = try CertificateIssuer(key: key, certificate: chain[0], chain: Array(chain.dropFirst()))
        let renderer = try CertificateRenderer(issuer: issuer)

        let office = RegistrationOffice()
        let documents = DocumentFolder(base)
        func context(on date: CivilDate) -> ReviewContext {
            // Signer certificates are checked as of the submission, not of the run.
            ReviewContext(trustedConsentCAs: anchors, submittedOn: date, submittedAt: instant(date))
        }
        var story: [String] = []
        var record = try await office.submit(file.application, documents: documents.documents(of: file.application), id: applicationID,
                                             context: context(on: file.submittedOn), actor: "applicant", at: instant(file.submittedOn))
        story.append(line(record, on: file.submittedOn, language: language))
        var application = file.application

        func issueIfApproved(on date: CivilDate) async throws {
            guard record.status == .approved else { return }
            record = try await office.issue(record.id, number: file.certificateNumber, issuedAt: date,
                                            issuer: file.issuer.name, actor: "clerk", at: instant(date))
            story.append(line(record, on: date, language: language))
        }
        try await issueIfApproved(on: file.submittedOn)
        // A step the workflow does not allow ends the story there: what happened before it is kept
        // and written, and the step is reported as a problem of the decision.
        var illegal: Problem?
        steps: for (index, step) in (file.steps ?? []).enumerated() {
            let before = record
            do {
                try await take(step)
            } catch let error as WorkflowError where error.code == .illegalTransition {
                let running = step.action == .expire && [.certificateIssued, .extended].contains(before.status)
                let until = before.application.until.display
                illegal = Problem(.illegalTransition, arguments: [
                    "step": .number(index + 1), "action": step.action.words, "date": .text(step.on.display),
                    "status": before.status.words,
                    "reason": running ? .phrase(en: ", and the registration runs until \(until)", ru: ", регистрация действует до \(until)")
                        : .text(""),
                ], field: "steps[\(index)]")
                story.append("\(step.on.display): " + illegal!.message(in: language))
                break steps
            }
        }

        func take(_ step: CaseFile.Step) async throws {
            switch step.action {
            case .resubmit:
                if let applicant = step.applicant { application.applicant = applicant }
                if let documents = step.documents { application.documents = documents }
                if let consents = step.consents { application.consents = consents }
                if let phone = step.phone { application.phone = phone }
                if let email = step.email { application.email = email }
                record = try await office.resubmit(record.id, application, documents: documents.documents(of: application),
                                                   context: context(on: step.on), actor: "applicant", at: instant(step.on))
                story.append(line(record, on: step.on, language: language))
                try await issueIfApproved(on: step.on)
            case .extend:
                guard let until = step.until else { return }  // refused before the case was run
                record = try await office.extend(record.id, until: until, actor: "clerk", at: instant(step.on))
                story.append(line(record, on: step.on, language: language))
            case .annul:
                record = try await office.annul(record.id, actor: "owner", at: instant(step.on))
                story.append(line(record, on: step.on, language: language))
            case .expire:
                record = try await office.expire(record.id, on: step.on, actor: "clerk", at: instant(step.on))
                story.append(line(record, on: step.on, language: language))
            default:
                break  // refused before the case was run
            }
        }

        if illegal == nil, let today, [.certificateIssued, .extended].contains(record.status), record.application.until < today {
            record = try await office.expire(record.id, on: today, actor: "office", at: instant(today))
            story.append(line(record, on: today, language: language))
        }

        // Everything is made before anything is written, and written together: a decision never
        // sits beside another run's certificate or without its history.
        let certificate = record.certificate
        let seal = try record.history.seal(with: key, certificate: chain[0])
        var files = [AtomicFile.Output(outputs.events, record.history.jsonLines(seal: seal), permissions: permissions)]
        if let certificate {
            files.append(AtomicFile.Output(outputs.certificate, try renderer.render(certificate, signingTime: instant(certificate.issuedAt)),
                                           permissions: permissions))
        }
        let outcome = CaseOutcome(status: record.status, problems: record.problems + (illegal.map { [$0] } ?? []),
                                  reviews: record.reviews, certificateNumber: certificate?.number,
                                  certificatePath: certificate == nil ? nil : "certificate.pdf",
                                  story: story, stoppedAtIllegalStep: illegal != nil)
        files.append(AtomicFile.Output(outputs.decision, Array((outcome.json(in: language).serialized(pretty: true) + "\n").utf8),
                                       permissions: permissions))
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try AtomicFile.writeTogether(files, removing: certificate == nil ? [outputs.certificate] : [], replacing: replacing)
        return outcome
    }

    /// Every file a case names: none of them may be an output.
    private static func inputs(of file: CaseFile, at path: String, resolve: (String) -> String) -> [String] {
        let applications = [file.application.documents.map(\.path) + file.application.consents.flatMap { [$0.document, $0.signature] }]
            + (file.steps ?? []).map { ($0.documents ?? []).map(\.path) + ($0.consents ?? []).flatMap { [$0.document, $0.signature] } }
        return [path] + ([file.issuer.key, file.issuer.certificate] + file.trustedConsentCAs + applications.flatMap { $0 }).map(resolve)
    }

    /// 09:00 in Moscow (06:00 UTC) on `date`: when a day's step is recorded.
    static func instant(_ date: CivilDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 6))!
    }

    private static func line(_ record: ApplicationRecord, on date: CivilDate, language: Language) -> String {
        let ru = language == .ru
        let status: String = switch record.status {
        case .submitted: ru ? "подано" : "submitted"
        case .needsClarification: ru ? "требуются уточнения" : "needs clarification"
        case .approved: ru ? "одобрено" : "approved"
        case .certificateIssued: ru ? "выдано свидетельство № \(record.certificate?.number ?? "")" : "certificate № \(record.certificate?.number ?? "") issued"
        case .extended: ru ? "регистрация продлена до \(record.application.until.display)" : "registration extended to \(record.application.until.display)"
        case .annulled: ru ? "регистрация аннулирована по заявлению собственника" : "registration annulled at the owner's request"
        case .expired: ru ? "срок регистрации истёк" : "registration expired"
        case .rejected: ru ? "отказано: нужна новая заявка" : "rejected: a new application is needed"
        }
        var text = "\(date.display): \(status)"
        if record.status == .needsClarification || record.status == .rejected {
            text += ". " + record.problems.map { problem in
                problem.problems.isEmpty ? problem.message(in: language)
                    : problem.message(in: language) + " (" + problem.problems.map { $0.message(in: language) }.joined(separator: " ") + ")"
            }.joined(separator: " ")
        }
        return text
    }
}

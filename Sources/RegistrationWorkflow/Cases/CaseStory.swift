import AttestCore
import Signing
import FoundationEssentials

/// A case's story as the office lives it, in memory: the submission, each later step, and the
/// expiry that the day of the run brings.
struct CaseStory {
    /// One event: its day, and the record as it left it.
    struct Event {
        let on: CivilDate
        let record: ApplicationRecord
    }

    /// Every event, first to last.
    private(set) var events: [Event] = []
    /// The step the workflow did not allow, which ended the story: its day, and the problem it is.
    private(set) var illegalStep: (on: CivilDate, problem: Problem)?

    /// The record as the story left it.
    var record: ApplicationRecord { events[events.count - 1].record }

    /// Takes the case through a new office: the submission on its day, the certificate once the
    /// application is approved, then each step. A step the workflow does not allow ends the story
    /// there, and what happened before it stands. With `today`, a registration whose period ended
    /// before it expires on that day.
    static func tell(_ input: CaseInputs, consentTrustAnchors: [X509Certificate], today: CivilDate?) async throws -> CaseStory {
        let file = input.file
        let office = RegistrationOffice()
        var story = CaseStory()
        func context(on date: CivilDate) -> ReviewContext {
            // Signer certificates are checked as of the submission, not of the run.
            ReviewContext(consentTrustAnchors: consentTrustAnchors, submittedOn: date, submittedAt: instant(date))
        }
        func issueIfApproved(on date: CivilDate) async throws {
            guard story.record.status == .approved else { return }
            story.events.append(Event(on: date, record: try await office.issue(
                story.record.id, number: file.certificateNumber, issuedAt: date, issuer: file.issuer.name, actor: "clerk",
                at: instant(date))))
        }

        story.events.append(Event(on: file.submittedOn, record: try await office.submit(
            file.application, documents: input.documents.documents(of: file.application), id: input.applicationID,
            context: context(on: file.submittedOn), actor: "applicant", at: instant(file.submittedOn))))
        try await issueIfApproved(on: file.submittedOn)

        var application = file.application
        for (index, step) in (file.steps ?? []).enumerated() {
            let before = story.record
            let id = before.id
            let record: ApplicationRecord
            do {
                switch step.action {
                case .resubmit:
                    if let applicant = step.applicant { application.applicant = applicant }
                    if let documents = step.documents { application.documents = documents }
                    if let consents = step.consents { application.consents = consents }
                    if let phone = step.phone { application.phone = phone }
                    if let email = step.email { application.email = email }
                    record = try await office.resubmit(id, application, documents: input.documents.documents(of: application),
                                                       context: context(on: step.on), actor: "applicant", at: instant(step.on))
                case .extend:
                    guard let until = step.until else { continue }  // refused when the case was read
                    record = try await office.extend(id, until: until, actor: "clerk", at: instant(step.on))
                case .annul:
                    record = try await office.annul(id, actor: "owner", at: instant(step.on))
                case .expire:
                    record = try await office.expire(id, on: step.on, actor: "clerk", at: instant(step.on))
                default:
                    continue  // refused when the case was read
                }
            } catch let error as WorkflowError where error.code == .illegalTransition {
                let running = step.action == .expire && [.certificateIssued, .extended].contains(before.status)
                story.illegalStep = (step.on, Problem(.illegalTransition, arguments: [
                    "step": .number(index + 1), "action": step.action.words, "date": .text(step.on.display),
                    "status": before.status.words,
                    "reason": running ? .filled(.registrationRunsUntil, with: ["date": .text(before.application.until.display)]) : .text(""),
                ], field: "steps[\(index)]"))
                return story
            }
            story.events.append(Event(on: step.on, record: record))
            if step.action == .resubmit { try await issueIfApproved(on: step.on) }
        }

        if let today, [.certificateIssued, .extended].contains(story.record.status), story.record.application.until < today {
            story.events.append(Event(on: today, record: try await office.expire(
                story.record.id, on: today, actor: "office", at: instant(today))))
        }
        return story
    }

    /// 09:00 in Moscow (06:00 UTC) on `date`: when a day's step is recorded.
    static func instant(_ date: CivilDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 6))!
    }
}

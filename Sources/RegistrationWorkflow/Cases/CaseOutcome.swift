import AttestCore
import FoundationEssentials

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

extension CaseOutcome {
    /// How `story` ended, its lines in `language`; `certificatePath` is where the certificate was
    /// written, when one was issued.
    init(_ story: CaseStory, certificatePath: String, language: Language) {
        let record = story.record
        var lines = story.events.map { Self.line($0.record, on: $0.on, language: language) }
        if let illegal = story.illegalStep { lines.append("\(illegal.on.display): " + illegal.problem.message(in: language)) }
        self.init(status: record.status, problems: record.problems + (story.illegalStep.map { [$0.problem] } ?? []),
                  reviews: record.reviews, certificateNumber: record.certificate?.number,
                  certificatePath: record.certificate == nil ? nil : certificatePath,
                  story: lines, stoppedAtIllegalStep: story.illegalStep != nil)
    }

    /// The line of one event: its day, what became of the application, and what a review asked for.
    private static func line(_ record: ApplicationRecord, on date: CivilDate, language: Language) -> String {
        let (phrase, arguments): (Phrase, ProblemArguments) = switch record.status {
        case .submitted: (.storySubmitted, [:])
        case .needsClarification: (.storyNeedsClarification, [:])
        case .approved: (.storyApproved, [:])
        case .certificateIssued: (.storyCertificateIssued, ["number": .text(record.certificate?.number ?? "")])
        case .extended: (.storyExtended, ["date": .text(record.application.until.display)])
        case .annulled: (.storyAnnulled, [:])
        case .expired: (.storyExpired, [:])
        case .rejected: (.storyRejected, [:])
        }
        var text = "\(date.display): " + phrase.text(in: language, arguments)
        if record.status == .needsClarification || record.status == .rejected {
            text += ". " + record.problems.map { problem in
                problem.problems.isEmpty ? problem.message(in: language)
                    : problem.message(in: language) + " (" + problem.problems.map { $0.message(in: language) }.joined(separator: " ") + ")"
            }.joined(separator: " ")
        }
        return text
    }
}

import AttestCore

/// Why the workflow refused to act. Nothing changes when it throws.
public struct WorkflowError: AttestError, Equatable {
    /// What was refused, for a caller to switch on.
    public enum Code: String, FailureCode {
        /// The action is not allowed from the application's status.
        case illegalTransition = "illegal-transition"
        /// No application has the id.
        case unknownApplication = "unknown-application"
        /// An application with the id exists already.
        case duplicateApplication = "duplicate-application"
        /// The id is not one an application may have (see `ApplicationID`).
        case invalidApplicationID = "invalid-application-id"
        /// A consent the workflow would refuse whatever application it goes with (`problems` says why).
        case consentRefused = "consent-refused"
        /// A power of attorney the workflow would refuse whatever application it goes with.
        case proxyRefused = "proxy-refused"
        /// An extension to a day not later than the registration's end.
        case extensionNotLater = "extension-not-later"

        public var kind: FailureKind {
            switch self {
            case .illegalTransition: .illegalMove
            case .unknownApplication: .unreadableInput
            case .duplicateApplication: .outputExists
            case .invalidApplicationID: .malformedInput
            case .consentRefused, .proxyRefused, .extensionNotLater: .invalidInput
            }
        }
    }

    public let code: Code
    /// For `consentRefused` and `proxyRefused`, every problem the document has; empty otherwise.
    public let problems: [Problem]
    /// The phrase that says it, and the values its places take.
    private let phrase: Phrase
    private let arguments: ProblemArguments

    private init(_ code: Code, _ phrase: Phrase, _ arguments: ProblemArguments = [:], problems: [Problem] = []) {
        (self.code, self.phrase, self.arguments, self.problems) = (code, phrase, arguments, problems)
    }

    /// `action` is not allowed from `status` (nil: before the application was submitted);
    /// `reason`, when given, says why beyond the status.
    public static func illegalTransition(_ action: WorkflowAction, from status: ApplicationStatus?, reason: ProblemArgument = .text("")) -> WorkflowError {
        WorkflowError(.illegalTransition, .workflowIllegalMove, [
            "action": action.words, "status": status?.words ?? .phrase(.workflowNotYetSubmitted), "reason": reason,
        ])
    }

    /// No application has the id `id`: for a store to throw from `update`.
    public static func unknownApplication(_ id: String) -> WorkflowError {
        WorkflowError(.unknownApplication, .workflowNoSuchApplication, ["id": .text(id)])
    }

    /// An application with the id `id` exists already: for a store to throw from `insert`.
    public static func duplicateApplication(_ id: String) -> WorkflowError {
        WorkflowError(.duplicateApplication, .workflowApplicationExists, ["id": .text(id)])
    }

    static var invalidApplicationID: WorkflowError { WorkflowError(.invalidApplicationID, .workflowApplicationIDInvalid) }

    /// An extension to `until`, not later than the registration's end, `current`.
    static func extensionNotLater(_ until: CivilDate, current: CivilDate) -> WorkflowError {
        WorkflowError(.extensionNotLater, .workflowExtensionNotLater, ["until": .text(until.display), "current": .text(current.display)])
    }

    /// A consent with `problems` of its own.
    static func consentRefused(_ problems: [Problem]) -> WorkflowError {
        WorkflowError(.consentRefused, .workflowConsentRefused, problems: problems)
    }

    /// A power of attorney with `problems` of its own.
    static func proxyRefused(_ problems: [Problem]) -> WorkflowError {
        WorkflowError(.proxyRefused, .workflowProxyRefused, problems: problems)
    }

    public func message(in language: Language) -> String {
        let said = problems.map { $0.message(in: language) }.joined(separator: " ")
        return phrase.text(in: language, arguments.adding(["problems": .text(said)]))
    }
}

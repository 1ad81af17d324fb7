import AttestCore

/// Where an application stands, as the applicant sees it.
public enum ApplicationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case submitted
    case needsClarification = "needs-clarification"
    case approved
    case certificateIssued = "certificate-issued"
    case extended
    case annulled
    case expired
    /// Terminal: wrong passport data needs a new application.
    case rejected
}

extension ApplicationStatus {
    /// The status in the catalog's words.
    public var words: ProblemArgument {
        switch self {
        case .submitted: .phrase(.statusSubmitted)
        case .needsClarification: .phrase(.statusNeedsClarification)
        case .approved: .phrase(.statusApproved)
        case .certificateIssued: .phrase(.statusCertificateIssued)
        case .extended: .phrase(.statusExtended)
        case .annulled: .phrase(.statusAnnulled)
        case .expired: .phrase(.statusExpired)
        case .rejected: .phrase(.statusRejected)
        }
    }
}

/// What can happen to an application.
public enum WorkflowAction: String, Sendable, Hashable, Codable, CaseIterable {
    case submit, clarify, approve, reject, resubmit, issue, extend, annul, expire

    /// The states this action may start from, and the one it leads to.
    var transition: (from: Set<ApplicationStatus?>, to: ApplicationStatus) {
        switch self {
        case .submit: return ([nil], .submitted)
        case .clarify: return ([.submitted], .needsClarification)
        case .approve: return ([.submitted], .approved)
        case .reject: return ([.submitted], .rejected)
        case .resubmit: return ([.needsClarification], .submitted)
        case .issue: return ([.approved], .certificateIssued)
        case .extend: return ([.certificateIssued, .extended], .extended)
        case .annul: return ([.certificateIssued, .extended], .annulled)
        case .expire: return ([.certificateIssued, .extended], .expired)
        }
    }

    /// The action in the catalog's words.
    public var words: ProblemArgument {
        switch self {
        case .submit: .phrase(.actionSubmit)
        case .clarify: .phrase(.actionClarify)
        case .approve: .phrase(.actionApprove)
        case .reject: .phrase(.actionReject)
        case .resubmit: .phrase(.actionResubmit)
        case .issue: .phrase(.actionIssue)
        case .extend: .phrase(.actionExtend)
        case .annul: .phrase(.actionAnnul)
        case .expire: .phrase(.actionExpire)
        }
    }

    /// The status after this action from `status`, or nil when the action is not allowed there.
    public func next(from status: ApplicationStatus?) -> ApplicationStatus? {
        transition.from.contains(status) ? transition.to : nil
    }
}

import AttestCore
import FoundationEssentials

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
    /// The files of the consents' trust anchors, relative to the case file.
    public var trustedConsentCAs: [String]
    public var issuer: Issuer
    /// The number the certificate gets once approved.
    public var certificateNumber: String
    public var steps: [Step]?
}

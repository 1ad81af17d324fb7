import AttestCore
import ScanInspection

/// An uploaded scan as a review receives it: already inspected.
public struct InspectedScan: Sendable {
    /// What the scan is of.
    public var kind: DocumentKind
    /// The name the application gives the scan (a case file's path), which problems quote.
    public var name: String
    /// What inspection found, by the upload rules.
    public var report: ScanReport

    public init(kind: DocumentKind, name: String, report: ScanReport) {
        (self.kind, self.name, self.report) = (kind, name, report)
    }
}

/// A signed document (an owner's consent, a power of attorney) as a review receives it: its bytes
/// and those of its detached signature, each already read within `InputLimits`, or why it could not be.
public struct ReceivedConsent: Sendable {
    /// The names the application gives the consent and its signature.
    public var submitted: SubmittedConsent
    /// The consent document as the owner signed it.
    public var document: Result<[UInt8], InputError>
    /// The detached CMS signature over it (DER or PEM).
    public var signature: Result<[UInt8], InputError>

    public init(_ submitted: SubmittedConsent, document: Result<[UInt8], InputError>, signature: Result<[UInt8], InputError>) {
        (self.submitted, self.document, self.signature) = (submitted, document, signature)
    }
}

/// An application's documents as its review receives them, read by whoever keeps them (the case
/// runner from the paths of a case file, a service from its store): the review itself reads nothing.
public struct ReceivedDocuments: Sendable {
    /// The uploaded scans, in the application's order.
    public var scans: [InspectedScan]
    /// The owners' consents, in the application's order.
    public var consents: [ReceivedConsent]
    /// The SHA-256 (hex) of each document by the name the application gives it, when whoever
    /// read them keeps documents by content (a service's document store); the record keeps them.
    public var digests: [String: String]
    /// The power of attorney, when the application names one.
    public var powerOfAttorney: ReceivedConsent?

    public init(scans: [InspectedScan], consents: [ReceivedConsent], powerOfAttorney: ReceivedConsent? = nil, digests: [String: String] = [:]) {
        (self.scans, self.consents, self.powerOfAttorney, self.digests) = (scans, consents, powerOfAttorney, digests)
    }
}

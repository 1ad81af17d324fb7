import AttestCore
import FoundationEssentials
import ScanInspection

/// An application's documents kept as files, their paths relative to one folder (as a case file
/// names them): read and inspected here, for the review that reads nothing itself.
public struct DocumentFolder: Sendable {
    /// The folder the application's paths are relative to.
    public var folder: URL
    /// The upload rules the scans are inspected by.
    public var scanPolicy: ScanPolicy

    public init(_ folder: URL, scanPolicy: ScanPolicy = .standard) {
        (self.folder, self.scanPolicy) = (folder, scanPolicy)
    }

    /// Every scan of `application` inspected, and every consent, power of attorney and signature read whole within
    /// `InputLimits`: a file that cannot be read is kept as its error, for the review to judge.
    public func documents(of application: Application) -> ReceivedDocuments {
        let scans = application.documents.map { document in
            InspectedScan(kind: document.kind, name: document.path,
                          report: ScanInspector.inspect(fileAt: path(document.path), policy: scanPolicy))
        }
        let signed = { (submitted: SubmittedConsent) in
            ReceivedConsent(submitted, document: read(submitted.document, limit: InputLimits.document),
                            signature: read(submitted.signature, limit: InputLimits.file))
        }
        return ReceivedDocuments(scans: scans, consents: application.consents.map(signed),
                                 powerOfAttorney: application.powerOfAttorney.map(signed))
    }

    /// The path of `relative` in the folder.
    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    private func read(_ relative: String, limit: Int) -> Result<[UInt8], InputError> {
        Result { () throws(InputError) in try InputFile.read(path(relative), limit: limit) }
    }
}

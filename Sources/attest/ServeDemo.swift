#if canImport(AttestService)
import AttestCore
import AttestService
import FoundationEssentials
import RegistrationWorkflow
import Signing

/// `attest serve --demo`: the demo's keys, scans and consents made in the data folder (as `attest
/// demo` makes them, under `demo/`), its seed applications submitted on their days, the approved
/// ones issued, and a clerk token.
enum ServeDemo {
    static func seed(_ folder: URL, store: any ServiceStore, settings: OfficeSettings) async throws -> (settings: OfficeSettings, clerkToken: String) {
        let demo = folder.appendingPathComponent("demo")
        _ = try await Demo.run(output: demo)
        let keys = demo.appendingPathComponent("keys")
        var settings = settings
        let chain = try X509Certificate.read(contentsOf: keys.appendingPathComponent("issuer-chain.pem").path)
        settings.issuer = try Issuer(key: try SigningKey(contentsOf: keys.appendingPathComponent("issuer.key").path),
                                     certificate: chain[0], chain: Array(chain.dropFirst()),
                                     name: "Отдел по вопросам миграции ОМВД России по району Тверской")
        settings.consentTrustAnchors += try X509Certificate.read(contentsOf: keys.appendingPathComponent("consent-ca.pem").path)
        let office = BackOffice(store: store, settings: settings)
        for (name, _) in DemoData.cases {
            let caseFolder = demo.appendingPathComponent("cases")
            let file = try JSONInput.decode(CaseFile.self, from: try InputFile.read(caseFolder.appendingPathComponent("\(name).case.json").path,
                                                                                    limit: InputLimits.document))
            let application = file.application
            var bytes: [String: [UInt8]] = [:]
            for path in application.documents.map(\.path) + application.consents.flatMap({ [$0.document, $0.signature] }) {
                bytes[path] = try InputFile.read(caseFolder.appendingPathComponent(path).path, limit: InputLimits.file)
            }
            let record = try await office.submit(application, bytes: bytes, on: file.submittedOn, actor: "demo")
            if record.status == .approved { _ = try await office.issue(record.id, actor: "demo") }
        }
        let clerk = try await office.tokens.create(role: .clerk, name: "demo-clerk")
        return (settings, clerk.token)
    }
}
#endif

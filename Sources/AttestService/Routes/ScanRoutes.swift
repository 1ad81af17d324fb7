import AttestCore
import Metrics
import NIOCore
import ScanInspection

/// `POST /v1/scans`: a scan checked against the upload rules, as `attest inspect` checks it.
struct ScanRoutes: Sendable {
    let office: BackOffice

    @Sendable func inspect(_ call: Call) async throws -> Answer {
        let policy = office.settings.scanPolicy
        let name = call.query["name"] ?? "upload"
        guard name.utf8.count <= 255 else {
            throw ServiceError(.malformedRequest, .httpQueryInvalid, ["name": .text("name"), "reason": .filled(.httpQueryTooLong, with: ["limit": .text("255")])])
        }
        let report: ScanReport
        if let boundary = Multipart.boundary(of: call.headers["content-type"]) {
            // A scan over the limit is refused whole (413), not inspected as one.
            let parts = try Multipart.parts(of: call.body, boundary: boundary) { _ in policy.maxBytes }
            guard let file = parts.first(where: { $0.name == "file" }) else {
                throw ServiceError(.malformedRequest, .httpPartMissing, ["part": .text("file")])
            }
            if let other = parts.first(where: { $0.name != "file" }) {
                throw ServiceError(.malformedRequest, .httpPartUnexpected, ["part": .text(other.name)])
            }
            report = ScanInspector.inspect(bytes: file.bytes, name: file.filename ?? name, policy: policy)
        } else {
            // Inspected where the body was received, without a copy.
            report = call.body.withUnsafeReadableBytes { ScanInspector.inspect(bytes: $0, name: name, policy: policy) }
        }
        Counter(label: "attest_inspections_total", dimensions: [("verdict", report.accepted ? "accepted" : "rejected")]).increment()
        return .json(report.json(in: call.language))
    }
}

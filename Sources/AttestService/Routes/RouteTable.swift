import RegistrationWorkflow
import ScanInspection

extension API {
    /// Every operation, as `openapi.yaml` documents them.
    static func routes(_ office: BackOffice, metricsText: @escaping @Sendable () -> [UInt8]) -> [Route] {
        let portal: Set<Role> = [.portal, .clerk]
        let clerk: Set<Role> = [.clerk]
        let scans = ScanRoutes(office: office)
        let applications = ApplicationRoutes(office: office)
        let operations = OperationRoutes(office: office, metricsText: metricsText)
        return [
            Route("POST", "/v1/scans", roles: portal, body: .file(limit: office.settings.scanPolicy.maxBytes), scans.inspect),
            Route("POST", "/v1/applications", roles: portal, body: .multipart(limit: ApplicationRoutes.bodyLimit), applications.submit),
            Route("GET", "/v1/applications", roles: clerk, applications.list),
            Route("GET", "/v1/applications/{id}", roles: portal, applications.show),
            Route("POST", "/v1/applications/{id}/resubmission", roles: portal, body: .multipart(limit: ApplicationRoutes.bodyLimit),
                  applications.resubmit),
            Route("POST", "/v1/applications/{id}/certificate", roles: clerk, applications.issue),
            Route("GET", "/v1/applications/{id}/certificate.pdf", roles: portal, applications.certificatePDF),
            Route("POST", "/v1/applications/{id}/extension", roles: clerk, body: .json(limit: 1 << 16), applications.extend),
            Route("POST", "/v1/applications/{id}/annulment", roles: clerk, applications.annul),
            Route("POST", "/v1/applications/{id}/expiry", roles: clerk, applications.expire),
            Route("GET", "/v1/applications/{id}/history", roles: [.clerk, .auditor], applications.history),
            Route("GET", "/v1/certificates/{number}", roles: nil, applications.certificateStatus),
            Route("GET", "/healthz", roles: nil, operations.health),
            Route("GET", "/metrics", roles: nil, operations.metrics),
            Route("GET", "/openapi.yaml", roles: nil, operations.openAPI),
        ]
    }
}

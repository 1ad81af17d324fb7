import AttestCore

/// Why the service refused a request before, or instead of, the library's own verdict: the
/// HTTP status it answers with and the problem code it names.
public struct ServiceError: Error, Sendable {
    public enum Code: String, Sendable {
        case notFound = "not-found"
        case methodNotAllowed = "method-not-allowed"
        case unauthorized
        case forbidden
        case unsupportedMediaType = "unsupported-media-type"
        case tooLarge = "too-large"
        case malformedRequest = "malformed-request"
        case unknownApplication = "unknown-application"
        case noCertificate = "no-certificate"
        case idempotencyKeyReused = "idempotency-key-reused"
        case requestInProgress = "request-in-progress"
        case issuerUnavailable = "issuer-unavailable"
        case storeUnavailable = "store-unavailable"
        case internalFailure = "internal-failure"

        /// The HTTP status the code answers with.
        public var status: Int {
            switch self {
            case .notFound, .unknownApplication, .noCertificate: 404
            case .methodNotAllowed: 405
            case .unauthorized: 401
            case .forbidden: 403
            case .unsupportedMediaType: 415
            case .tooLarge: 413
            case .malformedRequest: 400
            case .idempotencyKeyReused: 422
            case .requestInProgress: 409
            case .issuerUnavailable, .storeUnavailable: 503
            case .internalFailure: 500
            }
        }
    }

    public let code: Code
    let phrase: Phrase
    let arguments: ProblemArguments
    /// Headers the answer carries besides the problem (`Allow`, `WWW-Authenticate`).
    var headers: [(String, String)] = []
    /// Problems of the request's content, each with its place (`problems` of the document).
    var problems: [Problem] = []
    /// Whether the connection is closed after the answer (a body that was not read).
    var closesConnection = false

    init(_ code: Code, _ phrase: Phrase, _ arguments: ProblemArguments = [:]) {
        (self.code, self.phrase, self.arguments) = (code, phrase, arguments)
    }

    public func message(in language: Language) -> String { phrase.text(in: language, arguments) }

    static func malformed(_ reason: String) -> ServiceError {
        ServiceError(.malformedRequest, .httpMalformed, ["reason": .text(reason)])
    }

    static func tooLarge(limit: Int, part: String? = nil) -> ServiceError {
        if let part {
            return ServiceError(.tooLarge, .httpPartTooLarge, ["part": .text(part), "limit": .text(String(limit))])
        }
        return ServiceError(.tooLarge, .httpTooLarge, ["limit": .text(String(limit))])
    }

    /// A body over `limit` bytes, refused before the rest of it is read: the connection is closed.
    static func bodyTooLarge(limit: Int) -> ServiceError {
        var error = tooLarge(limit: limit)
        error.closesConnection = true
        return error
    }

    static var unauthorized: ServiceError {
        var error = ServiceError(.unauthorized, .httpUnauthorized)
        error.headers = [("WWW-Authenticate", "Bearer realm=\"attest\"")]
        return error
    }

    static var storeUnavailable: ServiceError { ServiceError(.storeUnavailable, .httpStoreUnavailable) }
    static var issuerUnavailable: ServiceError { ServiceError(.issuerUnavailable, .httpIssuerUnavailable) }
}

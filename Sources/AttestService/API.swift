import AttestCore
import FoundationEssentials
import Logging
import Metrics
import NIOCore
import RegistrationWorkflow
import Signing

/// A request's head, as the HTTP server hands it over.
public struct RequestHead: Sendable {
    public var method: String
    public var path: String
    public var query: [String: String]
    /// Headers by lowercase name.
    public var headers: [String: String]

    public init(method: String, path: String, query: [String: String], headers: [String: String]) {
        (self.method, self.path, self.query, self.headers) = (method, path, query, headers)
    }
}

/// The HTTP API over a back office, apart from any server: it takes a request's head and a way to
/// read its body, and gives the answer and the route template it went to. Checks come in one
/// order: 404 or 405, 401, 403, 415, 413, 400, then what the route finds (404, 409, 422).
public struct API: Sendable {
    let backOffice: BackOffice
    let routes: [Route]
    let logger: Logger
    /// The Prometheus text of the metrics, for `GET /metrics`.
    let metricsText: @Sendable () -> [UInt8]

    public init(backOffice: BackOffice, logger: Logger, metricsText: @escaping @Sendable () -> [UInt8] = { [] }) {
        self.backOffice = backOffice
        self.logger = logger
        self.metricsText = metricsText
        routes = Self.routes(backOffice, metricsText: metricsText)
    }

    /// Reads up to `limit` bytes of the body; throws `ServiceError.tooLarge` past it.
    public typealias BodyReader = @Sendable (_ limit: Int) async throws -> ByteBuffer

    /// The answer to one request, and the template of the route it went to ("unmatched" for none).
    public func answer(_ head: RequestHead, body: BodyReader) async -> (answer: Answer, route: String) {
        let requestID = head.headers["x-request-id"].flatMap { Self.isVisibleASCII($0, upTo: 64) ? $0 : nil } ?? Self.newRequestID()
        let language = Negotiation.language(head.headers["accept-language"])
        var template = "unmatched"
        var answer: Answer
        do {
            let (route, parameters) = try route(for: head)
            template = route.template
            answer = try await run(route, parameters: parameters, head: head, body: body, language: language, requestID: requestID)
        } catch {
            answer = problem(for: error, language: language, requestID: requestID, route: template)
        }
        answer.headers.append(["X-Request-Id", requestID])
        return (answer, template)
    }

    /// The route for the request's path and method: 404 when no route has the path, 405 (with
    /// `Allow`) when none of those takes the method.
    private func route(for head: RequestHead) throws(ServiceError) -> (Route, [String: String]) {
        let path = head.path.split(separator: "/", omittingEmptySubsequences: false)
        let matching = routes.compactMap { route in route.match(path).map { (route, $0) } }
        guard !matching.isEmpty else { throw ServiceError(.notFound, .httpNotFound) }
        let method = head.method == "HEAD" ? "GET" : head.method
        guard let found = matching.first(where: { $0.0.method == method }) else {
            let allowed = matching.map(\.0.method).joined(separator: ", ")
            var error = ServiceError(.methodNotAllowed, .httpMethodNotAllowed, ["method": .text(head.method), "allowed": .text(allowed)])
            error.headers = [("Allow", allowed)]
            throw error
        }
        return found
    }

    private func run(_ route: Route, parameters: [String: String], head: RequestHead, body read: BodyReader, language: Language,
                     requestID: String) async throws -> Answer {
        var caller: Caller?
        if let roles = route.roles {
            guard let authorization = head.headers["authorization"], authorization.lowercased().hasPrefix("bearer "),
                  let found = try await backOffice.tokens.caller(bearing: authorization.dropFirst(7).trimmingSpaces()) else {
                throw ServiceError.unauthorized
            }
            guard roles.contains(found.role) else {
                throw ServiceError(.forbidden, .httpForbidden, ["role": .text(found.role.rawValue)])
            }
            caller = found
        }
        let body = try await readBody(of: route.body, head: head, read: read)
        let call = Call(method: head.method, path: head.path, parameters: parameters, query: head.query, headers: head.headers,
                        caller: caller, language: language, body: body, requestID: requestID)
        guard head.method == "POST", let key = head.headers["idempotency-key"], let caller else {
            return try await route.handle(call)
        }
        return try await idempotently(call, key: key, caller: caller, route: route)
    }

    /// The body as the route takes it: 415 for another media type, 413 past the route's limit
    /// (before a byte is read when `Content-Length` says so; the connection is then closed).
    private func readBody(of kind: BodyKind, head: RequestHead, read: BodyReader) async throws -> ByteBuffer {
        let contentType = head.headers["content-type"]
        switch kind {
        case .none:
            return ByteBuffer()
        case .json:
            let essence = contentType.map(MediaType.essence) ?? ""
            guard essence == "application/json" || essence.hasSuffix("+json") else {
                throw ServiceError(.unsupportedMediaType, .httpUnsupportedMediaType, ["expected": .text("application/json")])
            }
        case .multipart:
            guard Multipart.boundary(of: contentType) != nil else {
                throw ServiceError(.unsupportedMediaType, .httpUnsupportedMediaType, ["expected": .text("multipart/form-data")])
            }
        case .file:
            if let contentType, MediaType.essence(contentType) == "multipart/form-data", Multipart.boundary(of: contentType) == nil {
                throw ServiceError(.unsupportedMediaType, .httpUnsupportedMediaType, ["expected": .text("multipart/form-data; boundary=…")])
            }
        }
        let limit = kind.limit(contentType: contentType)
        if let declared = head.headers["content-length"].flatMap({ Int($0) }), declared > limit {
            throw ServiceError.bodyTooLarge(limit: limit)
        }
        return try await read(limit)
    }

    /// Runs a POST once per `Idempotency-Key` of its caller: a retry with the same body gets the
    /// first answer; with another body 422; while the first is in flight 409.
    private func idempotently(_ call: Call, key: String, caller: Caller, route: Route) async throws -> Answer {
        guard Self.isVisibleASCII(key, upTo: 255) else {
            throw ServiceError(.malformedRequest, .httpIdempotencyKeyInvalid)
        }
        var fingerprint = Array("\(call.method) \(call.path)?\(call.query.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&"))\n".utf8)
        fingerprint += Array((call.headers["content-type"] ?? "").utf8) + [0x0A] + Array(call.body.readableBytesView)
        let digest = ContentDigest.hex(try ContentDigest.digest(bytes: fingerprint))
        switch try await backOffice.idempotency.start(token: caller.name, key: key, fingerprint: digest) {
        case .replay(let answer): return answer
        case .reused: throw ServiceError(.idempotencyKeyReused, .httpIdempotencyKeyReused)
        case .inFlight: throw ServiceError(.requestInProgress, .httpIdempotencyKeyInFlight)
        case .proceed: break
        }
        var call = call
        call.idempotencyKey = IdempotencyKey(token: caller.name, key: key)
        let answer: Answer
        do {
            answer = try await route.handle(call)
        } catch {
            answer = problem(for: error, language: call.language, requestID: call.requestID, route: route.template)
        }
        // The key's end is kept even when the store cannot take it now (it went away during the
        // request): retried in the background until it can, so that a retry of the request gets
        // the first answer, or does it again, rather than waiting for `abandonedAfter`.
        let idempotency = backOffice.idempotency
        if answer.status >= 500 {
            try? await idempotency.eventually { try await idempotency.release(token: caller.name, key: key) }
        } else {
            try await idempotency.eventually { try await idempotency.finish(token: caller.name, key: key, answer: answer) }
        }
        return answer
    }

    /// The problem document for `error`: the service's own refusals and the library's errors say
    /// themselves; a database that cannot be reached is 503; anything else is 500, logged by type.
    private func problem(for error: any Error, language: Language, requestID: String, route: String) -> Answer {
        switch error {
        case let error as ServiceError:
            return .problem(error, in: language)
        case let error as any AttestError:
            return .problem(error, in: language)
        case let error where backOffice.store.isUnavailable(error):
            logger.error("store unavailable", metadata: ["request": .string(requestID), "route": .string(route),
                                                         "error": .string(String(describing: type(of: error)))])
            var unavailable = ServiceError.storeUnavailable
            unavailable.headers = [("Retry-After", "1")]
            return .problem(unavailable, in: language)
        default:
            logger.error("request failed", metadata: ["request": .string(requestID), "route": .string(route),
                                                      "error": .string(String(describing: type(of: error)))])
            return .problem(ServiceError(.internalFailure, .httpInternal, ["request": .text(requestID)]), in: language)
        }
    }

    /// Whether `value` is 1 to `limit` visible ASCII characters (an idempotency key, a request id).
    private static func isVisibleASCII(_ value: String, upTo limit: Int) -> Bool {
        (1...limit).contains(value.utf8.count) && value.utf8.allSatisfy { (0x21...0x7E).contains($0) }
    }

    /// 16 hex digits, leading zeros kept: every id the service makes has the same width.
    private static func newRequestID() -> String {
        var random = SystemRandomNumberGenerator()
        let hex = String(random.next() as UInt64, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

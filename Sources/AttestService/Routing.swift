import AttestCore
import NIOCore

/// What a route reads from the request's body, and how much of it at most.
enum BodyKind: Sendable {
    /// No body is read.
    case none
    /// `application/json`, strict.
    case json(limit: Int)
    /// `multipart/form-data`.
    case multipart(limit: Int)
    /// Any media type: a file as the body, or `multipart/form-data` holding it (given 64 KiB
    /// more for the envelope).
    case file(limit: Int)

    /// The most the body may be, with the media type `contentType`.
    func limit(contentType: String?) -> Int {
        switch self {
        case .none: 0
        case .json(let limit), .multipart(let limit): limit
        case .file(let limit): Multipart.boundary(of: contentType) == nil ? limit : limit + (64 << 10)
        }
    }
}

/// A request as the routes see it: the head, the caller, the language of its messages, and the
/// body once read.
struct Call: Sendable {
    let method: String
    let path: String
    /// The route's `{name}` segments, by name.
    let parameters: [String: String]
    /// The query's parameters, each by its first occurrence.
    let query: [String: String]
    /// Headers by lowercase name (repeated ones joined with ", ").
    let headers: [String: String]
    let caller: Caller?
    let language: Language
    let body: ByteBuffer
    let requestID: String
    /// The request's Idempotency-Key, when it has one, as the store keeps it.
    var idempotencyKey: IdempotencyKey? = nil

    /// The route parameter `name` (every route that reads one declares it).
    func parameter(_ name: String) -> String { parameters[name] ?? "" }
}

/// One operation of the API: method, path template (`/v1/applications/{id}`), who may call it
/// (nil: anyone), what body it reads, and what it does.
struct Route: Sendable {
    let method: String
    let template: String
    let roles: Set<Role>?
    let body: BodyKind
    let handle: @Sendable (Call) async throws -> Answer

    /// The template's segments: a literal, or the name of a parameter (`{id}`).
    private enum Segment: Sendable {
        case literal(String)
        case parameter(String)
    }

    private let segments: [Segment]

    init(_ method: String, _ template: String, roles: Set<Role>?, body: BodyKind = .none,
         _ handle: @escaping @Sendable (Call) async throws -> Answer) {
        (self.method, self.template, self.roles, self.body, self.handle) = (method, template, roles, body, handle)
        segments = template.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.first == "{" && part.last == "}" ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
    }

    /// The parameters `path` gives this route's template, or nil when it does not match.
    func match(_ path: [Substring]) -> [String: String]? {
        guard path.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, pattern) in zip(path, segments) {
            switch pattern {
            case .literal(let literal):
                guard segment == literal else { return nil }
            case .parameter(let name):
                // Taken as sent, percent signs and all: no id or number has a character to escape.
                guard !segment.isEmpty else { return nil }
                parameters[name] = String(segment)
            }
        }
        return parameters
    }
}

import AttestCore

/// What the service answers: a status, headers and a body. A value, so that an answer can be kept
/// and given again (an idempotent retry).
public struct Answer: Sendable, Hashable, Codable {
    public var status: Int
    /// Header names and values, in order.
    public var headers: [[String]]
    public var body: [UInt8]

    init(status: Int, contentType: String, body: [UInt8], headers: [(String, String)] = []) {
        self.status = status
        self.headers = [["Content-Type", contentType]] + headers.map { [$0.0, $0.1] }
        self.body = body
    }

    /// A JSON document, UTF-8.
    static func json(_ value: JSONValue, status: Int = 200, headers: [(String, String)] = []) -> Answer {
        Answer(status: status, contentType: "application/json", body: Array(value.serialized().utf8), headers: headers)
    }

    /// An RFC 9457 problem document: `{type, title, status, code, detail, problems?}`.
    static func problem(_ error: ServiceError, in language: Language) -> Answer {
        problem(status: error.code.status, code: error.code.rawValue, detail: sentence(error.message(in: language)), problems: error.problems,
                language: language, headers: error.headers + (error.closesConnection ? [("Connection", "close")] : []))
    }

    /// An error of the library's (a workflow's illegal move, a malformed input): its kind says
    /// the status.
    static func problem(_ error: any AttestError, in language: Language) -> Answer {
        problem(status: error.kind.httpStatus, code: error.code.rawValue, detail: error.message(in: language),
                problems: error.problems, language: language)
    }

    static func problem(status: Int, code: String, detail: String, problems: [Problem] = [], language: Language,
                        headers: [(String, String)] = []) -> Answer {
        var document: [JSONMember] = [
            JSONMember("type", .string("about:blank")),
            JSONMember("title", .string(title(of: status).text(in: language))),
            JSONMember("status", .int(status)),
            JSONMember("code", .string(code)),
            JSONMember("detail", .string(detail)),
        ]
        if !problems.isEmpty { document.append(JSONMember("problems", .array(problems, in: language))) }
        return Answer(status: status, contentType: "application/problem+json; charset=utf-8",
                      body: Array(JSONValue.object(document).serialized().utf8), headers: headers)
    }

    /// A phrase as a sentence: its first letter capital, a full stop at its end (the catalog's
    /// phrases are written to go inside other messages).
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        let ended = [".", "!", "?"].contains(text.last!) ? text : text + "."
        return first.uppercased() + ended.dropFirst()
    }

    /// The status's reason phrase, as RFC 9457 asks of `about:blank`.
    static func title(of status: Int) -> Phrase {
        switch status {
        case 401: .httpTitleUnauthorized
        case 403: .httpTitleForbidden
        case 404: .httpTitleNotFound
        case 405: .httpTitleMethodNotAllowed
        case 409: .httpTitleConflict
        case 413: .httpTitleTooLarge
        case 415: .httpTitleUnsupportedMediaType
        case 422: .httpTitleUnprocessable
        case 429: .httpTitleTooManyRequests
        case 503: .httpTitleUnavailable
        case 500...: .httpTitleInternal
        default: .httpTitleBadRequest
        }
    }
}

/// The language of a request's messages: Russian when `Accept-Language` prefers it, English otherwise.
enum Negotiation {
    static func language(_ acceptLanguage: String?) -> Language {
        guard let header = acceptLanguage else { return .en }
        var best: (language: Language?, quality: Double) = (nil, -1)
        for item in header.split(separator: ",") {
            let fields = item.split(separator: ";").map { String($0.filter { $0 != " " && $0 != "\t" }) }
            guard let tag = fields.first?.lowercased(), !tag.isEmpty else { continue }
            var quality = 1.0
            for parameter in fields.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            let language: Language? = tag == "ru" || tag.hasPrefix("ru-") ? .ru : (tag == "en" || tag.hasPrefix("en-") ? .en : nil)
            guard quality > 0, quality > best.quality, let language else { continue }
            best = (language, quality)
        }
        return best.language ?? .en
    }
}

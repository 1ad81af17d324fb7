/// How much a problem weighs: an error rejects, a warning only informs.
public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}

/// One thing wrong with an input, in the shape every Attest verdict shares:
/// `{"code", "severity", "message", "field"?, "document"?, "problems"?}`.
///
/// The message is not stored: it is rendered from the catalog in the language of the output,
/// from the values in `arguments`.
public struct Problem: Sendable, Hashable {
    /// What went wrong; stable across releases.
    public let code: ProblemCode
    /// Whether this problem rejects the input.
    public let severity: Severity
    /// The values the catalog's message refers to by name.
    public let arguments: [String: ProblemArgument]
    /// The form field the problem concerns, when there is one.
    public var field: String?
    /// The uploaded document the problem concerns, when there is one.
    public var document: String?
    /// Problems found by a check that this one wraps.
    public var problems: [Problem]

    /// Makes a problem with the catalog's severity for `code` unless another is given.
    public init(
        _ code: ProblemCode,
        severity: Severity? = nil,
        arguments: [String: ProblemArgument] = [:],
        field: String? = nil,
        document: String? = nil,
        problems: [Problem] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.arguments = arguments
        self.field = field
        self.document = document
        self.problems = problems
    }

    /// The problem in plain words, in `language`.
    public func message(in language: Language) -> String {
        ProblemCatalog.message(for: code, arguments: arguments, language: language)
    }
}

/// A value a problem's message refers to.
public enum ProblemArgument: Sendable, Hashable {
    /// A count or a size, written with the language's digit grouping.
    case number(Int)
    /// Text that reads the same in every language: a file name, a library's own message.
    case text(String)
    /// A phrase with a form in each language.
    case phrase(en: String, ru: String)

    func rendered(in language: Language) -> String {
        switch self {
        case .number(let value): return language.grouped(value)
        case .text(let value): return value
        case .phrase(let en, let ru): return language == .ru ? ru : en
        }
    }
}

extension Problem: JSONRepresentable {
    /// `{"code", "severity", "message"}`, then `field`, `document` and `problems` when set.
    public func json(in language: Language) -> JSONValue {
        var members = [
            JSONMember("code", .string(code.rawValue)),
            JSONMember("severity", .string(severity.rawValue)),
            JSONMember("message", .string(message(in: language))),
        ]
        if let field { members.append(JSONMember("field", .string(field))) }
        if let document { members.append(JSONMember("document", .string(document))) }
        if !problems.isEmpty { members.append(JSONMember("problems", .array(problems, in: language))) }
        return .object(members)
    }
}

extension Sequence where Element == Problem {
    /// Whether any of these problems rejects the input.
    public var containsError: Bool {
        contains { $0.severity == .error }
    }
}

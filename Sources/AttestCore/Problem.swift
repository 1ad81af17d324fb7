/// How much a problem weighs: an error rejects, a warning only informs.
public enum Severity: String, Sendable, Hashable, Codable {
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

extension Problem: Encodable {
    private enum CodingKeys: String, CodingKey {
        case code, severity, message, field, document, problems
    }

    /// Encodes the problem with its message in the language found under `Language.userInfoKey`
    /// (English when absent). `field`, `document` and `problems` appear only when set.
    public func encode(to encoder: any Encoder) throws {
        let language = encoder.userInfo[Language.userInfoKey] as? Language ?? .en
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code.rawValue, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(message(in: language), forKey: .message)
        try container.encodeIfPresent(field, forKey: .field)
        try container.encodeIfPresent(document, forKey: .document)
        if !problems.isEmpty {
            try container.encode(problems, forKey: .problems)
        }
    }
}

extension Sequence where Element == Problem {
    /// Whether any of these problems rejects the input.
    public var containsError: Bool {
        contains { $0.severity == .error }
    }
}

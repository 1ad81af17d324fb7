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
/// Codable so that a store keeps a verdict as found (code, arguments, places) and says it later in
/// whatever language is asked for.
public struct Problem: Sendable, Hashable, Codable {
    /// What went wrong; stable across releases.
    public let code: ProblemCode
    /// Whether this problem rejects the input.
    public let severity: Severity
    /// The values the catalog's message refers to by name.
    public let arguments: ProblemArguments
    /// The form field the problem concerns, when there is one.
    public var field: String?
    /// The uploaded document the problem concerns, when there is one.
    public var document: String?
    /// Problems found by a check that this one wraps.
    public var problems: [Problem]
    /// What a library said of the fault in its own words (OpenSSL, the C library, a decoder), in
    /// English whatever the language: for programs and bug reports, never part of the message.
    public var detail: String?

    /// Makes a problem with the catalog's severity for `code` unless another is given.
    public init(
        _ code: ProblemCode,
        severity: Severity? = nil,
        arguments: ProblemArguments = [:],
        field: String? = nil,
        document: String? = nil,
        problems: [Problem] = [],
        detail: String? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.arguments = arguments
        self.field = field
        self.document = document
        self.problems = problems
        self.detail = detail.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The problem in plain words, in `language`.
    public func message(in language: Language) -> String {
        ProblemCatalog.message(for: code, arguments: arguments, language: language)
    }
}

/// The values a problem's message refers to, by name. A problem has a handful at most, so they
/// are kept in the order given and found by comparing names: no hashing for each problem.
public struct ProblemArguments: Sendable, Hashable, Codable, ExpressibleByDictionaryLiteral {
    private struct Pair: Sendable, Hashable, Codable {
        let name: String
        let value: ProblemArgument
    }

    private var pairs: [Pair]

    public init(dictionaryLiteral elements: (String, ProblemArgument)...) {
        pairs = elements.map { Pair(name: $0.0, value: $0.1) }
    }

    /// The value named `name`, or nil.
    public subscript(name: String) -> ProblemArgument? {
        pairs.first { $0.name == name }?.value
    }

    /// These arguments and those of `other` whose names are not among them.
    public func adding(_ other: ProblemArguments) -> ProblemArguments {
        var result = self
        result.pairs += other.pairs.filter { self[$0.name] == nil }
        return result
    }
}

/// A value a problem's message refers to.
public enum ProblemArgument: Sendable, Hashable, Codable {
    /// A count or a size, written with the language's digit grouping.
    case number(Int)
    /// Text that reads the same in every language: a file name, a library's own message. Its
    /// control characters are shown escaped.
    case text(String)
    /// A phrase of the catalog, in the language of the output.
    case phrase(Phrase)
    /// A phrase of the catalog whose `{name}` places these arguments fill.
    case filled(Phrase, with: ProblemArguments)

    func write(in language: Language, to output: OutputBuffer) {
        switch self {
        case .number(let value): language.writeGrouped(value, to: output)
        case .text(let value): VisibleText.append(value, to: output)
        case .phrase(let phrase): output.append(utf8Of: phrase.text(in: language))
        case .filled(let phrase, let arguments): Template.write(phrase.text(in: language), arguments: arguments, language: language, to: output)
        }
    }
}

extension Problem: JSONStreamable {
    /// `{"code", "severity", "message"}`, then `field`, `document`, `problems` and `detail` when set.
    @inlinable
    public func write(to json: inout some JSONSink, in language: Language) {
        json.beginObject()
        json.member("code", code.rawValue)
        json.member("severity", severity.rawValue)
        json.key("message")
        json.string { ProblemCatalog.write(messageFor: code, arguments: arguments, language: language, to: $0) }
        if let field { json.member("field", field) }
        if let document { json.member("document", document) }
        if !problems.isEmpty { json.member("problems", problems, in: language) }
        if let detail { json.member("detail", detail) }
        json.endObject()
    }
}

extension Sequence where Element == Problem {
    /// Whether any of these problems rejects the input.
    @inlinable
    public var containsError: Bool {
        contains { $0.severity == .error }
    }
}

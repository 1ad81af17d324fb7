/// Why an input was refused: it cannot be read, it is larger than an input of its kind may be, or
/// it is not the JSON document it should be. One type for every input, files and JSON documents
/// alike, since a caller handles them alike: the input is at fault, not the operation. A fault in
/// a document names the field, never the value found there: it may be personal.
public struct InputError: AttestError, Equatable {
    /// What is wrong with the input, for a caller to switch on.
    public enum Code: String, FailureCode {
        /// The input cannot be opened or read: no such file, no permission, a folder.
        case unreadable = "unreadable-input"
        /// The input is larger than an input of its kind may be (`InputLimits`).
        case tooLarge = "input-too-large"
        /// A JSON document that is not strict JSON, lacks a field, or holds one of the wrong kind.
        case malformed = "malformed-input"

        public var kind: FailureKind {
            switch self {
            case .unreadable: .unreadableInput
            case .tooLarge: .tooLarge
            case .malformed: .malformedInput
            }
        }
    }

    public let code: Code
    /// The input's path; empty for a document handed over as bytes, until `located(in:)` names it.
    public private(set) var path: String
    /// Where in a malformed document the fault is, as `application.documents[1].path`; empty for
    /// the document itself, and for an input that cannot be read at all.
    public private(set) var field: String
    /// What is wrong, in the catalog's words: the system's reason an input cannot be read, or
    /// what is wrong at `field` of a malformed document; empty for an input too large.
    public let reason: ProblemArgument
    /// The limit a too large input passed, in bytes; its size when known.
    let limit: Int, size: Int?

    /// An input that cannot be read; `errno` nil for a folder.
    init(unreadable path: String, errno: Int32?) {
        let reason = errno.map { ProblemCatalog.systemReason(errno: $0) } ?? .phrase(.itIsAFolder)
        (code, self.path, field, self.reason, limit, size) = (.unreadable, path, "", reason, 0, nil)
    }

    /// An input larger than `limit` bytes; `size` when it is known.
    init(tooLarge path: String, limit: Int, size: Int? = nil) {
        (code, self.path, field, reason, self.limit, self.size) = (.tooLarge, path, "", .text(""), limit, size)
    }

    /// A malformed document: `reason` with its places filled is what is wrong at `field` (empty
    /// for the document itself) of the input at `path` (empty when it came as bytes).
    public init(field: String, reason: Phrase, _ arguments: ProblemArguments = [:], path: String = "") {
        let words: ProblemArgument = arguments == [:] ? .phrase(reason) : .filled(reason, with: arguments)
        (code, self.path, self.field, self.reason, limit, size) = (.malformed, path, field, words, 0, nil)
    }

    /// The same fault, said of the input at `path`: for a document read from a file.
    public func located(in path: String) -> InputError {
        var located = self
        located.path = path
        return located
    }

    /// The same fault of a document that is the member `name` of another (the part `application`
    /// of a request): its field is then `name.field`.
    public func nested(in name: String) -> InputError {
        var nested = self
        nested.field = field.isEmpty ? name : name + "." + field
        return nested
    }

    public func message(in language: Language) -> String {
        // Sizes as the system gives them, without grouping: a figure to compare with `ls -l`.
        switch (code, size) {
        case (.unreadable, _):
            return Phrase.cannotReadInput.text(in: language, ["path": .text(path), "reason": reason])
        case (.tooLarge, let size?):
            return Phrase.inputOfSizeTooLarge.text(in: language, ["path": .text(path), "size": .text(String(size)), "limit": .text(String(limit))])
        case (.tooLarge, nil):
            return Phrase.inputTooLarge.text(in: language, ["path": .text(path), "limit": .text(String(limit))])
        case (.malformed, _):
            let fault = field.isEmpty ? Phrase.jsonTheDocument.text(in: language, ["reason": reason]) : "\(field): " + reason.text(in: language)
            return path.isEmpty ? fault : "\(path): " + fault
        }
    }
}

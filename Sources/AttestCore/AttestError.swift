/// What kind of failure an error is, which decides how every door of Attest reports it: the
/// command line's exit status (the BSD sysexits of the conventions) and the service's HTTP status.
public enum FailureKind: String, Sendable, Hashable, CaseIterable {
    /// Bad flags or arguments, or outputs that clash with each other or with an input.
    case usage
    /// An input that cannot be parsed or misses a field.
    case malformedInput
    /// A well-formed input whose content is refused (a consent the workflow would refuse).
    case invalidInput
    /// An input larger than one of its kind may be.
    case tooLarge
    /// An input that does not exist or cannot be read.
    case unreadableInput
    /// An output, or something to be created, that exists already.
    case outputExists
    /// An output that cannot be created where it was to go.
    case cannotCreateOutput
    /// Reading or writing failed part-way.
    case ioError
    /// Valid inputs that the operation refuses to act on (a signer's certificate out of its
    /// period, a key of an algorithm that cannot sign here, data too long for a QR code).
    case refused
    /// A step the workflow does not allow from where the application stands.
    case illegalMove
    /// Attest or a library it calls failed for a reason of its own: no input is at fault.
    case internalFailure

    /// The command line's exit status.
    public var exitStatus: Int32 {
        switch self {
        case .usage: 64
        case .malformedInput, .invalidInput, .tooLarge: 65
        case .unreadableInput: 66
        case .outputExists, .cannotCreateOutput: 73
        case .ioError: 74
        // The command line has no status of its own for these: 1, the shell's plain failure.
        case .refused, .internalFailure: 1
        case .illegalMove: 3
        }
    }

    /// The service's HTTP status: 4xx when the request is at fault, 5xx when the service is.
    public var httpStatus: Int {
        switch self {
        case .usage, .malformedInput: 400
        case .unreadableInput: 404
        case .outputExists, .illegalMove: 409
        case .tooLarge: 413
        case .invalidInput, .refused: 422
        case .cannotCreateOutput, .ioError, .internalFailure: 500
        }
    }
}

/// A code of an `AttestError`: a name programs can rely on (kebab-case, as problem codes are),
/// and the kind of failure it is.
public protocol FailureCode: RawRepresentable, Hashable, Sendable where RawValue == String {
    /// How the failure is reported: its exit status and HTTP status.
    var kind: FailureKind { get }
}

/// An error a person reads and a program switches on: each module of Attest throws one type of
/// it. Its `code` says what failed, its message says it in the catalog's words in the chosen
/// language (a library's English never inside a Russian sentence), and the code's kind says how
/// the command line and the service report it.
public protocol AttestError: Error, CustomStringConvertible {
    associatedtype Code: FailureCode
    /// What failed, for a caller to switch on.
    var code: Code { get }
    /// The error in `language`, in the catalog's words.
    func message(in language: Language) -> String
    /// The problems the refused input has, when there are several to act on; empty otherwise.
    var problems: [Problem] { get }
}

extension AttestError {
    /// How the failure is reported.
    public var kind: FailureKind { code.kind }

    public var problems: [Problem] { [] }

    /// The message in English.
    public var description: String { message(in: .en) }

    /// Errors are equal when their codes are: tests and callers compare codes, not words.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }
}

extension ProblemArgument {
    /// The argument's text in `language`.
    public func text(in language: Language) -> String {
        switch self {
        case .number(let value): String(value)
        case .text(let value): value
        case .phrase(let phrase): phrase.text(in: language)
        case .filled(let phrase, let arguments): phrase.text(in: language, arguments)
        }
    }
}

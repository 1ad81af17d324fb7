/// An error a person reads: its sentence in the chosen language, with the system's reasons in
/// words of the catalog, never a library's English inside a Russian sentence.
public protocol Explained: Error {
    func message(in language: Language) -> String
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

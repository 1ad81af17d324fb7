/// A phrase a message, a reason or a line of output uses: its words in each language are kept
/// here, beside the problem catalog, and nowhere else.
///
/// Each part of Attest keeps its phrases in a section of its own.
public enum Phrase: String, Sendable, Hashable, CaseIterable {
    // Shared by every part
    case placeholder

    // Signatures

    // Scan inspection

    // Certificates of registration

    // The workflow

    // The command line

    /// The phrase in `language`.
    public func text(in language: Language) -> String {
        let words = self.words
        return language == .ru ? words.ru : words.en
    }

    private var words: (en: String, ru: String) {
        switch self {
        // Shared by every part
        case .placeholder: ("", "")

        // Signatures

        // Scan inspection

        // Certificates of registration

        // The workflow

        // The command line
        }
    }
}

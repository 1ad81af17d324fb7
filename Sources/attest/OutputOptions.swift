import AttestCore
import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a command prints data: for people, as one JSON document, or as JSON Lines.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
}

extension Language: ExpressibleByArgument {}

/// The date an option gives as YYYY-MM-DD, or a usage error naming `--option`.
func civilDate(_ text: String, option: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text) else { throw ValidationError("--\(option) must be a date such as 2026-11-25.") }
    return date
}

/// The options every command that prints problems shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text for people, json (one document) or jsonl (one object per line) for programs.")
    var format: OutputFormat = .text

    @OptionGroup var lang: LanguageOption

    var language: Language { lang.language }

    /// Prints `value` as JSON: one line for `jsonl`, indented for `json`; messages in the chosen language.
    func printJSON(_ value: some JSONRepresentable) {
        print(value.json(in: language).serialized(pretty: format == .json))
    }
}

/// Permissions for the files a command writes, given in octal as chmod takes them.
struct FileMode: ExpressibleByArgument {
    let permissions: mode_t

    init(_ permissions: mode_t) { self.permissions = permissions }

    init?(argument: String) {
        guard let permissions = mode_t(argument, radix: 8), permissions <= 0o777 else { return nil }
        self.permissions = permissions
    }

    var defaultValueDescription: String { String(permissions, radix: 8) }
}

/// The permissions option of every command whose outputs hold personal data.
struct PersonalFileOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Permissions of the files written, in octal: they hold personal data, so only their owner reads them unless this says otherwise.", valueName: "octal"))
    var mode = FileMode(0o600)

    var permissions: mode_t { mode.permissions }
}

/// `--lang`, the one option that chooses the language of messages: on its own for a command that
/// prints no data, within `OutputOptions` for one that does.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of messages: ru or en (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    var language: Language { lang ?? .preferred() }
}

/// Prints a line for people: control characters in the values it carries (a name, a file name, a
/// certificate's subject) are shown escaped, never sent to the terminal.
func show(_ line: String) {
    print(VisibleText.escaping(line))
}

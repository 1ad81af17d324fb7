import AttestCore
import ArgumentParser
import Foundation

/// How a command prints data: for people, as one JSON document, or as JSON Lines.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
}

extension Language: ExpressibleByArgument {}

/// The options every command that prints problems shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text for people, json (one document) or jsonl (one object per line) for programs.")
    var format: OutputFormat = .text

    @Option(help: "Language of messages: ru or en (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    var language: Language { lang ?? .preferred() }

    /// Prints `value` as JSON: one line for `jsonl`, indented for `json`; messages in the chosen language.
    func printJSON(_ value: some JSONRepresentable) {
        print(value.json(in: language).serialized(pretty: format == .json))
    }
}

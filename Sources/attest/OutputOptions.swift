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

    /// The one JSON encoder configuration of every subcommand: camelCase keys in sorted order
    /// (so output is byte-for-byte repeatable),
    /// slashes unescaped, messages in the chosen language; indented for `json`, one line for `jsonl`.
    func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = format == .jsonl
            ? [.sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        encoder.dateEncodingStrategy = .iso8601
        encoder.userInfo[Language.userInfoKey] = language
        return encoder
    }

    /// Prints `value` as JSON on one line (for `jsonl`) or indented.
    func printJSON(_ value: some Encodable) throws {
        let data = try encoder().encode(value)
        print(String(decoding: data, as: UTF8.self))
    }
}

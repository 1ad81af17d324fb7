/// Sentences with named places, `{name}`, that arguments fill: the problem catalog's messages
/// and the phrase catalog's phrases are both written this way.
enum Template {
    /// Appends `template`'s UTF-8 to `output`, each `{name}` replaced by the argument of that name
    /// in `language` (a place without one is kept as written). One pass over the template's UTF-8
    /// (braces are ASCII), so an argument's own text is never read as a place.
    static func write(_ template: String, arguments: ProblemArguments, language: Language, to output: OutputBuffer) {
        var template = template
        template.withUTF8 { template in
            var rest = template[...]
            while let open = rest.firstIndex(of: 0x7B), let close = rest[open...].firstIndex(of: 0x7D) {
                output.append(rest[..<open])
                let name = String(decoding: rest[(open + 1)..<close], as: UTF8.self)
                if let argument = arguments[name] {
                    argument.write(in: language, to: output)
                } else {
                    output.append(rest[open...close])
                }
                rest = rest[(close + 1)...]
            }
            output.append(rest)
        }
    }
}

extension Phrase {
    /// The phrase in `language`, each `{name}` in it replaced by the argument of that name: a
    /// number grouped as the language writes it, text with its control characters escaped.
    public func text(in language: Language, _ arguments: ProblemArguments) -> String {
        let text = OutputBuffer(capacity: 128)
        Template.write(self.text(in: language), arguments: arguments, language: language, to: text)
        return text.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }
}

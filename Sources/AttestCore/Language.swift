import FoundationEssentials

/// A language Attest writes its messages in.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case en
    case ru

    /// The language the locale of `environment` asks for (`LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`, as POSIX orders them): Russian for `ru…`, English otherwise.
    public static func preferred(
        by environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ru") ? .ru : .en
        }
        return .en
    }

    /// Appends `value` with its thousands grouped as the language writes them: 5,242,880 or
    /// 5 242 880 (with U+00A0, a no-break space).
    func writeGrouped(_ value: Int, to output: OutputBuffer) {
        switch self {
        case .en: output.append(decimal: value, thousandsSeparator: ",")
        case .ru: output.append(decimal: value, thousandsSeparator: "\u{00A0}")
        }
    }

}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (Unicode's space separators), as
    /// Foundation's `.whitespaces` trims.
    package func trimmingSpaces() -> String {
        trimming { $0.properties.generalCategory == .spaceSeparator || $0 == "\t" }
    }

    /// Without leading and trailing white space, line breaks included.
    package func trimmingWhitespace() -> String {
        trimming(\.properties.isWhitespace)
    }

    /// Without the leading and trailing scalars `drop` accepts.
    package func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else {
            return ""
        }
        return String(text.unicodeScalars[first...last])
    }
}

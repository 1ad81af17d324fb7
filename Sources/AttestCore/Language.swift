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

    /// `value` with its thousands grouped as the language writes them: 5,242,880 or 5 242 880.
    func grouped(_ value: Int) -> String {
        let written = String(value.magnitude)
        guard written.utf8.count > 3 else { return value < 0 ? "-" + written : written }  // nothing to group
        let digits = Array(written.utf8)
        let separator: [UInt8] = self == .ru ? [0xC2, 0xA0] : [0x2C]  // U+00A0 no-break space
        var text: [UInt8] = value < 0 ? [0x2D] : []
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return String(decoding: text, as: UTF8.self)
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

/// Text from outside (a name, a file name, a certificate's subject) as it may be shown to a
/// person: control characters (C0, DEL, C1) written as `\u{1B}`, so that a value cannot ring the
/// terminal's bell, move its cursor or hide what follows.
public enum VisibleText {
    /// Whether `scalar` is a control character a terminal would act on.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` with every control character escaped.
    public static func escaping(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Appends `text` to `output` with every control character escaped. Most text has none, and
    /// its bytes are copied whole.
    static func append(_ text: String, to output: OutputBuffer) {
        text.withUTF8Bytes { bytes in
            // C0 and DEL are single bytes; C1 is 0xC2 followed by 0x80...0x9F.
            if !bytes.indices.contains(where: { bytes[$0] < 0x20 || bytes[$0] == 0x7F
                || (bytes[$0] == 0xC2 && $0 + 1 < bytes.count && bytes[$0 + 1] < 0xA0) }) {
                output.append(UnsafeRawBufferPointer(bytes))
            } else {
                output.append(utf8Of: escaping(String(decoding: bytes, as: UTF8.self)))
            }
        }
    }
}

/// Base45 (RFC 9285): bytes as characters of the QR code's alphanumeric mode, which packs them
/// tighter than byte mode does. The EU digital COVID certificate's QR uses it too.
enum Base45 {
    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2 * 3 + 2)
        var index = 0
        while index + 1 < bytes.count {
            var value = Int(bytes[index]) << 8 | Int(bytes[index + 1])
            for _ in 0..<3 {
                output.append(alphabet[value % 45])
                value /= 45
            }
            index += 2
        }
        if index < bytes.count {
            let value = Int(bytes[index])
            output.append(alphabet[value % 45])
            output.append(alphabet[value / 45])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes, or nil for text that is not Base45.
    static func decode(_ text: String) -> [UInt8]? {
        var values: [Int] = []
        for character in text.utf8 {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            values.append(value)
        }
        var output: [UInt8] = []
        var index = 0
        while index < values.count {
            let remaining = values.count - index
            if remaining >= 3 {
                let value = values[index] + values[index + 1] * 45 + values[index + 2] * 2025
                guard value <= 0xFFFF else { return nil }
                output += [UInt8(value >> 8), UInt8(value & 0xFF)]
                index += 3
            } else if remaining == 2 {
                let value = values[index] + values[index + 1] * 45
                guard value <= 0xFF else { return nil }
                output.append(UInt8(value))
                index += 2
            } else {
                return nil
            }
        }
        return output
    }
}

/// A JSON document whose objects keep their keys in the order they were given, so every report
/// reads in the order its fields are documented. One serializer for every subcommand's output:
/// Foundation's JSONEncoder on Linux neither keeps key order nor keeps up with a batch of
/// hundreds of thousands of reports.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The text of the value: one line, or indented by two spaces per level when `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(512)
        write(to: &output, pretty: pretty, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    func write(to output: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .int(let value): JSONValue.writeInt(value, to: &output)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let values):
            writeContainer(open: 0x5B, close: 0x5D, count: values.count, to: &output, pretty: pretty, depth: depth) { index, output in
                values[index].write(to: &output, pretty: pretty, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(open: 0x7B, close: 0x7D, count: members.count, to: &output, pretty: pretty, depth: depth) { index, output in
                JSONValue.writeString(members[index].key, to: &output)
                output.append(0x3A)
                if pretty { output.append(0x20) }
                members[index].value.write(to: &output, pretty: pretty, depth: depth + 1)
            }
        }
    }

    private func writeContainer(
        open: UInt8, close: UInt8, count: Int, to output: inout [UInt8], pretty: Bool, depth: Int,
        element: (Int, inout [UInt8]) -> Void
    ) {
        output.append(open)
        for index in 0..<count {
            if index > 0 { output.append(0x2C) }
            if pretty { newline(&output, depth + 1) }
            element(index, &output)
        }
        if pretty && count > 0 { newline(&output, depth) }
        output.append(close)
    }

    private func newline(_ output: inout [UInt8], _ depth: Int) {
        output.append(0x0A)
        output += repeatElement(0x20, count: depth * 2)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(0x22)
        // Most strings (paths, codes, messages) need no escape: copy their bytes whole, as one
        // block (a report is mostly strings, and a batch writes hundreds of thousands).
        var value = value
        value.withUTF8 { bytes in
            if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                output.append(contentsOf: bytes)
            } else {
                writeEscaped(bytes, to: &output)
            }
        }
        output.append(0x22)
    }

    /// A whole number in decimal digits, written straight into `output` (no String on the way).
    static func writeInt(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for UInt64.max's 20 digits
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: buffer[start...])
        }
    }

    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case 0x22: output += [0x5C, 0x22]
            case 0x5C: output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, 0x6E]
            case 0x0D: output += [0x5C, 0x72]
            case 0x09: output += [0x5C, 0x74]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: output.append(byte)
            }
        }
    }
}

/// One key and its value in a JSON object.
public struct JSONMember: Sendable, Hashable {
    public let key: String
    public let value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// A value that has a JSON form; messages inside it are written in `language`.
public protocol JSONRepresentable {
    func json(in language: Language) -> JSONValue
}

extension JSONValue {
    /// An object with its members in the order given.
    public static func members(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(members.map { JSONMember($0.key, $0.value) })
    }

    /// A string, or null.
    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// A number, or null.
    public static func int(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// The JSON form of a value, or null.
    @inlinable
    public static func value(_ value: (some JSONRepresentable)?, in language: Language) -> JSONValue {
        value?.json(in: language) ?? .null
    }

    /// An array of JSON forms.
    @inlinable
    public static func array(_ values: [some JSONRepresentable], in language: Language) -> JSONValue {
        .array(values.map { $0.json(in: language) })
    }
}

extension JSONValue: JSONRepresentable {
    /// A JSON value is its own JSON form.
    public func json(in language: Language) -> JSONValue { self }
}

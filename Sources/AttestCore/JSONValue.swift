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
        let output = OutputBuffer(capacity: 512)
        write(to: output, pretty: pretty, depth: 0)
        return output.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    func write(to output: OutputBuffer, pretty: Bool, depth: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .int(let value): output.append(decimal: value)
        case .string(let value): JSONValue.writeString(value, to: output)
        case .array(let values):
            writeContainer(open: 0x5B, close: 0x5D, count: values.count, to: output, pretty: pretty, depth: depth) { index in
                values[index].write(to: output, pretty: pretty, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(open: 0x7B, close: 0x7D, count: members.count, to: output, pretty: pretty, depth: depth) { index in
                JSONValue.writeString(members[index].key, to: output)
                output.append(pretty ? ": " : ":")
                members[index].value.write(to: output, pretty: pretty, depth: depth + 1)
            }
        }
    }

    private func writeContainer(
        open: UInt8, close: UInt8, count: Int, to output: OutputBuffer, pretty: Bool, depth: Int,
        element: (Int) -> Void
    ) {
        output.append(open)
        for index in 0..<count {
            if index > 0 { output.append(0x2C) }
            if pretty { newline(output, depth + 1) }
            element(index)
        }
        if pretty && count > 0 { newline(output, depth) }
        output.append(close)
    }

    private func newline(_ output: OutputBuffer, _ depth: Int) {
        output.append(0x0A)
        for _ in 0..<depth * 2 { output.append(0x20) }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    @usableFromInline
    static func writeString(_ value: String, to output: OutputBuffer) {
        output.append(0x22)
        // Most strings (paths, codes, messages) need no escape: copy their bytes whole, as one
        // block (a report is mostly strings, and a batch writes hundreds of thousands).
        value.withUTF8Bytes { bytes in
            if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                output.append(UnsafeRawBufferPointer(bytes))
            } else {
                writeEscaped(bytes, to: output)
            }
        }
        output.append(0x22)
    }

    /// A JSON string whose UTF-8 `compose` appends: written in place, and escaped afterwards
    /// in the rare case it needs it.
    static func writeString(composedBy compose: (OutputBuffer) -> Void, to output: OutputBuffer) {
        output.append(0x22)
        let start = output.count
        compose(output)
        let escaped = output.withUnsafeBytes { $0[start...].contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) }
        if escaped {
            let composed = output.withUnsafeBytes { Array($0[start...]) }
            output.removeLast(from: start)
            composed.withUnsafeBufferPointer { writeEscaped($0, to: output) }
        }
        output.append(0x22)
    }

    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: OutputBuffer) {
        let hex: StaticString = "0123456789abcdef"
        for byte in bytes {
            switch byte {
            case 0x22: output.append("\\\"")
            case 0x5C: output.append("\\\\")
            case 0x0A: output.append("\\n")
            case 0x0D: output.append("\\r")
            case 0x09: output.append("\\t")
            case 0x00..<0x20:
                output.append("\\u00")
                output.append(hex.utf8Start[Int(byte >> 4)])
                output.append(hex.utf8Start[Int(byte & 0x0F)])
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

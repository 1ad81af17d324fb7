/// A JSON document as read, before any field is checked: for inputs whose every fault is
/// reported by field, and for documents checked as written, byte for byte.
///
/// The parser is strict, so that what Attest reads is what every other JSON reader reads: the
/// bytes must be UTF-8 without a byte order mark, no object may give a member name twice (readers
/// disagree on which one wins), and a number is an integer only when written as one (`3`, not
/// `3.0` or `3e0`).
public enum JSONInput: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONInput])
    case object([String: JSONInput])

    /// The deepest nesting of arrays and objects accepted, as Foundation's JSONDecoder has it.
    public static let maximumDepth = 512

    /// Parses `bytes` as one JSON value; throws `malformed`, naming the place of the first fault.
    public init(parsing bytes: some Collection<UInt8>) throws(InputError) {
        let bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw InputError(field: "", reason: .jsonStartsWithBOM)
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw InputError(field: "", reason: .jsonNotUTF8)
        }
        var parser = JSONParser(bytes: bytes)
        self = try parser.document()
    }

    /// The member named `key` of an object; nil when there is none or this is not an object.
    public subscript(key: String) -> JSONInput? {
        if case .object(let members) = self { members[key] } else { nil }
    }

    public var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    public var int: Int? {
        if case .int(let value) = self { value } else { nil }
    }

    public var object: [String: JSONInput]? {
        if case .object(let members) = self { members } else { nil }
    }
}

/// A recursive-descent parser over UTF-8 already validated, per RFC 8259.
private struct JSONParser {
    let bytes: [UInt8]
    var index = 0
    /// Where the parser is, for errors: member names and array indexes from the top.
    var path: [String] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func document() throws(InputError) -> JSONInput {
        let value = try self.value(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw fail(.jsonTextAfterEnd) }
        return value
    }

    private var place: String {
        path.reduce(into: "") { text, part in text += part.first == "[" || text.isEmpty ? part : "." + part }
    }

    private var tooDeep: InputError {
        InputError(field: "", reason: .jsonNestsTooDeep, ["levels": .text(String(JSONInput.maximumDepth))])
    }

    private func fail(_ reason: Phrase, _ arguments: ProblemArguments = [:]) -> InputError {
        InputError(field: place, reason: reason, arguments)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func value(depth: Int) throws(InputError) -> JSONInput {
        skipWhitespace()
        guard index < bytes.count else { throw path.isEmpty ? fail(.jsonEmpty) : fail(.jsonEndsBeforeValue) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw fail(.jsonNotAValue)
        }
    }

    private mutating func literal(_ word: StaticString) throws(InputError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes[index...].starts(with: expected) else { throw fail(.jsonNotAValue) }
        index += expected.count
    }

    private mutating func object(depth: Int) throws(InputError) -> JSONInput {
        guard depth <= JSONInput.maximumDepth else { throw tooDeep }
        index += 1
        var members: [String: JSONInput] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail(.jsonMemberWithoutName) }
            let name = try string()
            guard members[name] == nil else { throw fail(.jsonMemberTwice, ["name": .text(name)]) }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail(.jsonNoColon, ["name": .text(name)]) }
            index += 1
            path.append(name)
            members[name] = try value(depth: depth)
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw fail(.jsonNotClosed) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { throw fail(.jsonNoCommaOrBrace, ["name": .text(name)]) }
            index += 1
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(InputError) -> JSONInput {
        guard depth <= JSONInput.maximumDepth else { throw tooDeep }
        index += 1
        var elements: [JSONInput] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            path.append("[\(elements.count)]")
            elements.append(try value(depth: depth))
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw fail(.jsonNotClosed) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "]") else { throw fail(.jsonNoCommaOrBracket) }
            index += 1
            return .array(elements)
        }
    }

    /// A string at `index` (its opening quote); the bytes are valid UTF-8 already.
    private mutating func string() throws(InputError) -> String {
        index += 1
        var scalars: [UInt8] = []
        while true {
            guard index < bytes.count else { throw fail(.jsonStringNotClosed) }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: scalars, as: UTF8.self)
            case 0x00..<0x20:
                throw fail(.jsonControlCharacter)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw fail(.jsonStringNotClosed) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                            throw fail(.jsonUnpairedSurrogate)
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail(.jsonUnpairedSurrogate) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(code) {
                        throw fail(.jsonUnpairedSurrogate)
                    }
                    scalars.append(contentsOf: String(Character(Unicode.Scalar(code)!)).utf8)
                default:
                    throw fail(.jsonUnknownEscape)
                }
            default:
                scalars.append(byte)
            }
        }
    }

    private mutating func hex4() throws(InputError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail(.jsonShortUnicodeEscape) }
        var code: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail(.jsonMalformedUnicodeEscape)
            }
            code = code << 4 | UInt32(digit)
        }
        index += 4
        return code
    }

    /// A number as RFC 8259 writes it: an integer when it has neither fraction nor exponent.
    private mutating func number() throws(InputError) -> JSONInput {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - first
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        guard digits() > 0 else { throw fail(.jsonMalformedNumber) }
        if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 { throw fail(.jsonLeadingZero) }
        var integral = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            integral = false
            guard digits() > 0 else { throw fail(.jsonMalformedNumber) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            integral = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail(.jsonMalformedNumber) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if integral {
            guard let value = Int(text) else { throw fail(.jsonIntegerOutOfRange) }
            return .int(value)
        }
        guard let value = Double(text), value.isFinite else { throw fail(.jsonNumberOutOfRange) }
        return .double(value)
    }
}

import FoundationEssentials

/// A JSON document as read, before any field is checked: for inputs whose every fault is
/// reported by field, where a Decodable type would stop at the first.
public enum JSONInput: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONInput])
    case object([String: JSONInput])

    /// Parses `bytes` as one JSON value (JSONDecoder's parser, with its nesting limit).
    public init(parsing bytes: some Sequence<UInt8>) throws {
        self = try JSONDecoder().decode(JSONInput.self, from: Data(bytes))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONInput].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONInput].self)) }
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

/// Decodes a `Decodable` type from a strictly parsed `JSONInput`: one parser for every JSON
/// door, integers only where written as integers, and errors that name the field, never its value.
extension JSONInput {
    /// Parses `bytes` strictly and decodes a `T` from them.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>) throws(InputError) -> T {
        try JSONInput(parsing: bytes).decode(type)
    }

    /// Decodes a `T` from this value.
    public func decode<T: Decodable>(_ type: T.Type) throws(InputError) -> T {
        do {
            return try T(from: InputDecoder(value: self, codingPath: []))
        } catch let error as DecodingError {
            throw InputError(decoding: error)
        } catch {
            throw InputError(field: "", reason: .jsonCannotBeRead)
        }
    }
}

extension InputError {
    /// The field at fault and what is wrong there, from the decoder's context only: a decoding
    /// error's own description quotes the value, which may be personal data.
    init(decoding error: DecodingError) {
        func place(_ path: [any CodingKey]) -> String {
            path.reduce(into: "") { text, key in
                if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : "." + key.stringValue }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(field: place(context.codingPath + [key]), reason: .jsonMissing)
        case .valueNotFound(let type, let context):
            self.init(field: place(context.codingPath), reason: .jsonMustBeNotNull, ["kind": .phrase(Self.expected(type))])
        case .typeMismatch(let type, let context):
            self.init(field: place(context.codingPath), reason: .jsonMustBe, ["kind": .phrase(Self.expected(type))])
        case .dataCorrupted(let context):
            // Our own types say what they expect in words without the value (CivilDate: "not a date
            // YYYY-MM-DD"); the standard library's RawRepresentable quotes it, so it is not repeated.
            let accepted = context.debugDescription.hasPrefix("Cannot initialize")
            self.init(field: place(context.codingPath),
                      reason: accepted ? .jsonNotAccepted : Self.corrupted[context.debugDescription] ?? .jsonInvalidValue)
        @unknown default:
            self.init(field: "", reason: .jsonCannotBeRead)
        }
    }

    /// What the project's own types say of a value they refuse, in the catalog's words.
    private static let corrupted: [String: Phrase] = [
        "not a date YYYY-MM-DD": .jsonNotADate,
        "out of range": .jsonOutOfRange,
        "unknown member": .jsonUnknownMember,
    ]

    /// What a value of `type` must be, in the catalog's words.
    private static func expected(_ type: Any.Type) -> Phrase {
        switch type {
        case is String.Type: .jsonKindString
        case is Bool.Type: .jsonKindBool
        case is any BinaryInteger.Type: .jsonKindInteger
        case is any BinaryFloatingPoint.Type: .jsonKindNumber
        case is [Any].Type: .jsonKindArray
        default: .jsonKindObject
        }
    }
}

private struct InputDecoder: Decoder {
    let value: JSONInput
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// An object's members: each must be one the type knows (a misspelt optional field is refused,
    /// not silently dropped); a type that takes any name (a dictionary) knows every one.
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: Any].self, codingPath) }
        if let unknown = members.keys.sorted().first(where: { Key(stringValue: $0) == nil }) {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [MemberKey(unknown)], debugDescription: "unknown member"))
        }
        return KeyedDecodingContainer(KeyedContainer(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self, codingPath) }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValue(value: value, codingPath: codingPath) }
}

private func mismatch(_ type: Any.Type, _ path: [any CodingKey]) -> DecodingError {
    .typeMismatch(type, .init(codingPath: path, debugDescription: ""))
}

/// An object member's name, for an error's place.
private struct MemberKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue!)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// One value's reads, shared by the three kinds of container.
private struct SingleValue: SingleValueDecodingContainer {
    let value: JSONInput
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let result) = value else { throw failure(type) }
        return result
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let result) = value else { throw failure(type) }
        return result
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case .double(let result): return result
        case .int(let result): return Double(result)
        default: throw failure(type)
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode<T: BinaryInteger & Decodable>(integer type: T.Type) throws -> T {
        guard case .int(let result) = value else { throw failure(type) }
        guard let exact = T(exactly: result) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "out of range"))
        }
        return exact
    }

    func decode(_ type: Int.Type) throws -> Int { try decode(integer: type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decode(integer: type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decode(integer: type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decode(integer: type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decode(integer: type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decode(integer: type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decode(integer: type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decode(integer: type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decode(integer: type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decode(integer: type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: InputDecoder(value: value, codingPath: codingPath))
    }

    private func failure(_ type: Any.Type) -> DecodingError {
        value == .null ? .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "")) : mismatch(type, codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONInput]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { members.keys.compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try SingleValue(value: try value(key), codingPath: codingPath + [key]).decode(type)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try single(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try single(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try single(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try single(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try InputDecoder(value: try value(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try InputDecoder(value: try value(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { InputDecoder(value: .object(members), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        InputDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }

    private func value(_ key: Key) throws -> JSONInput {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: ""))
        }
        return value
    }

    private func single(_ key: Key) throws -> SingleValue { SingleValue(value: try value(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONInput]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(elements: [JSONInput], codingPath: [any CodingKey]) {
        (self.elements, self.codingPath) = (elements, codingPath)
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws -> Bool {
        guard try next() == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let result = try SingleValue(value: try next(), codingPath: codingPath + [IndexKey(currentIndex)]).decode(type)
        currentIndex += 1
        return result
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let result = try decoder().container(keyedBy: type)
        currentIndex += 1
        return result
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let result = try decoder().unkeyedContainer()
        currentIndex += 1
        return result
    }

    mutating func superDecoder() throws -> any Decoder {
        let result = try decoder()
        currentIndex += 1
        return result
    }

    private func decoder() throws -> InputDecoder {
        InputDecoder(value: try next(), codingPath: codingPath + [IndexKey(currentIndex)])
    }

    private func next() throws -> JSONInput {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(JSONInput.self, .init(codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: ""))
        }
        return elements[currentIndex]
    }
}

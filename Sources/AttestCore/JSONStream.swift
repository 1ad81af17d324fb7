/// Where a value's JSON form goes as it is produced: straight into bytes (`JSONWriter`, for a
/// batch of hundreds of thousands of reports) or into a `JSONValue` tree (`JSONTreeBuilder`, for
/// a document that nests it or prints it indented). A type that writes itself to any sink
/// (`JSONStreamable`) states its JSON shape once and serves both.
///
/// Members and elements are written in order between `beginObject`/`endObject` and
/// `beginArray`/`endArray`; each member is a `key` followed by one value.
public protocol JSONSink {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ key: StaticString)
    mutating func null()
    mutating func bool(_ value: Bool)
    mutating func int(_ value: Int)
    mutating func string(_ value: String)
    /// A string value that `compose` appends as UTF-8 to the buffer it is given (which may hold
    /// other bytes before it): a message made of parts, with no String made on the way.
    mutating func string(composedBy compose: (OutputBuffer) -> Void)
    /// A value that already has its tree form.
    mutating func value(_ value: JSONValue)
}

/// A value that writes its JSON form to a sink; its `json(in:)` is that form as a tree.
public protocol JSONStreamable: JSONRepresentable {
    func write(to json: inout some JSONSink, in language: Language)
}

extension JSONStreamable {
    public func json(in language: Language) -> JSONValue {
        var builder = JSONTreeBuilder()
        write(to: &builder, in: language)
        return builder.result
    }
}

extension JSONSink {
    /// A member whose value is a string, or null.
    @inlinable @inline(__always)
    public mutating func member(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { string(value) } else { null() }
    }

    /// A member whose value is a number, or null.
    @inlinable @inline(__always)
    public mutating func member(_ key: StaticString, _ value: Int?) {
        self.key(key)
        if let value { int(value) } else { null() }
    }

    @inlinable @inline(__always)
    public mutating func member(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    /// A member whose value writes itself, or null.
    @inlinable @inline(__always)
    public mutating func member(_ key: StaticString, _ value: (some JSONStreamable)?, in language: Language) {
        self.key(key)
        if let value { value.write(to: &self, in: language) } else { null() }
    }

    /// A member whose value is an array of values that write themselves.
    @inlinable @inline(__always)
    public mutating func member(_ key: StaticString, _ values: [some JSONStreamable], in language: Language) {
        self.key(key)
        beginArray()
        for value in values { value.write(to: &self, in: language) }
        endArray()
    }
}

/// Compact JSON (no spaces, no newlines) appended to a `OutputBuffer`, as `JSONValue.serialized()`
/// writes it. Inlinable: a report's writer, specialised for this sink, becomes straight-line
/// appends, with no call for each key and value.
public struct JSONWriter: JSONSink {
    /// Where the JSON goes.
    public let output: OutputBuffer
    /// Whether the next key or value follows a sibling and so takes a comma.
    @usableFromInline var followsValue = false

    /// Writes after whatever `output` holds already.
    @inlinable @inline(__always)
    public init(into output: OutputBuffer) { self.output = output }

    @inlinable @inline(__always)
    mutating func separate() {
        if followsValue { output.append(0x2C) }
    }

    @inlinable @inline(__always) public mutating func beginObject() { separate(); output.append(0x7B); followsValue = false }
    @inlinable @inline(__always) public mutating func endObject() { output.append(0x7D); followsValue = true }
    @inlinable @inline(__always) public mutating func beginArray() { separate(); output.append(0x5B); followsValue = false }
    @inlinable @inline(__always) public mutating func endArray() { output.append(0x5D); followsValue = true }

    @inlinable @inline(__always)
    public mutating func key(_ key: StaticString) {
        separate()
        output.append(0x22)
        output.append(key)
        output.append("\":")
        followsValue = false
    }

    @inlinable @inline(__always) public mutating func null() { separate(); output.append("null"); followsValue = true }
    @inlinable @inline(__always) public mutating func bool(_ value: Bool) { separate(); output.append(value ? "true" : "false"); followsValue = true }
    @inlinable @inline(__always) public mutating func int(_ value: Int) { separate(); output.append(decimal: value); followsValue = true }
    @inlinable @inline(__always) public mutating func string(_ value: String) { separate(); JSONValue.writeString(value, to: output); followsValue = true }

    public mutating func string(composedBy compose: (OutputBuffer) -> Void) {
        separate()
        JSONValue.writeString(composedBy: compose, to: output)
        followsValue = true
    }

    public mutating func value(_ value: JSONValue) {
        separate()
        value.write(to: output, pretty: false, depth: 0)
        followsValue = true
    }
}

/// Builds the `JSONValue` tree of what is written to it.
public struct JSONTreeBuilder: JSONSink {
    private enum Open {
        case object([JSONMember], pendingKey: String?)
        case array([JSONValue])
    }

    private var open: [Open] = []
    private var finished: JSONValue?

    public init() {}

    /// The value written, or null when nothing was.
    public var result: JSONValue { finished ?? .null }

    private mutating func add(_ value: JSONValue) {
        switch open.popLast() {
        case .object(var members, let key)?:
            members.append(JSONMember(key ?? "", value))
            open.append(.object(members, pendingKey: nil))
        case .array(var values)?:
            values.append(value)
            open.append(.array(values))
        case nil:
            finished = value
        }
    }

    public mutating func beginObject() { open.append(.object([], pendingKey: nil)) }
    public mutating func beginArray() { open.append(.array([])) }

    public mutating func endObject() {
        guard case .object(let members, _)? = open.popLast() else { return }
        add(.object(members))
    }

    public mutating func endArray() {
        guard case .array(let values)? = open.popLast() else { return }
        add(.array(values))
    }

    public mutating func key(_ key: StaticString) {
        guard case .object(let members, _)? = open.popLast() else { return }
        open.append(.object(members, pendingKey: key.description))
    }

    public mutating func null() { add(.null) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func int(_ value: Int) { add(.int(value)) }
    public mutating func string(_ value: String) { add(.string(value)) }
    public mutating func string(composedBy compose: (OutputBuffer) -> Void) {
        let text = OutputBuffer(capacity: 128)
        compose(text)
        add(.string(text.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }))
    }
    public mutating func value(_ value: JSONValue) { add(value) }
}

/// Bytes appended to one growing block of memory: where a batch writes its reports' lines.
///
/// `[UInt8]` asks on every append whether its storage is shared (copy on write), a call into
/// the runtime; a report's JSON line is a few hundred bytes in dozens of appends, and those
/// checks were most of what writing it cost. An append here only checks that there is room.
/// A buffer is a reference: it is filled by one thread at a time and never copied.
public final class OutputBuffer {
    @usableFromInline @exclusivity(unchecked) var base: UnsafeMutableRawPointer
    @usableFromInline @exclusivity(unchecked) var capacity: Int
    @usableFromInline @exclusivity(unchecked) var used = 0

    /// How many bytes it holds.
    public var count: Int { used }

    /// An empty buffer with room for `capacity` bytes before it first grows.
    public init(capacity: Int = 4_096) {
        self.capacity = max(capacity, 16)
        base = .allocate(byteCount: self.capacity, alignment: 8)
    }

    deinit { base.deallocate() }

    @inlinable @inline(__always)
    public func append(_ byte: UInt8) {
        if used == capacity { grow(toHold: 1) }
        base.storeBytes(of: byte, toByteOffset: used, as: UInt8.self)
        used += 1
    }

    @inlinable @inline(__always)
    public func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        if capacity - used < bytes.count { grow(toHold: bytes.count) }
        (base + used).copyMemory(from: source, byteCount: bytes.count)
        used += bytes.count
    }

    @inlinable
    public func append(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes)))
    }

    @inlinable @inline(__always)
    public func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the string's UTF-8.
    @inlinable
    public func append(utf8Of text: String) {
        text.withUTF8Bytes { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `value` in decimal digits (no String on the way), every three digits from the
    /// right separated by `thousandsSeparator` when one is given.
    public func append(decimal value: Int, thousandsSeparator: StaticString? = nil) {
        if value < 0 { append(0x2D) }
        let magnitude = value.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let separator = thousandsSeparator?.utf8CodeUnitCount ?? 0
        let length = digits + (digits - 1) / 3 * separator
        if capacity - used < length { grow(toHold: length) }
        // Written from the last digit back.
        var position = used + length
        rest = magnitude
        for digit in 0..<digits {
            if separator > 0, digit > 0, digit % 3 == 0, let thousandsSeparator {
                position -= separator
                (base + position).copyMemory(from: thousandsSeparator.utf8Start, byteCount: separator)
            }
            position -= 1
            base.storeBytes(of: 0x30 + UInt8(truncatingIfNeeded: rest % 10), toByteOffset: position, as: UInt8.self)
            rest /= 10
        }
        used += length
    }

    /// Appends `value`'s 8 bytes, little-endian.
    public func append(littleEndian value: UInt64) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append($0) }
    }

    /// Writes `value` over the 8 bytes at `offset` (which must be held already), little-endian:
    /// a length known only after what it measures was appended.
    public func store(_ value: UInt64, at offset: Int) {
        precondition(offset >= 0 && offset + 8 <= used, "store outside the buffer")
        base.storeBytes(of: value.littleEndian, toByteOffset: offset, as: UInt64.self)
    }

    /// Forgets every byte and keeps the memory.
    public func removeAll() { used = 0 }

    /// Forgets the bytes from `count` on.
    public func removeLast(from count: Int) {
        precondition(count >= 0 && count <= used, "keeping more than the buffer holds")
        used = count
    }

    /// Calls `body` with the bytes held; they must not be used after it returns.
    @inlinable
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: used))
    }

    /// A copy of the bytes held.
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Makes room for `count` more bytes: at least double the memory, so appends stay cheap.
    @usableFromInline
    func grow(toHold count: Int) {
        let needed = used + count
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let moved = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 8)
        moved.copyMemory(from: base, byteCount: used)
        base.deallocate()
        base = moved
        capacity = grown
    }
}

extension String {
    /// Calls `body` with the string's UTF-8, without the copy (a retain) that `withUTF8` makes of
    /// a string it may have to make contiguous: native strings always are.
    @inlinable
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

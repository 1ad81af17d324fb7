/// One result slot per index, for work spread over threads: each slot is written by exactly one
/// worker and read after all of them finished, so no two threads touch a slot at once.
@usableFromInline
package final class Slots<Value>: @unchecked Sendable {
    @usableFromInline
    let storage: UnsafeMutableBufferPointer<Value?>

    @inlinable
    package init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.baseAddress?.deinitialize(count: storage.count)
        storage.deallocate()
    }

    @inlinable
    package func store(_ value: Value, at index: Int) { storage[index] = value }

    /// The value at `index`, leaving the slot empty.
    @inlinable
    package func take(at index: Int) -> Value? {
        defer { storage[index] = nil }
        return storage[index]
    }
}

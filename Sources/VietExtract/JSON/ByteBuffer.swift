/// A growable run of bytes whose appends are plain stores: what `JSONWriter` writes into, since
/// an `Array` checks its uniqueness and capacity on every single-byte append. Counts are added
/// unchecked (`&+`): a buffer never comes near `Int.max` bytes, and each check is an instruction
/// on every store.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0
    /// Whether the bytes are still in the memory the buffer was lent (`init(writingInto:)`), which
    /// it never frees; memory it allocated itself, it frees.
    private(set) var isInLentMemory = false

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// A buffer that writes into `memory` (say, an array's uninitialized storage) until it is full,
    /// then moves what it has to memory of its own: `isInLentMemory` tells whether it had to.
    /// `memory` must not be empty.
    init(writingInto memory: UnsafeMutableBufferPointer<UInt8>) {
        base = memory.baseAddress!
        capacity = memory.count
        isInLentMemory = true
    }

    deinit { if !isInLentMemory { base.deallocate() } }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count &+ 1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let end = count &+ bytes.count
        if end > capacity { grow(toHold: end) }
        (base + count).update(from: source, count: bytes.count)
        count = end
    }

    /// Makes room for `extra` more bytes, counts them as written and returns where they start:
    /// the caller stores all of them, with no check per byte.
    @inline(__always)
    mutating func appendUninitialized(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        let end = count &+ extra
        if end > capacity { grow(toHold: end) }
        let start = base + count
        count = end
        return start
    }

    /// Appends the UTF-8 bytes of a string literal.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Appends the bytes written so far to `array`.
    func copy(into array: inout [UInt8]) {
        withBytes { array.append(contentsOf: $0) }
    }

    /// Forgets the bytes from `index` on.
    mutating func removeLast(from index: Int) {
        count = min(count, index)
    }

    @_effects(releasenone)
    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        if !isInLentMemory { base.deallocate() }
        base = grown
        capacity = newCapacity
        isInLentMemory = false
    }
}

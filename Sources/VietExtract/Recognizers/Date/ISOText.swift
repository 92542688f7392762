/// The ISO text of a date value, written byte by byte into a small buffer on the stack and made a
/// String once (a small string, without allocating, up to fifteen bytes), instead of joined from
/// interpolated pieces. Numbers are padded as `DateText` pads them.
struct ISOText: ~Copyable {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// The text that `body` writes, or nil when it writes nothing.
    static func write(_ body: (inout ISOText) -> Void) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer in
            var text = ISOText(buffer)
            body(&text)
            return text.count == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: buffer[..<text.count]), as: UTF8.self)
        }
    }

    /// ASCII text (`-Q`, `XXXX`, `T`).
    mutating func append(_ ascii: StaticString) {
        ascii.withUTF8Buffer { for byte in $0 { append(byte: byte) } }
    }

    /// A number padded to two digits, as `DateText.pad2`.
    mutating func pad2(_ value: Int) {
        guard (0...99).contains(value) else { return append(contentsOf: DateText.pad2(value)) }
        append(byte: UInt8(truncatingIfNeeded: 0x30 + value / 10))
        append(byte: UInt8(truncatingIfNeeded: 0x30 + value % 10))
    }

    /// A year padded to four digits, as `DateText.year`.
    mutating func year(_ value: Int) {
        guard (0...9999).contains(value) else { return append(contentsOf: DateText.year(value)) }
        var divisor = 1000
        while divisor > 0 {
            append(byte: UInt8(truncatingIfNeeded: 0x30 + value / divisor % 10))
            divisor /= 10
        }
    }

    /// A number as `String(value)` writes it.
    mutating func number(_ value: Int) {
        guard (0...9999).contains(value) else { return append(contentsOf: String(value)) }
        var divisor = 1
        while divisor * 10 <= value { divisor *= 10 }
        while divisor > 0 {
            append(byte: UInt8(truncatingIfNeeded: 0x30 + value / divisor % 10))
            divisor /= 10
        }
    }

    /// Text as it is (a part of day, `MO`).
    mutating func append(contentsOf string: String) {
        for byte in string.utf8 { append(byte: byte) }
    }

    private mutating func append(byte: UInt8) {
        precondition(count < buffer.count, "an ISO value longer than its buffer")
        buffer[count] = byte
        count += 1
    }
}

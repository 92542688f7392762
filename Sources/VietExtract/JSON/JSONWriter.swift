/// Serializes `JSONValue`s to UTF-8 bytes, compactly or indented.
public struct JSONWriter {
    /// Whether to break lines and indent by two spaces.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The value as JSON text.
    public func string(_ value: JSONValue) -> String {
        var buffer = ByteBuffer()
        write(value, into: &buffer)
        return buffer.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the value as JSON to `bytes`.
    public func write(_ value: JSONValue, into bytes: inout [UInt8], depth: Int = 0) {
        var buffer = ByteBuffer()
        write(value, into: &buffer, depth: depth)
        buffer.copy(into: &bytes)
    }

    /// Appends `text` as a JSON string literal, escaping what JSON requires.
    public static func writeString(_ text: String, into bytes: inout [UInt8]) {
        var buffer = ByteBuffer(capacity: text.utf8.count + 2)
        writeString(text, into: &buffer)
        buffer.copy(into: &bytes)
    }

    /// Appends the value as JSON to `buffer`.
    func write(_ value: JSONValue, into buffer: inout ByteBuffer, depth: Int = 0) {
        switch value {
        case .null: buffer.append("null")
        case .bool(let flag): buffer.append(flag ? "true" : "false")
        case .int(let number): Self.writeInt(number, into: &buffer)
        case .double(let number):
            var text = number.isFinite ? String(number) : "null"
            text.withUTF8 { buffer.append($0) }
        case .string(let text): Self.writeString(text, into: &buffer)
        case .array(let values):
            buffer.append(0x5B)
            for (index, element) in values.enumerated() {
                startMember(index, depth: depth, into: &buffer)
                write(element, into: &buffer, depth: depth + 1)
            }
            end(0x5D, empty: values.isEmpty, depth: depth, into: &buffer)
        case .object(let members):
            buffer.append(0x7B)
            for (index, (key, element)) in members.enumerated() {
                startMember(index, depth: depth, into: &buffer)
                Self.writeString(key, into: &buffer)
                buffer.append(0x3A)
                if pretty { buffer.append(0x20) }
                write(element, into: &buffer, depth: depth + 1)
            }
            end(0x7D, empty: members.isEmpty, depth: depth, into: &buffer)
        }
    }

    /// The comma before every member but the first, and when pretty the line break and indent.
    @inline(__always)
    private func startMember(_ index: Int, depth: Int, into buffer: inout ByteBuffer) {
        if index > 0 { buffer.append(0x2C) }
        if pretty { newline(depth + 1, into: &buffer) }
    }

    /// The closing bracket of a container, on a line of its own when pretty and not empty.
    @inline(__always)
    private func end(_ close: UInt8, empty: Bool, depth: Int, into buffer: inout ByteBuffer) {
        if pretty && !empty { newline(depth, into: &buffer) }
        buffer.append(close)
    }

    private func newline(_ depth: Int, into buffer: inout ByteBuffer) {
        buffer.append(0x0A)
        for _ in 0..<depth * 2 { buffer.append(0x20) }
    }

    /// Appends the decimal digits of `number` without making a String: counted first, then
    /// stored from the last straight into the buffer, two digits a step (from `digitPairs`).
    @inline(__always)
    static func writeInt(_ number: Int, into buffer: inout ByteBuffer) {
        var magnitude = number.magnitude
        let length = (number < 0 ? 1 : 0) &+ digitCount(magnitude)
        let target = buffer.appendUninitialized(length)
        if number < 0 { target[0] = 0x2D }
        let pairs = digitPairs.utf8Start
        var position = length
        while magnitude >= 100 {
            let pair = Int(magnitude % 100) &* 2
            magnitude /= 100
            position &-= 2
            target[position] = pairs[pair]
            target[position &+ 1] = pairs[pair &+ 1]
        }
        if magnitude >= 10 {
            target[position &- 2] = pairs[Int(magnitude) &* 2]
            target[position &- 1] = pairs[Int(magnitude) &* 2 &+ 1]
        } else {
            target[position &- 1] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude)
        }
    }

    /// How many decimal digits `number` has, by comparisons for the offsets and counts nearly every
    /// number is (up to five digits), and by division beyond.
    @inline(__always)
    private static func digitCount(_ number: UInt) -> Int {
        if number < 10 { return 1 }
        if number < 100 { return 2 }
        if number < 1_000 { return 3 }
        if number < 10_000 { return 4 }
        var length = 5
        var rest = number / 100_000
        while rest > 0 {
            rest /= 10
            length &+= 1
        }
        return length
    }

    /// `00` to `99`, one after the other.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal, read straight from the string's storage. Inlined:
    /// most strings are short and need no escape, and their whole way is a few loads and stores;
    /// the others take a call.
    @inline(__always)
    static func writeString(_ text: String, into buffer: inout ByteBuffer) {
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { writeString(utf8: $0, into: &buffer) }
        if written == nil { writeEscapedString(text, into: &buffer) }
    }

    /// Appends the string of the UTF-8 bytes `utf8` as a JSON string literal, as `writeString(_:into:)` does.
    @inline(__always)
    static func writeString(utf8: UnsafeBufferPointer<UInt8>, into buffer: inout ByteBuffer) {
        if !appendIfPlain(utf8, into: &buffer) { writeEscaped(utf8, into: &buffer) }
    }

    /// Appends `text` as a JSON string literal when it needs no escape, and tells whether it did.
    /// The bytes are copied whole, quotes included, into room made once, and checked on the way.
    @inline(__always)
    private static func appendIfPlain(_ utf8: UnsafeBufferPointer<UInt8>, into buffer: inout ByteBuffer) -> Bool {
        let start = buffer.count
        let target = buffer.appendUninitialized(utf8.count &+ 2)
        target[0] = 0x22
        guard PlainRuns.copyIfPlain(utf8, to: target + 1) else {
            buffer.removeLast(from: start)
            return false
        }
        target[utf8.count &+ 1] = 0x22
        return true
    }

    /// Appends `text`, whose bytes are not stored contiguously, as a JSON string literal.
    @_effects(releasenone)
    @inline(never)
    private static func writeEscapedString(_ text: String, into buffer: inout ByteBuffer) {
        var text = text
        text.withUTF8 { writeEscaped($0, into: &buffer) }
    }

    /// Appends the string of `utf8` as a JSON string literal with the escapes JSON requires. It frees
    /// nothing: said, so that a caller need not keep what it reads alive across the call by a copy.
    @_effects(releasenone)
    @inline(never)
    private static func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, into buffer: inout ByteBuffer) {
        buffer.append(0x22)
        appendEscaped(utf8, from: 0, into: &buffer)
        buffer.append(0x22)
    }

    /// Appends `utf8[start...]` with the escapes JSON requires, copying the runs between them whole.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, into buffer: inout ByteBuffer) {
        var runStart = start
        while true {
            let runEnd = PlainRuns.end(in: utf8, from: runStart)
            buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<runEnd]))
            guard runEnd < utf8.count else { return }
            let byte = utf8[runEnd]
            buffer.append(0x5C)
            switch byte {
            case 0x22, 0x5C: buffer.append(byte)
            case 0x0A: buffer.append(0x6E)
            case 0x0D: buffer.append(0x72)
            case 0x09: buffer.append(0x74)
            default:
                buffer.append("u00")
                buffer.append(hexDigits[Int(byte >> 4)])
                buffer.append(hexDigits[Int(byte & 0xF)])
            }
            runStart = runEnd + 1
        }
    }
}

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

    /// Appends the decimal digits of `number` without making a String.
    static func writeInt(_ number: Int, into buffer: inout ByteBuffer) {
        if number < 0 { buffer.append(0x2D) }
        var magnitude = number.magnitude
        // The digits from the last, into a scratch word (an Int has at most 20), then copied in order.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { scratch in
            var position = scratch.count
            repeat {
                position -= 1
                scratch[position] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            buffer.append(UnsafeBufferPointer(rebasing: scratch.bindMemory(to: UInt8.self)[position...]))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal. The bytes are copied whole first (one copy for most
    /// strings, which need no escape); the part from the first byte that does is then rewritten.
    static func writeString(_ text: String, into buffer: inout ByteBuffer) {
        buffer.append(0x22)
        let start = buffer.count
        var text = text
        text.withUTF8 { buffer.append($0) }
        let special = buffer.withBytes { PlainRuns.end(in: $0, from: start) }
        if special < buffer.count {
            let rest = buffer.withBytes { Array($0[special...]) }
            buffer.removeLast(from: special)
            rest.withUnsafeBufferPointer { appendEscaped($0, into: &buffer) }
        }
        buffer.append(0x22)
    }

    /// Appends `utf8` with the escapes JSON requires, copying the runs between them whole.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, into buffer: inout ByteBuffer) {
        var runStart = 0
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

/// Serializes `JSONValue`s to UTF-8 bytes, compactly or indented.
public struct JSONWriter {
    /// Whether to break lines and indent by two spaces.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The value as JSON text.
    public func string(_ value: JSONValue) -> String {
        var bytes: [UInt8] = []
        write(value, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the value as JSON to `bytes`.
    public func write(_ value: JSONValue, into bytes: inout [UInt8], depth: Int = 0) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): Self.writeInt(number, into: &bytes)
        case .double(let number):
            bytes.append(contentsOf: (number.isFinite ? String(number) : "null").utf8)
        case .string(let text): Self.writeString(text, into: &bytes)
        case .array(let values):
            writeContainer(open: 0x5B, close: 0x5D, count: values.count, depth: depth, into: &bytes) { index, bytes in
                write(values[index], into: &bytes, depth: depth + 1)
            }
        case .object(let members):
            writeContainer(open: 0x7B, close: 0x7D, count: members.count, depth: depth, into: &bytes) { index, bytes in
                Self.writeString(members[index].0, into: &bytes)
                bytes.append(0x3A)
                if pretty { bytes.append(0x20) }
                write(members[index].1, into: &bytes, depth: depth + 1)
            }
        }
    }

    private func writeContainer(
        open: UInt8, close: UInt8, count: Int, depth: Int, into bytes: inout [UInt8],
        element: (Int, inout [UInt8]) -> Void
    ) {
        bytes.append(open)
        for index in 0..<count {
            if index > 0 { bytes.append(0x2C) }
            if pretty { newline(depth + 1, into: &bytes) }
            element(index, &bytes)
        }
        if pretty && count > 0 { newline(depth, into: &bytes) }
        bytes.append(close)
    }

    private func newline(_ depth: Int, into bytes: inout [UInt8]) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    /// Appends the decimal digits of `number` without making a String.
    private static func writeInt(_ number: Int, into bytes: inout [UInt8]) {
        if number < 0 { bytes.append(0x2D) }
        var magnitude = number.magnitude
        var count = 1
        var rest = magnitude / 10
        while rest > 0 { count += 1; rest /= 10 }
        // Room for the digits, then each written in place from the last (no slice: it would copy `bytes`).
        bytes.append(contentsOf: repeatElement(0x30, count: count))
        var position = bytes.count - 1
        repeat {
            bytes[position] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            position -= 1
        } while magnitude > 0
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal, escaping what JSON requires.
    /// The bytes are copied whole first (one copy for most strings, which need no escape); the
    /// part from the first byte that does is then rewritten with its escapes.
    public static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(0x22)
        let start = bytes.count
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
        let special = bytes.withUnsafeBufferPointer { PlainRuns.end(in: $0, from: start) }
        if special < bytes.count {
            let rest = Array(bytes[special...])
            bytes.removeSubrange(special...)
            rest.withUnsafeBufferPointer { appendEscaped($0, into: &bytes) }
        }
        bytes.append(0x22)
    }

    /// Appends `utf8` with the escapes JSON requires, copying the runs between them whole.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
        var runStart = 0
        while true {
            let runEnd = PlainRuns.end(in: utf8, from: runStart)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<runEnd]))
            guard runEnd < utf8.count else { return }
            let byte = utf8[runEnd]
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            default:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
            }
            runStart = runEnd + 1
        }
    }
}

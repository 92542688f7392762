/// Parses JSON text into a `JSONValue`, reporting where it went wrong.
public struct JSONParser {
    /// Why a text is not JSON, and at which byte.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        /// The byte offset into the parsed text (0-based).
        public let offset: Int
        public let reason: String
        public var description: String { "\(reason) at byte offset \(offset)" }
    }

    private let bytes: [UInt8]
    private var position = 0
    /// Whether the last string parsed is written by `JSONWriter` byte for byte as it stands.
    private var lastStringIsVerbatim = false
    /// For each member of the outermost object, the range of its value when it is such a string.
    private var verbatimMembers: [Range<Int>?] = []

    /// Parses `bytes` as a single JSON value, white space allowed around it.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        try parseKeepingVerbatimStrings(bytes).value
    }

    /// Parses `bytes` as `parse(_:)` does and, when the value is an object, gives for each of its
    /// members the range in `bytes` of the value, quotes included, if it is a string that
    /// `JSONWriter` would write byte for byte as it stands (its only escapes are `\"`, `\\`,
    /// `\n`, `\r` and `\t`), so it can be copied out rather than written again.
    static func parseKeepingVerbatimStrings(_ bytes: [UInt8]) throws(SyntaxError) -> (value: JSONValue, verbatim: [Range<Int>?]) {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error("unexpected text after the value") }
        return (value, parser.verbatimMembers)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func error(_ reason: String) -> SyntaxError {
        SyntaxError(offset: position, reason: reason)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func expect(_ literal: String, _ value: JSONValue) throws(SyntaxError) -> JSONValue {
        for byte in literal.utf8 {
            guard position < bytes.count, bytes[position] == byte else { throw error("invalid literal") }
            position += 1
        }
        return value
    }

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < 512 else { throw error("nesting too deep") }
        guard position < bytes.count else { throw error("unexpected end of input") }
        switch bytes[position] {
        case 0x7B: return try parseObject(depth: depth)
        case 0x5B: return try parseArray(depth: depth)
        case 0x22: return .string(try parseString())
        case 0x74: return try expect("true", .bool(true))
        case 0x66: return try expect("false", .bool(false))
        case 0x6E: return try expect("null", .null)
        case 0x2D, 0x30...0x39: return try parseNumber()
        default: throw error("unexpected character")
        }
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == 0x7D {
            position += 1
            return .object(members)
        }
        if depth == 0 {
            // A record's fields (most have a few): room for them at once rather than growing twice.
            members.reserveCapacity(8)
            verbatimMembers.reserveCapacity(8)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == 0x22 else { throw error("expected a member name") }
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == 0x3A else { throw error("expected ':'") }
            position += 1
            skipWhitespace()
            let valueStart = position
            members.append((key, try parseValue(depth: depth + 1)))
            if depth == 0 {
                verbatimMembers.append(bytes[valueStart] == 0x22 && lastStringIsVerbatim ? valueStart..<position : nil)
            }
            skipWhitespace()
            guard position < bytes.count else { throw error("unterminated object") }
            if bytes[position] == 0x2C { position += 1; continue }
            if bytes[position] == 0x7D { position += 1; return .object(members) }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONValue {
        position += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == 0x5D {
            position += 1
            return .array(values)
        }
        while true {
            skipWhitespace()
            values.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard position < bytes.count else { throw error("unterminated array") }
            if bytes[position] == 0x2C { position += 1; continue }
            if bytes[position] == 0x5D { position += 1; return .array(values) }
            throw error("expected ',' or ']'")
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
        let start = position
        var isInteger = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x2E || byte == 0x65 || byte == 0x45 || byte == 0x2B { isInteger = false }
            guard (0x30...0x39).contains(byte) || [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains(byte) else { break }
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let number = Int(text) { return .int(number) }
        guard let number = Double(text) else {
            position = start
            throw error("invalid number")
        }
        return .double(number)
    }

    /// A string, its runs checked as UTF-8 while they are scanned. A string without escapes (most
    /// are) is copied into a String once, straight from the input. Bad UTF-8 is reported at the
    /// closing quote, after any other error in the string, as a check of the whole string would.
    private mutating func parseString() throws(SyntaxError) -> String {
        position += 1
        let start = position
        var scalars: [UInt8] = []
        var escaped = false
        var isASCII = true
        var isValid = true
        var isVerbatim = true
        while true {
            let run = bytes.withUnsafeBufferPointer { input in
                let run = CheckedRuns.run(in: input, from: position)
                // The runs of a string with escapes are copied from the input's memory, not through a slice.
                if escaped { scalars.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<run.end])) }
                return run
            }
            isASCII = isASCII && run.isASCII
            isValid = isValid && run.isValid
            position = run.end
            guard position < bytes.count else { throw error("unterminated string") }
            let byte = bytes[position]
            if byte == 0x22 {
                position += 1
                guard isValid else { throw SyntaxError(offset: start, reason: "invalid UTF-8 in string") }
                lastStringIsVerbatim = isVerbatim
                return escaped ? CheckedRuns.string(scalars, scalars.indices, isASCII: isASCII)
                    : CheckedRuns.string(bytes, start..<run.end, isASCII: isASCII)
            }
            if !escaped {
                escaped = true
                scalars.reserveCapacity(bytes.count - start)  // the rest of the input: one allocation
                bytes.withUnsafeBufferPointer { scalars.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<run.end])) }
            }
            guard byte >= 0x20 else { throw error("control character in string") }
            position += 1
            guard position < bytes.count else { throw error("unterminated escape") }
            let escape = bytes[position]
            position += 1
            isVerbatim = isVerbatim && (escape == 0x22 || escape == 0x5C || escape == 0x6E || escape == 0x72 || escape == 0x74)
            switch escape {
            case 0x22, 0x5C, 0x2F: scalars.append(escape)
            case 0x62: scalars.append(0x08)
            case 0x66: scalars.append(0x0C)
            case 0x6E: scalars.append(0x0A)
            case 0x72: scalars.append(0x0D)
            case 0x74: scalars.append(0x09)
            case 0x75:
                var code = try parseHex4()
                if (0xD800...0xDBFF).contains(code), position + 1 < bytes.count,
                   bytes[position] == 0x5C, bytes[position + 1] == 0x75 {
                    position += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw error("lone surrogate escape") }
                isASCII = isASCII && scalar.isASCII
                scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw error("invalid escape")
            }
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error("invalid \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }
}

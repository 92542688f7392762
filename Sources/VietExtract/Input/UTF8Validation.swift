/// Checks raw bytes before they become a String, so bad input is reported where it is bad.
enum UTF8Validation {
    /// The byte offset of the first NUL byte, which marks a binary file, if any.
    static func firstNUL(in bytes: some Collection<UInt8>) -> Int? {
        bytes.firstIndex(of: 0).map { bytes.distance(from: bytes.startIndex, to: $0) }
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when all of it is valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            let minimum: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// The bytes as a String, or an error naming the source and the first bad byte.
    static func decode(_ bytes: [UInt8], source: String, place: (Int) -> String) throws(InputError) -> String {
        if let offset = firstNUL(in: bytes) {
            throw InputError(source: source, place: place(offset), reason: "binary data (a NUL byte); not a text file")
        }
        if let offset = firstInvalidOffset(in: bytes) {
            throw InputError(source: source, place: place(offset), reason: "invalid UTF-8")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

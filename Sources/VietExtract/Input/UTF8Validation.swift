/// Checks raw bytes before they become a String, so bad input is reported where it is bad.
enum UTF8Validation {
    /// The byte offset of the first NUL byte, which marks a binary file, if any.
    static func firstNUL(in bytes: some Collection<UInt8>) -> Int? {
        bytes.firstIndex(of: 0).map { bytes.distance(from: bytes.startIndex, to: $0) }
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when all of it is valid.
    ///
    /// Rejects what Unicode rejects: stray continuation bytes, overlong forms (`C0`, `C1`, `E0 80`,
    /// `F0 80`), surrogates (`ED A0`…) and code points above U+10FFFF (`F4 90`…, `F5`…).
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var index = 0
            @inline(__always) func isContinuation(_ offset: Int) -> Bool { bytes[index + offset] & 0xC0 == 0x80 }
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                } else if lead < 0xC2 {
                    return index
                } else if lead < 0xE0 {
                    guard index + 1 < count, isContinuation(1) else { return index }
                    index += 2
                } else if lead < 0xF0 {
                    guard index + 2 < count, isContinuation(1), isContinuation(2) else { return index }
                    let second = bytes[index + 1]
                    if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) { return index }
                    index += 3
                } else if lead < 0xF5 {
                    guard index + 3 < count, isContinuation(1), isContinuation(2), isContinuation(3) else { return index }
                    let second = bytes[index + 1]
                    if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90) { return index }
                    index += 4
                } else {
                    return index
                }
            }
            return nil
        }
    }

    /// Throws an error naming the source and the first bad byte, when `bytes` is binary or not UTF-8.
    static func check(_ bytes: [UInt8], source: String, place: (Int) -> String) throws(InputError) {
        if let offset = firstNUL(in: bytes) {
            throw InputError(source: source, place: place(offset), reason: "binary data (a NUL byte); not a text file")
        }
        if let offset = firstInvalidOffset(in: bytes) {
            throw InputError(source: source, place: place(offset), reason: "invalid UTF-8")
        }
    }

    /// The bytes as a String, or an error naming the source and the first bad byte.
    static func decode(_ bytes: [UInt8], source: String, place: (Int) -> String) throws(InputError) -> String {
        try check(bytes, source: source, place: place)
        return String(decoding: bytes, as: UTF8.self)
    }
}

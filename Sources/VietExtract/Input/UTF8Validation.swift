/// Checks raw bytes before they become a String, so bad input is reported where it is bad.
enum UTF8Validation {
    /// The byte offset of the first NUL byte, which marks a binary file, if any.
    static func firstNUL(in bytes: some Collection<UInt8>) -> Int? {
        bytes.firstIndex(of: 0).map { bytes.distance(from: bytes.startIndex, to: $0) }
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when all of it is valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidOffset)
    }

    /// `firstInvalidOffset(in:)` of the bytes of a buffer.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            // ASCII eight bytes at a time, up to the first byte of 0x80 or above among them.
            if index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                let high = word & 0x8080_8080_8080_8080
                index += high.trailingZeroBitCount >> 3
                if high == 0 { continue }
            } else if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = multibyteLength(in: bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The length of the sequence whose lead byte (0x80 or above) is at `index`, or nil when it is
    /// not valid UTF-8. Rejects what Unicode rejects: stray continuation bytes, overlong forms
    /// (`C0`, `C1`, `E0 80`, `F0 80`), surrogates (`ED A0`…), code points above U+10FFFF
    /// (`F4 90`…, `F5`…) and sequences cut short by the end of `bytes`.
    @inline(__always)
    static func multibyteLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let count = bytes.count
        @inline(__always) func isContinuation(_ offset: Int) -> Bool { bytes[index + offset] & 0xC0 == 0x80 }
        let lead = bytes[index]
        if lead < 0xC2 { return nil }
        if lead < 0xE0 {
            guard index + 1 < count, isContinuation(1) else { return nil }
            return 2
        }
        if lead < 0xF0 {
            guard index + 2 < count, isContinuation(1), isContinuation(2) else { return nil }
            let second = bytes[index + 1]
            if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) { return nil }
            return 3
        }
        if lead < 0xF5 {
            guard index + 3 < count, isContinuation(1), isContinuation(2), isContinuation(3) else { return nil }
            let second = bytes[index + 1]
            if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90) { return nil }
            return 4
        }
        return nil
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

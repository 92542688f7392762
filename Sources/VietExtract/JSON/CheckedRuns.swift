/// Reads the runs of a JSON string (the bytes up to its next quote, backslash or control byte)
/// checking on the way that they are UTF-8, so that a String is made of them with one copy and
/// no second check.
enum CheckedRuns {
    /// Where a run ends, and what its bytes are.
    struct Run {
        /// The index of the quote, backslash or control byte that ends the run, or the input's count.
        var end: Int
        /// Whether every byte of the run is below 0x80.
        var isASCII: Bool
        /// Whether the run is valid UTF-8 (a sequence cut by the run's end is not).
        var isValid: Bool
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The run of `bytes` that starts at `start`. The plain ASCII bytes before the next byte that
    /// is special or not ASCII are passed over eight at a time (that byte is the lowest flag of a
    /// word, the input being read little-endian); a multibyte sequence is checked whole.
    static func run(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Run {
        guard let base = bytes.baseAddress else { return Run(end: start, isASCII: true, isValid: true) }
        let count = bytes.count
        var index = start
        var isASCII = true
        while true {
            if index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let stops = word & highBits | PlainRuns.specialBytes(word)
                if stops == 0 {
                    index += 8
                    continue
                }
                index += stops.trailingZeroBitCount >> 3
            } else {
                while index < count, bytes[index] < 0x80, !PlainRuns.isSpecial(bytes[index]) { index += 1 }
                if index == count { return Run(end: index, isASCII: isASCII, isValid: true) }
            }
            if bytes[index] < 0x80 { return Run(end: index, isASCII: isASCII, isValid: true) }
            guard let length = UTF8Validation.multibyteLength(in: bytes, at: index) else {
                return Run(end: PlainRuns.end(in: bytes, from: index), isASCII: false, isValid: false)
            }
            isASCII = false
            index += length
        }
    }

    /// A String of `bytes[range]`, which `run(in:from:)` found valid: copied once, not checked again.
    static func string(_ bytes: [UInt8], _ range: Range<Int>, isASCII: Bool) -> String {
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            return String(copying: unsafe UTF8Span(unchecked: bytes.span.extracting(range), isKnownASCII: isASCII))
        }
        return String(decoding: bytes[range], as: UTF8.self)
    }
}

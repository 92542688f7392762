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

    /// The run of `bytes` that starts at `start`: first block by block (`blocks(in:from:)`), then
    /// from the blocks' last character on by `rest(in:from:)`.
    static func run(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Run {
        let blocks = blocks(in: bytes, from: start)
        var index = blocks.end
        // Back to the first byte of the blocks' last character, which may go on past them.
        if index > start {
            index -= 1
            while index > start, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        }
        var run = rest(in: bytes, from: index)
        run.isASCII = run.isASCII && blocks.isASCII
        run.isValid = run.isValid && blocks.isValid
        return run
    }

    /// How many bytes `blockFlags(_:)` looks at together.
    private static let blockSize = 32

    /// The blocks of `blockSize` bytes from `start` on, up to the first that holds a byte ending the
    /// run or a byte that `blockFlags(_:)` leaves to the exact check; `end` is where that block starts.
    private static func blocks(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Run {
        var run = Run(end: start, isASCII: true, isValid: true)
        // The two bytes before a block are read too: before `start` JSON has ASCII (a quote, a colon, an escape).
        guard let base = bytes.baseAddress, start >= 2 else { return run }
        while run.end + blockSize <= bytes.count {
            let flags = blockFlags(base + run.end)
            if flags & BlockFlag.stop != 0 { break }
            if flags & BlockFlag.misplaced != 0 { run.isValid = false }
            if flags & BlockFlag.high != 0 { run.isASCII = false }
            run.end += blockSize
        }
        return run
    }

    /// The bits `blockFlags(_:)` sets.
    private enum BlockFlag {
        /// A quote, backslash or control byte, or a byte that only the exact check judges:
        /// `C0`, `C1`, `E0`, `ED` or `F0` and above (overlong forms, surrogates, four-byte sequences).
        static let stop: UInt8 = 1
        /// A continuation byte where none is due, or none where one is due.
        static let misplaced: UInt8 = 2
        /// A byte of 0x80 or above.
        static let high: UInt8 = 0x80
    }

    /// The `BlockFlag`s of the `blockSize` bytes at `block`. Every byte is tested alike with no
    /// branch, so the compiler checks sixteen at a time. Without the bytes that set `stop`, UTF-8
    /// holds when a byte is a continuation exactly when the byte before it is a lead byte or the one
    /// two before leads three bytes: what `misplaced` tests, reading the two bytes before the block.
    /// (Each flag has its own 0/1 accumulator: folded into one byte, the loop is no longer vectorized.)
    @inline(__always)
    private static func blockFlags(_ block: UnsafePointer<UInt8>) -> UInt8 {
        var special: UInt8 = 0, exact: UInt8 = 0, misplaced: UInt8 = 0, high: UInt8 = 0
        for offset in 0..<blockSize {
            let byte = block[offset], before = block[offset &- 1], twoBefore = block[offset &- 2]
            special |= (byte == 0x22 ? 1 : 0) | (byte == 0x5C ? 1 : 0) | (byte < 0x20 ? 1 : 0)
            exact |= (byte == 0xE0 ? 1 : 0) | (byte == 0xED ? 1 : 0) | (byte & 0xFE == 0xC0 ? 1 : 0) | (byte >= 0xF0 ? 1 : 0)
            let isContinuation: UInt8 = byte & 0xC0 == 0x80 ? 1 : 0
            let isDue: UInt8 = (before & 0xC0 == 0xC0 ? 1 : 0) | (twoBefore & 0xE0 == 0xE0 ? 1 : 0)
            misplaced |= isContinuation ^ isDue
            high |= byte & 0x80 == 0 ? 0 : 1
        }
        return (special | exact) & BlockFlag.stop | (misplaced << 1) & BlockFlag.misplaced | (high << 7) & BlockFlag.high
    }

    /// The run of `bytes` from `start`, a character's first byte. The plain ASCII bytes before the
    /// next byte that is special or not ASCII are passed over eight at a time (that byte is the
    /// lowest flag of a word, the input being read little-endian); a multibyte sequence is checked whole.
    private static func rest(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Run {
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

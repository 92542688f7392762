import Testing
@testable import VietExtract

/// The validator reads ASCII eight bytes at a time: bad bytes anywhere in or after such a run.
struct UTF8ValidationTests {
    @Test func longRunsAgreeWithTheStandardLibrary() {
        var generator = SplitMix(seed: 11)
        // Mostly ASCII, as in the tables, with lead and continuation bytes good and bad.
        let alphabet: [UInt8] = [0x61, 0x20, 0x09, 0x7F, 0x61, 0x6E, 0x80, 0xC3, 0xA0, 0xE1, 0xBB, 0x87, 0xED, 0xA0, 0xF0, 0x9F, 0xFF]
        for _ in 0..<3000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((UTF8Validation.firstInvalidOffset(in: bytes) == nil) == valid, "\(bytes)")
        }
    }

    @Test func findsTheFirstBadByteAtEveryOffset() {
        for offset in 0..<20 {
            var bytes = [UInt8](repeating: 0x61, count: 24)
            #expect(UTF8Validation.firstInvalidOffset(in: bytes) == nil)
            bytes[offset] = 0xFF
            #expect(UTF8Validation.firstInvalidOffset(in: bytes) == offset)
            // A valid two-byte letter just before it changes nothing.
            if offset >= 2 { bytes[offset - 2] = 0xC3; bytes[offset - 1] = 0xA0 }
            #expect(UTF8Validation.firstInvalidOffset(in: bytes) == offset)
        }
        // A sequence cut short by the end, after a whole ASCII word.
        #expect(UTF8Validation.firstInvalidOffset(in: Array("abcdefgh".utf8) + [0xE1, 0xBB]) == 8)
    }
}

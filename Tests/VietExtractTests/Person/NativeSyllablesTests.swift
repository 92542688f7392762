import Testing
@testable import VietExtract

/// `NativeSyllables` tells each token once and answers the same when asked again.
struct NativeSyllablesTests {
    @Test func answersAsTheSpellingRuleAndTheSameWhenAskedAgain() {
        let units = Array("Nghiêm Trump Xi Vla".utf16)
        let ranges = [0..<6, 7..<12, 13..<15, 16..<19]
        let memo = NativeSyllables(count: ranges.count)
        units.withUnsafeBufferPointer { units in
            for _ in 0..<2 {
                #expect(memo.isNative(0, units, ranges[0]))
                #expect(!memo.isNative(1, units, ranges[1]))
                #expect(memo.isNative(2, units, ranges[2]))
                #expect(!memo.isNative(3, units, ranges[3]))
            }
        }
    }
}

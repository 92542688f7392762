import Testing
@testable import VietExtract

/// The filter before the probe of the date starters: every key of its set goes through; other
/// keys are turned away (a pass by chance is possible but rare, and none of these words has one).
@Suite struct KeyFilterTests {
    @Test func letsItsKeysThrough() {
        let keys = ["ngày", "tháng", "năm", "quý", "thứ"].map(SyllableKeys.key(ofWord:))
        let filter = KeyFilter(keys)
        for key in keys {
            #expect(filter.mayContain(key))
        }
    }

    @Test func turnsOtherKeysAway() {
        let filter = KeyFilter(["ngày", "tháng", "năm"].map(SyllableKeys.key(ofWord:)))
        let others = ["hà", "nội", "khách", "người", "của", "và", "được", "cho"]
        #expect(others.filter { filter.mayContain(SyllableKeys.key(ofWord: $0)) }.isEmpty)
    }
}

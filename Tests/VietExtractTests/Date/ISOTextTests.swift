import Testing
@testable import VietExtract

/// The ISO writer pads as `DateText` does and gives nil for an empty value.
@Suite struct ISOTextTests {
    @Test func padsDaysMonthsAndYears() {
        let text = ISOText.write { text in
            text.year(2013)
            text.append("-")
            text.pad2(7)
            text.append("-")
            text.pad2(22)
        }
        #expect(text == "2013-07-22")
        #expect(ISOText.write { $0.year(5) } == "0005")
        #expect(ISOText.write { $0.number(199) } == "199")
        #expect(ISOText.write { $0.append(contentsOf: "TMO") } == "TMO")
    }

    @Test func numbersOutOfRangeAreWrittenAsDateTextWritesThem() {
        #expect(ISOText.write { $0.pad2(123) } == DateText.pad2(123))
        #expect(ISOText.write { $0.year(12345) } == DateText.year(12345))
        #expect(ISOText.write { $0.year(-5) } == DateText.year(-5))
    }

    @Test func nothingWrittenIsNil() {
        #expect(ISOText.write { _ in } == nil)
    }
}

import Testing
@testable import VietExtract

@Suite struct CFormatTests {
    @Test func numbersAreWrittenAsPrintfWritesThem() {
        #expect(CFormat.string(" %6.2f %6d", 91.0449, 447) == "  91.04    447")
        #expect(CFormat.string("%d:%02d left", 3, 7) == "3:07 left")
        #expect(CFormat.string("%3d%%", 5) == "  5%")
        #expect(CFormat.string("%.1f MB/s", 0.0) == "0.0 MB/s")
    }

    @Test func longResultsAreNotCut() {
        let long = CFormat.string("%400d|", 1)
        #expect(long.count == 401)
        #expect(long.hasSuffix("1|"))
    }
}

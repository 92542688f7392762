import Testing
@testable import VietExtract

@Suite struct CFormatTests {
    @Test func numbersAreWrittenAsPrintfWritesThem() {
        #expect(CFormat.string(" %6.2f %6ld", 91.0449, 447) == "  91.04    447")
        #expect(CFormat.string("%ld:%02ld left", 3, 7) == "3:07 left")
        #expect(CFormat.string("%3ld%%", 5) == "  5%")
        #expect(CFormat.string("%.1f MB/s", 0.0) == "0.0 MB/s")
        #expect(CFormat.string("%ld", 5_000_000_000) == "5000000000")
    }

    @Test func longResultsAreNotCut() {
        let long = CFormat.string("%400ld|", 1)
        #expect(long.count == 401)
        #expect(long.hasSuffix("1|"))
    }
}

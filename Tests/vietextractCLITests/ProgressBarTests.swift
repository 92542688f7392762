import Testing
@testable import vietextract

/// The progress line's text, and that it stays silent when standard error is not a terminal.
@Suite struct ProgressBarTests {
    @Test func lineShowsBarDocumentsRateAndTimeLeft() {
        // 5 MB of 20 in 2 s: 25%, 2.5 MB/s, 15 MB left → 6 s.
        #expect(ProgressBar.line(documents: 120, bytes: 5_000_000, seconds: 2, totalBytes: 20_000_000)
                == "[#####...............]  25%  120 docs  2.5 MB/s  0:06 left")
    }

    @Test func withoutATotalOnlyDocumentsAndRateAreShown() {
        #expect(ProgressBar.line(documents: 3, bytes: 1_500_000, seconds: 1, totalBytes: nil) == "3 docs  1.5 MB/s")
    }

    @Test func noTimeLeftIsGuessedInTheFirstSecondAndTheBarNeverReadsFull() {
        let line = ProgressBar.line(documents: 1, bytes: 30, seconds: 0.5, totalBytes: 30)
        #expect(line.hasPrefix("[###################.]  99%"))
        #expect(!line.contains("left"))
    }
}

import Testing
@testable import VietExtract

@Suite struct WhitespaceTrimmingTests {
    @Test func spacesAndTabsGoFromBothEnds() {
        #expect(" \tBình Dương \t"[...].trimmingWhitespace() == "Bình Dương")
        #expect("\u{A0}Sở Y tế\u{3000}"[...].trimmingWhitespace() == "Sở Y tế")
        #expect("\u{200B}x\u{2009}"[...].trimmingWhitespace() == "x")
    }

    @Test func innerSpaceAndLineBreaksStay() {
        #expect("a  b"[...].trimmingWhitespace() == "a  b")
        // Foundation's `.whitespaces` has no line breaks.
        #expect("\nHuế\r"[...].trimmingWhitespace() == "\nHuế\r")
    }

    @Test func emptyOrBlankGivesEmpty() {
        #expect(""[...].trimmingWhitespace() == "")
        #expect(" \t \u{A0}"[...].trimmingWhitespace() == "")
    }
}

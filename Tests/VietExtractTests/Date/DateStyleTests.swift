import Testing
@testable import VietExtract

@Suite struct DateStyleTests {
    private func dates(_ text: String, _ style: DateStyle) throws -> [String] {
        let extractor = try Extractor(options: ExtractorOptions(labels: [.date], dateStyle: style))
        return extractor.extract(text).map(\.text)
    }

    @Test func expressionsKeepRangesAndTimesWhole() throws {
        #expect(try dates("Từ ngày 1/7 đến 31/12/2024, đoàn làm việc.", .expressions) == ["Từ ngày 1/7 đến 31/12/2024"])
        #expect(try dates("Lúc 22h ngày 22/10, đoàn về.", .expressions) == ["22h ngày 22/10"])
        #expect(try dates("Hôm qua trời mưa.", .expressions) == ["Hôm qua"])
    }

    @Test func calendarSplitsRangesIntoTheirEnds() throws {
        #expect(try dates("Từ ngày 1/7 đến 31/12/2024, đoàn làm việc.", .calendar) == ["ngày 1/7", "31/12/2024"])
    }

    @Test func calendarKeepsTheDayOfATimeAndDay() throws {
        #expect(try dates("Lúc 22h ngày 22/10, đoàn về.", .calendar) == ["ngày 22/10"])
        #expect(try dates("Tối 7/7, đoàn về.", .calendar) == ["Tối 7/7"])
    }

    @Test func calendarLeavesOutDeicticRelativeDurationsSetsAndClockTimes() throws {
        #expect(try dates("Hôm qua trời mưa, 3 ngày trước nắng.", .calendar).isEmpty)
        #expect(try dates("Hàng ngày ông đi bộ lúc 10h30.", .calendar).isEmpty)
    }
}

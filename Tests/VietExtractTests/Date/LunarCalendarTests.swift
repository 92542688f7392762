import Testing
@testable import VietExtract

/// The Vietnamese lunar calendar against known dates of Tết and other lunar days.
@Suite struct LunarCalendarTests {
    /// Tết (mùng 1 tháng Giêng) in Vietnam, by Gregorian year, as widely published.
    /// 1985: Vietnam 21 January, China 20 February (the UTC+7 meridian puts the new moon of 20-21 January
    /// on a different day and shifts the winter-solstice month). 2007: Vietnam 17 February, China 18 February.
    /// 2030: Vietnam 2 February, China 3 February (new moon 2 February 2030 about 16:07 UTC: 23:07 at UTC+7,
    /// 00:07 on the 3rd at UTC+8). 1968: the North's calendar (UTC+7, adopted 1967) gave 29 January.
    static let tet: [(Int, String)] = [
        (1968, "1968-01-29"), (1975, "1975-02-11"), (1985, "1985-01-21"), (1990, "1990-01-27"),
        (1995, "1995-01-31"), (2000, "2000-02-05"), (2001, "2001-01-24"), (2007, "2007-02-17"),
        (2010, "2010-02-14"), (2012, "2012-01-23"), (2013, "2013-02-10"), (2014, "2014-01-31"),
        (2015, "2015-02-19"), (2016, "2016-02-08"), (2017, "2017-01-28"), (2018, "2018-02-16"),
        (2019, "2019-02-05"), (2020, "2020-01-25"), (2021, "2021-02-12"), (2022, "2022-02-01"),
        (2023, "2023-01-22"), (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"),
        (2030, "2030-02-02"),
    ]

    @Test(arguments: tet.map(\.0)) func tetOfYear(_ year: Int) {
        let expected = Self.tet.first { $0.0 == year }!.1
        #expect(LunarCalendar.tet(year).description == expected)
    }

    @Test func tet1985DiffersFromChina() {
        #expect(LunarCalendar.tet(1985) == DateTesting.day("1985-01-21"))
        #expect(LunarCalendar.tet(1985) != DateTesting.day("1985-02-20"))
    }

    @Test func roundTripOverManyDays() {
        var date = DateTesting.day("1990-01-01")
        while date < DateTesting.day("2031-01-01") {
            let lunar = LunarCalendar.lunar(of: date)
            #expect(LunarCalendar.solar(year: lunar.year!, month: lunar.month, day: lunar.day!, leap: lunar.leap) == date)
            date = date.adding(days: 11)
        }
    }

    @Test func leapMonths() {
        // 2020 had a leap fourth month, 2023 a leap second month, 2025 a leap sixth month.
        #expect(LunarCalendar.solar(year: 2020, month: 4, day: 1, leap: true) != nil)
        #expect(LunarCalendar.solar(year: 2023, month: 2, day: 1, leap: true) != nil)
        #expect(LunarCalendar.solar(year: 2025, month: 6, day: 1, leap: true) != nil)
        #expect(LunarCalendar.solar(year: 2024, month: 6, day: 1, leap: true) == nil)
    }

    @Test func otherLunarDays() {
        // Tết Trung thu 2024 (15/8 âm lịch) was 17 September 2024; Rằm tháng Giêng 2024 was 24 February.
        #expect(LunarCalendar.solar(year: 2024, month: 8, day: 15)?.description == "2024-09-17")
        #expect(LunarCalendar.solar(year: 2024, month: 1, day: 15)?.description == "2024-02-24")
        // Trung thu 2023 was 29 September 2023; Giỗ Tổ Hùng Vương (10/3) 2023 was 29 April 2023.
        #expect(LunarCalendar.solar(year: 2023, month: 8, day: 15)?.description == "2023-09-29")
        #expect(LunarCalendar.solar(year: 2023, month: 3, day: 10)?.description == "2023-04-29")
        #expect(LunarCalendar.lunar(of: DateTesting.day("2024-02-10")) == LunarDate(year: 2024, month: 1, day: 1))
    }

    @Test func lunarExpressionsConvertWithTheirYear() {
        let text = "Mùng 1 Tết Giáp Thìn mọi nhà sum họp; Rằm tháng Giêng năm 2024 đông vui."
        let first = DateTesting.value(of: "Mùng 1 Tết Giáp Thìn", in: text, reference: DateTesting.day("2023-12-01"))
        #expect(first?.resolved == "2024-02-10")
        #expect(first?.lunar == LunarDate(year: 2024, month: 1, day: 1))
        #expect(DateTesting.value(of: "Rằm tháng Giêng năm 2024", in: text)?.iso == "2024-02-24")
    }

    @Test func lunarMarkAfterADate() {
        let value = DateTesting.value(of: "ngày 10/3 âm lịch", in: "Giỗ Tổ vào ngày 10/3 âm lịch hằng năm.",
                                      reference: DateTesting.day("2024-03-01"))
        #expect(value?.lunar == LunarDate(year: 2024, month: 3, day: 10))
        #expect(value?.resolved == "2024-04-18")
    }

    @Test func giaoThuaIsTheEveOfTet() {
        let value = DateTesting.value(of: "Giao thừa", in: "Giao thừa năm nay pháo hoa rực rỡ.", reference: DateTesting.day("2024-01-20"))
        #expect(value?.resolved == "2024-02-09")
    }
}

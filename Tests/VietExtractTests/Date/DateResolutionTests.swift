import Foundation
import Testing
@testable import VietExtract

/// Values completed from a reference date, the seed article, and the weekday check.
@Suite struct DateResolutionTests {
    @Test func seedArticleDateWithoutAndWithReference() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/seed-article.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let plain = try #require(DateTesting.value(of: "Ngày 22/10", in: text))
        #expect(plain.iso == "--10-22")
        #expect(plain.resolved == nil)
        #expect(!plain.inferred)
        for day in ["2014-10-01", "2014-10-23", "2014-10-31"] {
            let resolved = try #require(DateTesting.value(of: "Ngày 22/10", in: text, reference: DateTesting.day(day)))
            #expect(resolved.iso == "--10-22")
            #expect(resolved.resolved == "2014-10-22")
            #expect(resolved.inferred)
        }
    }

    @Test func yearTakenNearestTheReference() {
        let january = DateTesting.day("2015-01-03")
        #expect(DateTesting.value(of: "ngày 22/10", in: "Họp ngày 22/10 vừa qua.", reference: january)?.resolved == "2014-10-22")
        #expect(DateTesting.value(of: "ngày 2/1", in: "Họp ngày 2/1 vừa qua.", reference: january)?.resolved == "2015-01-02")
    }

    @Test func deicticResolution() {
        let reference = DateTesting.day("2013-10-25")
        let text = "Hôm qua mưa; tuần trước nắng; tháng tới thi; năm ngoái khó; 3 ngày trước vui; sáng nay họp."
        #expect(DateTesting.value(of: "Hôm qua", in: text, reference: reference)?.resolved == "2013-10-24")
        #expect(DateTesting.value(of: "tuần trước", in: text, reference: reference)?.resolved == "2013-W42")
        #expect(DateTesting.value(of: "tháng tới", in: text, reference: reference)?.resolved == "2013-11")
        #expect(DateTesting.value(of: "năm ngoái", in: text, reference: reference)?.resolved == "2012")
        #expect(DateTesting.value(of: "3 ngày trước", in: text, reference: reference)?.resolved == "2013-10-22")
        #expect(DateTesting.value(of: "sáng nay", in: text, reference: reference)?.resolved == "2013-10-25TMO")
    }

    @Test func weekdayOfTheWeekBefore() {
        // 2013-10-25 is a Friday; thứ 5 tuần trước is Thursday 17 October.
        let value = DateTesting.value(of: "thứ 5 tuần trước", in: "Anh ấy đến thứ 5 tuần trước.", reference: DateTesting.day("2013-10-25"))
        #expect(value?.resolved == "2013-10-17")
    }

    @Test func weekdayMismatchIsFlagged() {
        // 21 October 2013 was a Monday; 22 October a Tuesday.
        let right = DateTesting.value(of: "thứ Hai (21/10/2013)", in: "Vào thứ Hai (21/10/2013), đoàn đến.")
        #expect(right?.weekday == 1)
        #expect(right?.weekdayMismatch == false)
        let wrong = DateTesting.value(of: "thứ Hai (22/10/2013)", in: "Vào thứ Hai (22/10/2013), đoàn đến.")
        #expect(wrong?.weekdayMismatch == true)
        let inferred = DateTesting.value(of: "thứ Hai (22/10)", in: "Vào thứ Hai (22/10), đoàn đến.", reference: DateTesting.day("2013-10-25"))
        #expect(inferred?.weekdayMismatch == true)
        #expect(inferred?.json["weekday_mismatch"] == .bool(true))
    }

    @Test func namedDayAndQuarterTakeTheReferenceYear() {
        let reference = DateTesting.day("2024-08-15")
        #expect(DateTesting.value(of: "Quốc khánh 2/9", in: "Dịp Quốc khánh 2/9 sắp tới.", reference: reference)?.resolved == "2024-09-02")
        #expect(DateTesting.value(of: "quý III", in: "Trong quý III, sản lượng tăng.", reference: reference)?.resolved == "2024-Q3")
    }

    @Test func jsonValueShape() throws {
        let value = try #require(DateTesting.value(of: "ngày 22/10", in: "Họp ngày 22/10.", reference: DateTesting.day("2014-10-10")))
        guard case .object(let members) = value.json else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["type", "iso", "granularity", "resolved", "inferred"])
        #expect(value.json["iso"] == .string("--10-22"))
        #expect(value.json["inferred"] == .bool(true))
    }

    @Test func rangeEndFollowsItsStart() {
        let reference = DateTesting.day("2021-04-20")
        let text = "Đăng ký từ ngày 27/4 đến ngày 31/12, nghỉ từ 20/12 đến 5/1."
        #expect(DateTesting.value(of: "từ ngày 27/4 đến ngày 31/12", in: text, reference: reference)?.resolved
                == "2021-04-27/2021-12-31")
        let overNewYear = DateTesting.value(of: "từ 20/12 đến 5/1", in: text, reference: reference)
        #expect(overNewYear?.iso == "--12-20/--01-05")
        #expect(overNewYear?.resolved == "2020-12-20/2021-01-05")
    }

    @Test func farFromTheReferenceTheWeekdayPicksTheYear() {
        // 20 October 2024 was a Sunday; 20 October 2023 a Friday.
        let value = DateTesting.value(of: "Chủ nhật 20/10", in: "Lễ hội khai mạc Chủ nhật 20/10 tới.",
                                      reference: DateTesting.day("2024-01-15"))
        #expect(value?.resolved == "2024-10-20")
        #expect(value?.weekdayMismatch == false)
    }

    @Test func fiveYearPlanIsAPeriod() {
        let value = DateTesting.value(of: "kế hoạch 5 năm 2016-2020", in: "Thực hiện kế hoạch 5 năm 2016-2020 đạt kết quả.")
        #expect(value?.iso == "2016/2020")
        #expect(value?.kind == "plan")
    }
}

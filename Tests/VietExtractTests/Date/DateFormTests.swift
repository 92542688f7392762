import Testing
@testable import VietExtract

/// Every form of the issue, with its span and value (no reference date: `iso` only says what the text says).
@Suite struct DateFormTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let span: String
        let type: DateValue.Kind
        let iso: String?
        let granularity: DateValue.Granularity
        var description: String { span }
    }

    static let cases: [Case] = [
        // Numeric dates.
        Case(text: "Hội nghị diễn ra ngày 22/10/2013 tại Hà Nội.", span: "ngày 22/10/2013", type: .date, iso: "2013-10-22", granularity: .day),
        Case(text: "Lễ ký kết 22-10-2013 được tổ chức trọng thể.", span: "22-10-2013", type: .date, iso: "2013-10-22", granularity: .day),
        Case(text: "Văn bản ban hành 6.2.2017 đã có hiệu lực.", span: "6.2.2017", type: .date, iso: "2017-02-06", granularity: .day),
        Case(text: "Từ hôm đó, ngày 05/02/2020 mọi việc thay đổi.", span: "ngày 05/02/2020", type: .date, iso: "2020-02-05", granularity: .day),
        Case(text: "Ngày 22/10, đoàn công tác lên đường.", span: "Ngày 22/10", type: .date, iso: "--10-22", granularity: .day),
        Case(text: "Đoàn khảo sát (22/10) đã báo cáo.", span: "22/10", type: .date, iso: "--10-22", granularity: .day),
        Case(text: "Anh ấy về quê hôm 4/3 vừa rồi.", span: "hôm 4/3", type: .date, iso: "--03-04", granularity: .day),
        Case(text: "Bệnh nhân nhập viện ngày 13 - 3 .", span: "ngày 13 - 3", type: .date, iso: "--03-13", granularity: .day),
        // Spelled dates and months.
        Case(text: "Luật được thông qua ngày 22 tháng 10 năm 2013.", span: "ngày 22 tháng 10 năm 2013", type: .date, iso: "2013-10-22", granularity: .day),
        Case(text: "Lễ hội diễn ra vào mùng 3 tháng 3 hằng năm.", span: "mùng 3 tháng 3", type: .date, iso: "--03-03", granularity: .day),
        Case(text: "Dự án khởi công vào tháng Mười năm 2017.", span: "tháng Mười năm 2017", type: .date, iso: "2017-10", granularity: .month),
        Case(text: "Kết quả được công bố trong tháng 09/2025.", span: "tháng 09/2025", type: .date, iso: "2025-09", granularity: .month),
        Case(text: "Số liệu tháng 10/2013 cho thấy tăng trưởng.", span: "tháng 10/2013", type: .date, iso: "2013-10", granularity: .month),
        Case(text: "Anh sang Việt Nam từ tháng 12 - 2019 .", span: "tháng 12 - 2019", type: .date, iso: "2019-12", granularity: .month),
        // Quarters, halves, years.
        Case(text: "Doanh thu quý III/2013 tăng mạnh.", span: "quý III/2013", type: .date, iso: "2013-Q3", granularity: .quarter),
        Case(text: "Doanh thu quý 3 năm 2013 tăng mạnh.", span: "quý 3 năm 2013", type: .date, iso: "2013-Q3", granularity: .quarter),
        Case(text: "Kết quả 6 tháng đầu năm 2013 khả quan.", span: "6 tháng đầu năm 2013", type: .date, iso: "2013-H1", granularity: .half),
        Case(text: "Kế hoạch năm 2013 đã hoàn thành.", span: "năm 2013", type: .date, iso: "2013", granularity: .year),
        // Parts of day and clock times.
        Case(text: "Vào sáng 22/10, trời mưa to.", span: "sáng 22/10", type: .time, iso: "--10-22TMO", granularity: .partOfDay),
        Case(text: "Tai nạn xảy ra rạng sáng 23/10 trên quốc lộ.", span: "rạng sáng 23/10", type: .time, iso: "--10-23TMO", granularity: .partOfDay),
        Case(text: "Cuộc họp bắt đầu lúc 10h30 tại trụ sở.", span: "10h30", type: .time, iso: "T10:30", granularity: .minute),
        Case(text: "Cuộc họp bắt đầu lúc 10g30 tại trụ sở.", span: "10g30", type: .time, iso: "T10:30", granularity: .minute),
        Case(text: "Sự cố xảy ra lúc 22h ngày 22/10 ở kho hàng.", span: "22h ngày 22/10", type: .time, iso: "--10-22T22:00", granularity: .hour),
        Case(text: "Buổi lễ kết thúc lúc 3 giờ rưỡi chiều.", span: "3 giờ rưỡi chiều", type: .time, iso: "T15:30", granularity: .minute),
        Case(text: "Cập nhật 16:06 24/01/2018 trên trang tin.", span: "16:06 24/01/2018", type: .time, iso: "2018-01-24T16:06", granularity: .minute),
        Case(text: "Họ hẹn gặp lúc 11 giờ kém 15 sáng.", span: "11 giờ kém 15 sáng", type: .time, iso: "T10:45", granularity: .minute),
        // Weekdays.
        Case(text: "Vào thứ Hai (21/10), đoàn đã đến nơi.", span: "thứ Hai (21/10)", type: .date, iso: "--10-21", granularity: .day),
        // Ranges.
        Case(text: "Chương trình áp dụng từ 1/7 đến 31/12/2024 trên cả nước.", span: "từ 1/7 đến 31/12/2024", type: .interval, iso: "2024-07-01/2024-12-31", granularity: .day),
        Case(text: "Hội chợ diễn ra 21-25/10 tại Hà Nội.", span: "21-25/10", type: .interval, iso: "--10-21/--10-25", granularity: .day),
        Case(text: "Số liệu (2010-2015) được tổng hợp.", span: "2010-2015", type: .interval, iso: "2010/2015", granularity: .year),
        Case(text: "Trong nhiệm kỳ 2020–2025, tỉnh đạt nhiều thành tựu.", span: "nhiệm kỳ 2020–2025", type: .interval, iso: "2020/2025", granularity: .year),
        Case(text: "Kế hoạch giai đoạn 2021-2025 đã được duyệt.", span: "giai đoạn 2021-2025", type: .interval, iso: "2021/2025", granularity: .year),
        Case(text: "Tuyển sinh năm học 2023-2024 bắt đầu.", span: "năm học 2023-2024", type: .interval, iso: "2023/2024", granularity: .year),
        Case(text: "Dự án kéo dài từ năm 2021 đến 2025 theo kế hoạch.", span: "từ năm 2021 đến 2025", type: .interval, iso: "2021/2025", granularity: .year),
        Case(text: "Cập nhật 2017-09-22 trên trang tin.", span: "2017-09-22", type: .date, iso: "2017-09-22", granularity: .day),
        Case(text: "Tư liệu từ thế kỷ XVII đến đầu thế kỷ XX còn lưu giữ.", span: "từ thế kỷ XVII đến đầu thế kỷ XX", type: .interval, iso: "16/19", granularity: .century),
        // Centuries, decades, terms, named days.
        Case(text: "Đây là công trình tiêu biểu của thế kỷ XX ở Việt Nam.", span: "thế kỷ XX", type: .date, iso: "19", granularity: .century),
        Case(text: "Phong trào phát triển mạnh vào thập niên 1990 ở đô thị.", span: "thập niên 1990", type: .date, iso: "199", granularity: .decade),
        Case(text: "Bài hát nổi tiếng những năm 80 vẫn được yêu thích.", span: "những năm 80", type: .date, iso: "198", granularity: .decade),
        Case(text: "Hội nghị Trung ương 4 (khóa XI) bàn về xây dựng Đảng.", span: "khóa XI", type: .interval, iso: "2011/2016", granularity: .year),
        Case(text: "Kỳ họp thứ nhất của Quốc hội khóa XV đã khai mạc.", span: "khóa XV", type: .interval, iso: "2021/2026", granularity: .year),
        Case(text: "Cả nước kỷ niệm Quốc khánh 2/9 trang trọng.", span: "Quốc khánh 2/9", type: .date, iso: "--09-02", granularity: .day),
        Case(text: "Sự kiện Cách mạng tháng Tám là mốc son lịch sử.", span: "Cách mạng tháng Tám", type: .date, iso: "1945-08-19", granularity: .day),
        // Lunar dates with a year convert at once.
        Case(text: "Mùng 1 Tết mọi nhà sum họp.", span: "Mùng 1 Tết", type: .date, iso: nil, granularity: .day),
        Case(text: "Tết Nguyên đán 2024 rơi vào tháng Hai.", span: "Tết Nguyên đán 2024", type: .date, iso: "2024-02-10", granularity: .day),
    ]

    @Test(arguments: cases) func formHasSpanAndValue(_ form: Case) throws {
        let value = try #require(DateTesting.value(of: form.span, in: form.text),
                                 "no DATE '\(form.span)' in \(DateTesting.dates(form.text).map(\.text))")
        #expect(value.type == form.type)
        #expect(value.iso == form.iso)
        #expect(value.granularity == form.granularity)
    }

    @Test func modifiersAreEarlyMidLate() {
        #expect(DateTesting.value(of: "đầu tháng 10", in: "Giá xăng tăng từ đầu tháng 10 vừa qua.")?.modifier == .early)
        #expect(DateTesting.value(of: "giữa tháng 7", in: "Họ gặp nhau giữa tháng 7 năm ấy.")?.modifier == .mid)
        let late = DateTesting.value(of: "cuối năm 2013", in: "Công trình hoàn thành cuối năm 2013.")
        #expect(late?.modifier == .late)
        #expect(late?.iso == "2013")
        #expect(DateTesting.value(of: "cuối năm", in: "Dự kiến đến cuối năm sẽ xong.")?.relative == "P0Y")
    }

    @Test func deicticExpressionsCarryTheirOffset() {
        let text = "Hôm nay trời đẹp, hôm qua mưa, hôm kia nắng; ngày mai họp, tuần trước nghỉ, tháng tới thi, năm ngoái khó khăn, năm nay khá."
        let expected = ["Hôm nay": "P0D", "hôm qua": "-P1D", "hôm kia": "-P2D", "ngày mai": "+P1D", "tuần trước": "-P1W",
                        "tháng tới": "+P1M", "năm ngoái": "-P1Y", "năm nay": "P0Y"]
        for (span, relative) in expected {
            let value = DateTesting.value(of: span, in: text)
            #expect(value?.relative == relative, "\(span)")
            #expect(value?.iso == nil, "\(span)")
        }
    }

    @Test func relativeOffsetsAndDurations() {
        #expect(DateTesting.value(of: "3 ngày trước", in: "Anh ấy đến đây 3 ngày trước.")?.relative == "-P3D")
        #expect(DateTesting.value(of: "cách đây 2 năm", in: "Cách đây 2 năm, cách đây 2 năm ông về hưu.")?.relative == "-P2Y")
        let past = DateTesting.value(of: "2 tháng qua", in: "Trong 2 tháng qua giá tăng.")
        #expect(past?.type == .duration)
        #expect(past?.iso == "P2M")
        #expect(DateTesting.value(of: "3 tháng tới", in: "Trong 3 tháng tới sẽ có mưa.")?.relative == "+P3M")
        #expect(DateTesting.value(of: "hằng năm", in: "Lễ hội được tổ chức hằng năm.")?.type == .set)
    }

    @Test func partOfDayWithDeicticDay() {
        let value = DateTesting.value(of: "chiều qua", in: "Vụ việc xảy ra chiều qua tại chợ.")
        #expect(value?.type == .time)
        #expect(value?.relative == "-P1D")
        #expect(value?.granularity == .partOfDay)
    }

    @Test func listOfDaysSharesTheLastMonth() {
        let texts = DateTesting.dates("Ngày 16, 17 và 18-8, bệnh nhân đi chợ.").map(\.text)
        #expect(texts == ["Ngày 16", "17", "18-8"])
        #expect(DateTesting.value(of: "17", in: "Ngày 16, 17 và 18-8, bệnh nhân đi chợ.")?.iso == "--08-17")
    }

    @Test func rangeEndsAreNested() {
        let entities = DateTesting.nestedExtractor.extract("Hội chợ diễn ra 21-25/10/2013 tại Hà Nội.")
        #expect(entities.map(\.text) == ["21-25/10/2013", "21", "25/10/2013"])
        #expect(entities.dropFirst().allSatisfy { $0.isNested })
        if case .date(let first) = entities[1].value { #expect(first.iso == "2013-10-21") }
    }

    @Test func spanOffsetsPointAtTheUsersText() throws {
        // Old-style tone mark and NFD input: the span still covers the user's own characters.
        let text = "Ho\u{0300}a bình từ ngày 1/7 đến 31/12/2024."
        let entity = try #require(DateTesting.dates(text).first)
        #expect(entity.text == "từ ngày 1/7 đến 31/12/2024")
        #expect(String(text[entity.range]) == entity.text)
    }

    @Test func termsNeedThePartyOrTheAssembly() {
        let party = DateTesting.value(of: "khóa XII", in: "Ông là ủy viên khóa XII của Đảng.")
        #expect(party?.iso == "2016/2021")
        #expect(party?.kind == "term")
        #expect(DateTesting.value(of: "khoá XIV", in: "Đại biểu Quốc hội khoá XIV họp phiên cuối.")?.iso == "2016/2021")
        #expect(DateTesting.dates("Anh là học viên khóa XV của trường.").isEmpty)
    }

    @Test func rangeOfClockTimesTakesTheEndsDay() {
        let text = "Từ 8h đến 8h20 ngày 23/8 bệnh nhân đi chợ."
        let value = DateTesting.value(of: "Từ 8h đến 8h20 ngày 23/8", in: text)
        #expect(value?.type == .interval)
        #expect(value?.iso == "--08-23T08:00/--08-23T08:20")
    }
}

import Testing
@testable import VietExtract

/// What must not be a date: every negative of the issue, each in a sentence of its own.
@Suite struct DateNegativeTests {
    static let sentences: [String] = [
        "Có năm người bị thương trong vụ tai nạn.",
        "Thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị.",
        "Căn cứ Nghị định 15/2020/NĐ-CP của Chính phủ.",
        "Đội nhà thắng 3-1 trong trận chung kết.",
        "Khoảng 1/2 số hộ dân đã nhận hỗ trợ.",
        "Điện thoại được cập nhật lên iOS 14.2 từ tuần này.",
        "Dịch COVID-19 lan rộng khắp thế giới.",
        "Mỗi suất ăn giá 5.000 đồng.",
        "Diện tích sàn đạt 3,9 triệu m2.",
        "Chị Mai cho biết gia đình vẫn ổn.",
        "Ngày ấy anh đi bộ rất xa.",
        "Hạn chót là 31/2 theo thông báo.",
        "Mã số 45/10 được in trên hộp.",
        "Bệnh nhân nằm viện ngày 31/2 là không thể.",
    ]

    @Test(arguments: sentences) func noDateInSentence(_ sentence: String) {
        let found = DateTesting.dates(sentence).filter { !allowed(sentence).contains($0.text) }
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    /// Dates that legitimately occur in a negative sentence (`tuần này`), which the test tolerates.
    private func allowed(_ sentence: String) -> Set<String> { ["tuần này"] }

    @Test func numbersInsideDocumentSymbolsAreNotDates() {
        let extractor = try! Extractor()
        let entities = extractor.extract("Theo Nghị định 15/2020/NĐ-CP và Chỉ thị 39-CT/TW, mọi việc rõ ràng.")
        #expect(entities.allSatisfy { $0.label == .document })
    }

    @Test func eventRelativeOffsetsAreNotAgo() {
        #expect(DateTesting.dates("Ba ngày trước khi về nước, anh gặp bạn.").isEmpty)
        #expect(DateTesting.dates("Hơn một tuần sau cuộc họp, kết quả được công bố.").isEmpty)
    }

    @Test func countsAfterARangeAreNotDates() {
        #expect(DateTesting.dates("Trong khoảng 7 - 11 ngày trước khi nhập cảnh.").isEmpty)
        #expect(DateTesting.dates("Ghế 3H ở hàng đầu.").isEmpty)
        #expect(DateTesting.dates("Các ca bệnh ( BN 1070 - 1074 ) đều nhập cảnh.").isEmpty)
    }

    @Test func ordinalThuIsNotAWeekday() {
        #expect(DateTesting.dates("Đây là lần thứ hai anh ấy vô địch.").isEmpty)
        #expect(DateTesting.dates("Anh đứng thứ 2 trong bảng xếp hạng.").isEmpty)
    }

    @Test func durationsWithoutAnchorAreNotDates() {
        #expect(DateTesting.dates("Anh đã làm việc 10 năm và nghỉ 3 tháng.").isEmpty)
        #expect(DateTesting.dates("Trong 24h qua không có ca mắc mới.").isEmpty)
    }

    @Test func namedDayInsideAPersonsNameIsNotADate() {
        #expect(DateTesting.dates("Bác sĩ Nguyễn Quốc Khánh kể lại câu chuyện.").isEmpty)
        #expect(DateTesting.value(of: "Quốc khánh", in: "Quốc khánh là ngày lễ lớn.")?.name == "Quốc khánh")
    }

    @Test func anotherCountrysNationalDayHasNoVietnameseDate() {
        #expect(DateTesting.dates("Kỷ niệm Quốc khánh Vương quốc Saudi Arabia tại Hà Nội.").isEmpty)
    }

    @Test func formationsAndCountRangesAreNotDates() {
        #expect(DateTesting.dates("Đội dùng sơ đồ 3-5-2 rồi chuyển sang 4-2-3-1.").isEmpty)
        #expect(DateTesting.dates("Năng suất đạt từ 7-8 tấn mỗi vụ.").isEmpty)
        #expect(DateTesting.dates("Hai đảo lệch nhau tới 21 giờ đồng hồ.").isEmpty)
        #expect(DateTesting.dates("Từ 13 - 7 đến 24 - 7 anh ở nhà.").map(\.text) == ["Từ 13 - 7 đến 24 - 7"])
    }
}

import Testing
@testable import VietExtract

/// What must not be tagged as a person.
@Suite struct PersonNegativeTests {
    @Test(arguments: [
        "Nhà anh ở đường Lê Lợi, gần chợ.",
        "Anh ấy sống tại thành phố Hồ Chí Minh từ nhỏ.",
        "Trụ sở đặt tại Quận Hai Bà Trưng, Hà Nội.",
    ])
    func namesInsidePlaces(text: String) {
        #expect(PersonFixture.names(text).isEmpty)
    }

    /// A stand-in for the organization recognizer, which runs before people.
    static let withSchools = Extractor(options: ExtractorOptions(labels: [.person]), recognizers: [
        GazetteerRecognizer([Gazetteer(name: "orgs", entries: [
            GazetteerEntry(name: "Trường THPT Nguyễn Du", label: .organization, id: "school"),
        ])]),
        try! PersonRecognizer(),
    ], linkers: [PersonLinker()])

    @Test func namesInsideOrganizations() {
        let text = "Em học ở Trường THPT Nguyễn Du, cô Nguyễn Thị Hoa dạy văn."
        #expect(PersonFixture.people(text, extractor: Self.withSchools).map(\.text) == ["Nguyễn Thị Hoa"])
        #expect(PersonFixture.people("Em học ở Trường THPT Nguyễn Du.", extractor: Self.withSchools).isEmpty)
    }

    @Test(arguments: [
        "Trong khi đó, Hội nghị đã kết thúc sớm.",
        "Sau đó Bộ Chính trị họp bàn về nhân sự.",
        "Nhiều người cho rằng Quốc hội cần bàn thêm.",
        "Chính phủ đã chỉ đạo các bộ, ngành.",
    ])
    func capitalizedCommonWordsAtASentenceStart(text: String) {
        #expect(PersonFixture.names(text).isEmpty)
    }

    @Test func wordsInAnAllCapitalsTitle() {
        #expect(PersonFixture.names("TÔ HUY RỨA PHÁT BIỂU TẠI HỘI NGHỊ").isEmpty)
    }

    @Test(arguments: [
        "Thủ tướng đã chỉ đạo các bộ xử lý dứt điểm.",
        "Ông cho biết sẽ kiểm tra lại. Bà nói thêm rằng mọi việc ổn.",
        "Chủ tịch nước dự lễ khai giảng.",
        "Giám đốc Sở Y tế cho biết như vậy.",
    ])
    func titlesWithNoName(text: String) {
        #expect(PersonFixture.names(text).isEmpty)
    }

    @Test func bacAndNguoiOnlyWhereCapitalizedAsHoChiMinh() {
        #expect(PersonFixture.names("Bác nông dân đang gặt lúa, bác vui lắm.").isEmpty)
        #expect(PersonFixture.names("Người dân đã đến đông đủ. Mọi Người đều vui.").isEmpty)
        #expect(PersonFixture.names("Người ta nói rằng bác sĩ đã về.").isEmpty)
    }

    @Test func maiMeaningTomorrowAndNamMeaningSouth() {
        #expect(PersonFixture.names("Mai tôi đi Hà Nội. Hôm nay trời đẹp.").isEmpty)
        #expect(PersonFixture.names("Ở miền Nam trời nắng, còn phía Nam thì mưa; gió từ hướng Nam thổi lên.").isEmpty)
    }

    @Test func brandsAndThingsWithForeignNames() {
        #expect(PersonFixture.names("Các đội Real Madrid và Man City dự Champions League; OceanBank tăng vốn.").isEmpty)
    }
}

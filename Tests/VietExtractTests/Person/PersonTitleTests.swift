import Testing
@testable import VietExtract

/// Titles, honorifics and roles: never in the span, reported with their own offsets.
@Suite struct PersonTitleTests {
    @Test(arguments: [
        ("Thủ tướng Phạm Minh Chính phát biểu.", "Phạm Minh Chính", "Thủ tướng"),
        ("Tổng Bí thư Tô Lâm dự lễ.", "Tô Lâm", "Tổng Bí thư"),
        ("Bí thư Nguyễn Văn Nên đến thăm.", "Nguyễn Văn Nên", "Bí thư"),
        ("Thượng tướng Trần Quang Phương nói.", "Trần Quang Phương", "Thượng tướng"),
        ("Theo GS.TS Nguyễn Văn Hùng, bệnh đã giảm.", "Nguyễn Văn Hùng", "GS.TS"),
        ("NSND Lan Hương lên sân khấu.", "Lan Hương", "NSND"),
        ("Giám đốc Nguyễn Thị Mai ký quyết định.", "Nguyễn Thị Mai", "Giám đốc"),
        ("Ông Nguyễn Văn Bình về hưu.", "Nguyễn Văn Bình", "Ông"),
        ("Đồng chí Trương Thị Mai phát biểu.", "Trương Thị Mai", "Đồng chí"),
        ("HLV Park Hang-seo nói với báo chí.", "Park Hang-seo", "HLV"),
    ])
    func aTitleIsAnAttributeNotPartOfTheSpan(text: String, name: String, title: String) throws {
        let person = try #require(PersonFixture.people(text).first)
        #expect(person.text == name)
        #expect(person.titles == [title])
        #expect(person.value.titles.first?.start == text.range(of: title).map { text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound) })
        #expect(person.rule == "person.titled")
    }

    @Test func aRoleNamesItsBody() throws {
        let person = try #require(PersonFixture.people("Bộ trưởng Bộ Tài chính Hồ Đức Phớc ký văn bản.").first)
        #expect(person.text == "Hồ Đức Phớc")
        #expect(person.titles == ["Bộ trưởng Bộ Tài chính"])
        #expect(person.value.titles[0].kind == .role)
        #expect(person.value.roles == ["Bộ trưởng Bộ Tài chính"])
    }

    @Test func aForeignNameAfterARoleAndItsBody() throws {
        let person = try #require(PersonFixture.people("Tiền đạo Carlos Tevez gia nhập Thượng Hải.").first)
        #expect(person.text == "Carlos Tevez")
        let general = try #require(PersonFixture.people("Đại tướng lục quân Park Chan-ju bị bắt.").first)
        #expect(general.text == "Park Chan-ju" && general.titles == ["Đại tướng lục quân"])
        #expect(PersonFixture.names("Huấn luyện viên nổi tiếng Peter Charters nghỉ hưu.") == ["Peter Charters"])
    }

    @Test func aChainOfRolesBeforeTheName() throws {
        let text = "Hôm qua, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương Tô Huy Rứa dự họp."
        let person = try #require(PersonFixture.people(text).first)
        #expect(person.text == "Tô Huy Rứa")
        #expect(person.titles == ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng ban Tổ chức Trung ương"])
        #expect(person.value.titles.map(\.start) == [9, 31, 55])
    }

    @Test func rolesAfterTheName() throws {
        let text = "Tô Huy Rứa, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương, phát biểu. Ông Nguyễn Văn Bình, Giám đốc Sở Xây dựng, cho biết."
        let found = PersonFixture.people(text)
        #expect(found.map(\.text) == ["Tô Huy Rứa", "Nguyễn Văn Bình"])
        #expect(found[0].titles == ["Ủy viên Bộ Chính trị", "Trưởng ban Tổ chức Trung ương"])
        #expect(found[1].titles == ["Ông", "Giám đốc Sở Xây dựng"])
    }

    @Test func aListOfPeopleWithTheirOwnTitles() {
        let found = PersonFixture.people("Dự họp có Thủ tướng Phạm Minh Chính, Thượng tướng Trần Quang Phương, Giám đốc Sở Y tế Nguyễn Văn An.")
        #expect(found.map(\.text) == ["Phạm Minh Chính", "Trần Quang Phương", "Nguyễn Văn An"])
        #expect(found.map(\.titles) == [["Thủ tướng"], ["Thượng tướng"], ["Giám đốc Sở Y tế"]])
    }

    @Test func anHonorificBeforeARoleChains() throws {
        let person = try #require(PersonFixture.people("Ông Chủ tịch Tập Cận Bình đã đến.").first)
        #expect(person.text == "Tập Cận Bình")
        #expect(person.titles == ["Ông", "Chủ tịch"])
        #expect(person.value.titles.map(\.kind) == [.honorific, .role])
    }

    @Test func titleOffsetsCountCodePointsOfTheCallersText() throws {
        // A flag emoji (two code points, four UTF-16 units) and old-style tone marks before the title.
        let text = "🇻🇳 Hoà bình. Ủy viên Bộ Chính trị Lê Thanh Hải dự."
        let person = try #require(PersonFixture.people(text).first)
        #expect(person.text == "Lê Thanh Hải")
        let title = try #require(person.value.titles.first)
        #expect(title.text == "Ủy viên Bộ Chính trị")
        #expect(title.start == 13 && title.end == 33)
        #expect(person.start == 34)
    }
}

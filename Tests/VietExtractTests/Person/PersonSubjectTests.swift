import Testing
@testable import VietExtract

/// Names standing alone as the subject of a clause, before a predicate word, on sentences written
/// for these tests.
@Suite struct PersonSubjectTests {
    @Test(arguments: [
        ("Trời vừa sáng , Quyến kêu cả nhà dậy .", "Quyến"),
        ("Mẹ đi chợ vắng nên Tùy mới phải nấu cơm .", "Tùy"),
        ("Khi Quyến vấp ngã , cả lớp đều lo .", "Quyến"),
        ("Hôm ấy trời rét , Thục khẳng định sẽ không về quê .", "Thục"),
    ])
    func aWordBeforeAPredicateInsideASentence(text: String, name: String) {
        let found = PersonFixture.people(text)
        #expect(found.map(\.text) == [name])
        #expect(found.first?.rule == "person.given")
    }

    @Test func aNameThatIsAlsoAModifierTitle() {
        #expect(PersonFixture.names("Hiện Tân đã ra trường .") == ["Tân"])
        #expect(PersonFixture.people("Tân Bộ trưởng Lê Văn Quyết nhậm chức .").first?.text == "Lê Văn Quyết")
    }

    @Test func aMiddleNameOrABodyHeadOpeningASentence() {
        #expect(PersonFixture.names("Doãn kêu mọi người ra xem .") == ["Doãn"])
        #expect(PersonFixture.names("Lan biết chuyện này từ lâu .") == ["Lan"])
        #expect(PersonFixture.names("Thành đã về tới nhà lúc nửa đêm .") == ["Thành"])
    }

    @Test(arguments: [
        "Bà con Mông đang gặt lúa trên nương .",
        "Các cô gái Tày vẫn hát bên bếp lửa .",
        "Cả nhà đi biển vào mùa Hè vừa rồi .",
        "Chủ tịch nói rằng Tỉnh sẽ hỗ trợ thêm .",
        "Tính cho tới nay , kho còn ba tấn gạo .",
        "Lại là anh ấy ghi bàn .",
        "Ai cũng hiểu , Chúa biết hết .",
        "Nhiều nhà khoa học cho rằng hành tinh Đỏ đã từng có nước .",
        "Tình yêu không cần lời hứa .",
        "Đường đi còn xa lắm .",
    ])
    func noSubjectWhereTheWordIsSomethingElse(text: String) {
        #expect(PersonFixture.names(text).isEmpty)
    }

    @Test func aDaughtersNameIsStillAPerson() {
        #expect(PersonFixture.names("Ông dẫn theo bạn gái Mỹ Linh .") == ["Mỹ Linh"])
    }
}

/// A listed given name after a word that takes a person (`của`, `cho`, `với`), before any lower-case
/// word but one that makes it a common noun.
@Suite struct PersonGivenAfterPersonWordTests {
    @Test(arguments: [
        ("Tối nào bà cũng đọc truyện cho Hưng nghe .", "Hưng"),
        ("Chiếc áo của Hùng giờ đã cũ .", "Hùng"),
        ("Anh chơi thân với Hùng suốt mười năm .", "Hùng"),
        ("Nhà nghèo quá nên Hòa đành bỏ học .", "Hòa"),
        ("Mọi người đã ngủ nhưng Hưng vẫn ngồi đọc sách .", "Hưng"),
    ])
    func beforeAnyOtherWord(text: String, name: String) {
        #expect(PersonFixture.names(text) == [name])
    }

    @Test(arguments: [
        "Ông gửi thư cho Hải quân để hỏi .",
        "Kho súng này là tài sản của Quân đội .",
        "Đó là đóng góp lớn của Phong trào thanh niên .",
        "Đó là ước mong của Nhân dân cả nước .",
        "Đây là bài báo của Hà văn Thắng .",
        "Dự luật được thông qua nhờ sự ủng hộ của Hạ viện .",
    ])
    func notBeforeTheRestOfACommonNoun(text: String) {
        #expect(!PersonFixture.names(text).contains { ["Hải", "Quân", "Phong", "Nhân", "Hà", "Hạ"].contains($0) })
    }
}

/// Words for a person that are also everyday words (`thằng`, `gã`) and roles (`tài xế`).
@Suite struct PersonPlainTitleTests {
    @Test func aNameAfterThem() {
        #expect(PersonFixture.names("Sáng nay thằng Tý dậy sớm đi chăn trâu .") == ["Tý"])
        #expect(PersonFixture.people("Tài xế Lưu Văn Toản kể lại chuyến đi .").first?.titles == ["Tài xế"])
    }
}

/// Two-syllable given names no list has, as the subject of a clause.
@Suite struct PersonGivenPairSubjectTests {
    @Test func afterAMarkOrAFunctionWord() {
        let found = PersonFixture.people("Hay Khắc Hiếu vừa học vừa làm thêm .")
        #expect(found.map(\.text) == ["Khắc Hiếu"])
        #expect(found.first?.rule == "person.given-pair")
        #expect(PersonFixture.names("Trận đấu kết thúc , Mạnh Hiếu vẫn ngồi lại sân .") == ["Mạnh Hiếu"])
    }

    @Test func notAfterAContentWord() {
        #expect(PersonFixture.names("Bánh đậu xanh Tâm Phúc đang bán rất chạy .").isEmpty)
    }

    @Test func notWithoutAPredicateWord() {
        #expect(PersonFixture.names("Trận đấu kết thúc , Mạnh Hiếu ra sân .").isEmpty)
    }
}

/// Name syllables read in both tone spellings (`Thùy`, `Thuỳ`).
@Suite struct PersonToneSpellingTests {
    @Test func bothSpellings() {
        #expect(ToneSpelling.spellings(of: "Thùy") == ["thùy", "thuỳ"])
        #expect(ToneSpelling.spellings(of: "Thuỳ") == ["thùy", "thuỳ"])
        #expect(ToneSpelling.spellings(of: "hoà") == ["hòa", "hoà"])
        #expect(ToneSpelling.spellings(of: "Khoẻ") == ["khỏe", "khoẻ"])
    }

    @Test func oneSpellingWhereTheToneHasOnePlace() {
        #expect(ToneSpelling.spellings(of: "Quý") == ["quý"])
        #expect(ToneSpelling.spellings(of: "Hoàn") == ["hoàn"])
        #expect(ToneSpelling.spellings(of: "Minh") == ["minh"])
        #expect(ToneSpelling.spellings(of: "Hoa") == ["hoa"])
    }

    @Test func whichLastLettersMayHaveTwoSpellings() {
        for letter in "aAeEyYàÀẹỵ\u{301}\u{323}".utf16 { #expect(ToneSpelling.mayHaveTwo(letter), "\(letter)") }
        for letter in "nNoiuhgôơư\u{302}".utf16 { #expect(!ToneSpelling.mayHaveTwo(letter), "\(letter)") }
    }

    @Test func aListedNameInTheOlderSpelling() {
        #expect(PersonFixture.names("Người đến sớm nhất là Thuỳ .") == ["Thuỳ"])
        #expect(PersonFixture.names("Người đến sớm nhất là Thùy .") == ["Thùy"])
    }
}

/// A word or two joined by `và` or `hoặc` to a person found by another rule.
@Suite struct PersonCoordinatedNameTests {
    @Test func joinedToAPerson() {
        #expect(PersonFixture.names("Chị Hạnh và Xuyến đi chợ từ sáng .") == ["Hạnh", "Xuyến"])
        #expect(PersonFixture.names("Hỏi ông Tâm hoặc Kiểu đều được .") == ["Tâm", "Kiểu"])
    }

    @Test func notACommonNounOrABody() {
        #expect(PersonFixture.names("Chị Lan và Quân đội có mặt từ sớm .") == ["Lan"])
        #expect(PersonFixture.names("Chị Lan và Công ty đã ký hợp đồng .") == ["Lan"])
    }
}

/// A date before a comma lists no things (`Năm 1990 , Bradley …` is no list of places).
@Suite struct PersonAfterADateTests {
    @Test func aForeignNameAfterADate() {
        #expect(PersonFixture.names("Năm 1990 , Bradley chuyển về Texas sống .") == ["Bradley"])
        #expect(PersonFixture.names("Đoàn đi qua Quebec , Bradley và Ottawa .").isEmpty)
    }
}

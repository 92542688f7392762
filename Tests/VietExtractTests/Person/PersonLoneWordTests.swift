import Testing
@testable import VietExtract

/// Lone given names opening a sentence, and sentence openers before a name, on sentences written
/// for these tests.
@Suite struct PersonSentenceStartTests {
    @Test(arguments: [
        ("Tâm đã về quê từ hôm qua .", "Tâm"),
        ("Hưng ơi , em ở đâu ?", "Hưng"),
        ("Hiền kể rằng mẹ vẫn khỏe .", "Hiền"),
        ("Hôm ấy trời mưa. Tuấn không đến lớp.", "Tuấn"),
        ("Hùng bị thương ở chân .", "Hùng"),
    ])
    func givenNameAsTheSubject(text: String, name: String) {
        let found = PersonFixture.people(text)
        #expect(found.map(\.text) == [name])
        #expect(found.first?.rule == "person.given")
    }

    @Test func noLoneGivenNameInsideANameWithALowerCaseMiddle() {
        #expect(!PersonFixture.names("Nhà tôi ở phố Lý thường Kiệt , Hà Nội .").contains("Kiệt"))
        #expect(!PersonFixture.names("Đó là công trình của Hà văn Thắng , Lê Văn Tú và các đồng nghiệp.").contains("Thắng"))
    }

    @Test func noLoneGivenNameListedWithPlaces() {
        #expect(PersonFixture.names("Đoàn đi qua Hà Nội, Vinh, Huế và Đà Nẵng .").isEmpty)
    }

    @Test(arguments: [
        "Như đã đưa tin, giá xăng tăng mạnh.",
        "Nhất là khi trời mưa thì đường rất trơn.",
        "Chuẩn bị hai quả trứng gà.",
        "Tỉnh sẽ hỗ trợ thêm cho người dân.",
        "Hai đã là quá nhiều.",
        "Lâm sản được bán ở chợ.",
        "Trang bị cho bộ đội đã đầy đủ.",
        "Sao lại như vậy ?",
    ])
    func noSubjectNameWhereTheWordIsOrdinary(text: String) {
        #expect(PersonFixture.names(text).isEmpty)
    }

    @Test func anOpenerBeforeAGivenName() {
        #expect(PersonFixture.names("Rồi Hùng kể cho mình nghe chuyện cũ .") == ["Hùng"])
        #expect(PersonFixture.names("Chúc Thùy luôn vui .") == ["Thùy"])
    }

    @Test func noOpenerBeforeAForeignWordOrAfterAQuote() {
        #expect(PersonFixture.names("Theo Zing, vé đã bán hết.").isEmpty)
        #expect(PersonFixture.names("Tờ Marca đưa tin như vậy.").isEmpty)
        #expect(PersonFixture.names("Phim 'Bao Thanh Thiên' lại được chiếu.").isEmpty)
    }
}

/// Names shortened to a letter with no dot, on sentences written for these tests.
@Suite struct PersonBareInitialTests {
    @Test func aLetterBetweenFunctionWords() {
        let found = PersonFixture.people("Bác sĩ nói rằng K đã qua cơn nguy kịch .")
        #expect(found.map(\.text) == ["K"])
        #expect(found.first?.rule == "person.initials")
        #expect(PersonFixture.names("Lâu lắm rồi mình không nghĩ đến M ...") == ["M"])
        #expect(PersonFixture.names("Hãy vui lên Th ơi !") == ["Th"])
    }

    @Test(arguments: [
        "Các bảng A, B và C có năm đội.",
        "Bệnh viêm gan B đã lan rộng .",
        "Anh ấy đi B năm 1968 .",
        "Chỉ số P/E của công ty rất cao.",
        "Ồ , em không cần đâu .",
        "Chương I đã nói rõ điều này .",
    ])
    func noInitialWhereTheLetterIsSomethingElse(text: String) {
        #expect(PersonFixture.people(text).allSatisfy { $0.rule != "person.initials" })
    }
}

/// Lone foreign words: a person's after a mark or a function word, a thing's after a content word.
@Suite struct PersonLoneForeignWordTests {
    @Test func afterAFunctionWordOrAMark() {
        #expect(PersonFixture.names("Tiền vệ này chuyền bóng cho Brandt ghi bàn.") == ["Brandt"])
        #expect(PersonFixture.names("Đội hình có Rossi, Fernando và Baxter.") == ["Rossi", "Fernando", "Baxter"])
        #expect(PersonFixture.names("Tất cả là vì Zidane muốn thế.") == ["Zidane"])
    }

    @Test func atASentenceStartOnlyAsTheSubject() {
        #expect(PersonFixture.names("Trận đấu kết thúc. Brandt rất thất vọng.") == ["Brandt"])
        #expect(PersonFixture.names("Trận đấu kết thúc. Kobexa, nhà tài trợ, hài lòng.").isEmpty)
        #expect(PersonFixture.names("Trận đấu kết thúc. Kobexa tài trợ giải.").isEmpty)
    }

    @Test func notAfterAContentWord() {
        #expect(PersonFixture.names("Các nhà khoa học tìm đến bộ lạc Matowa ở Papua.").isEmpty)
        #expect(PersonFixture.names("Nhật Bản muốn mua hệ thống Patrion mặt đất.").isEmpty)
        #expect(PersonFixture.names("Hãy nhấn giữ phím Home vài giây.").isEmpty)
    }

    @Test func notWhereTheTextNamesItAsAThingElsewhere() {
        #expect(PersonFixture.names("Hãng Kobexa bị phạt. Nhân viên của Kobexa phải làm thêm giờ.").isEmpty)
        #expect(PersonFixture.names("Nhân viên của Kobexa phải làm thêm giờ.") == ["Kobexa"], "no other mention: a person by shape")
        #expect(PersonFixture.names("Thương hiệu Marco Bellini rất nổi tiếng. Anh làm thiết kế cho Marco Bellini.").isEmpty)
        #expect(PersonFixture.names("Anh làm thiết kế cho Marco Bellini.") == ["Marco Bellini"])
    }

    @Test func notInAListWithPlaces() {
        #expect(PersonFixture.names("Tên lửa được bán cho Iran, Zambora và Pakistan.").isEmpty)
        #expect(PersonFixture.names("Anh ấy sinh ra ở Santos, Sergipe, Brazil.").isEmpty)
        #expect(PersonFixture.names("Đội hình có Rossi, Fernando và Baxter ở Anh.") == ["Rossi", "Fernando", "Baxter"])
    }
}

/// Common nouns that hold a title word, after which a capital is no name.
@Suite struct PersonTitleNounTests {
    @Test(arguments: [
        "Quân đội đánh bật nhóm khủng bố Nhà nước Hồi giáo khỏi thành phố.",
        "Bà con Lự đang hái chè.",
        "Cha mẹ Việt kể chuyện họp phụ huynh.",
    ])
    func noNameAfterANounHoldingATitle(text: String) {
        #expect(PersonFixture.names(text).isEmpty)
    }

    @Test func noNameAfterAWordForAKindOfThing() {
        #expect(PersonFixture.names("Các bác sĩ khoa Nhi đang trực.").isEmpty)
        #expect(PersonFixture.names("Chi phí là 5 tỷ Yên.").isEmpty)
        #expect(PersonFixture.names("Nghĩa quân đứng lên chống quân Minh.").isEmpty)
        #expect(PersonFixture.names("Đội bóng có thủ quân Marco Rossi.") == ["Marco Rossi"])
    }

    @Test func theTitleStillWorksAlone() {
        #expect(PersonFixture.names("Hôm qua bà Lan và bố Hùng đã đến.") == ["Lan", "Hùng"])
    }
}

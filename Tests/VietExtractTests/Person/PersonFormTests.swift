import Testing
@testable import VietExtract

/// Every form of a person's name, on sentences written for these tests.
@Suite struct PersonFormTests {
    @Test func vietnameseFullNamesByShape() {
        let found = PersonFixture.people("Hôm qua Nguyễn Văn An và Trần Thị Bích Ngọc đã đến thăm trường.")
        #expect(found.map(\.text) == ["Nguyễn Văn An", "Trần Thị Bích Ngọc"])
        #expect(found.allSatisfy { $0.value.form == .full && $0.rule == "person.name" })
    }

    @Test func compoundAndMinoritySurnames() {
        #expect(PersonFixture.names("Sử sách còn ghi công của Tôn Thất Thuyết.") == ["Tôn Thất Thuyết"])
        #expect(PersonFixture.names("Trưởng bản là Giàng A Páo, còn Lò Văn Cu làm y tá.") == ["Giàng A Páo", "Lò Văn Cu"])
    }

    @Test func aFullNameWithAMiddleNameEvenAfterAThingWord() {
        #expect(PersonFixture.names("Đội cấp cứu gồm bác sĩ Lan và lái xe Nguyễn Văn Bình .") == ["Lan", "Nguyễn Văn Bình"])
        #expect(PersonFixture.names("Ông ấy mua nước mắm Phước Hương ở chợ .").isEmpty)
    }

    @Test func aNumberBeforeANameMakesItAnAddressUnlessAYear() {
        #expect(PersonFixture.names("Chúng tôi đến thăm bác tại tư gia 20 Trần Hưng Đạo .").isEmpty)
        #expect(PersonFixture.names("Vị trưởng phòng sinh năm 1988 Đỗ Văn Tâm gây bất ngờ .") == ["Đỗ Văn Tâm"])
    }

    @Test func aNameListedWithPlacesIsAStreet() {
        #expect(PersonFixture.names("Dự án trải dài qua các quận Ba Đình, Đống Đa, Lê Văn Hưu và Hoàn Kiếm .").isEmpty)
        #expect(PersonFixture.names("Sinh ra ở Kim Sơn, Ninh Bình, Phạm Văn Lộc đã sớm đi làm .") == ["Phạm Văn Lộc"])
        #expect(PersonFixture.names("Bị cáo Lê Văn Tú (ở Hà Nội, Trần Thị Mai Hoa (ở Hải Dương) có mặt.")
            .contains("Trần Thị Mai Hoa"))
    }

    @Test func thiMarksANameWhateverTheSurname() {
        #expect(PersonFixture.names("Huy chương vàng thuộc về Liên Thị Tuyết Mai.") == ["Liên Thị Tuyết Mai"])
    }

    @Test func aLongRunKeepsTheNameAfterThePlace() {
        // Without a type word the place is not known, but the most common surname starts the name.
        let found = PersonFixture.people("Phó Giám đốc Sở Y tế Hà Nội Nguyễn Văn Hùng cho biết như vậy.")
        #expect(found.map(\.text) == ["Nguyễn Văn Hùng"])
        #expect(found.first?.titles == ["Phó Giám đốc Sở Y tế Hà Nội"])
    }

    @Test func shortMentionsAfterAnHonorific() {
        let found = PersonFixture.people("Sáng nay ông Rứa và bà Hà đã gặp chị Lan.")
        #expect(found.map(\.text) == ["Rứa", "Hà", "Lan"])
        #expect(found.allSatisfy { $0.value.form == .short })
        #expect(found.map(\.titles) == [["ông"], ["bà"], ["chị"]])
    }

    @Test func initials() {
        let found = PersonFixture.people("Theo lời anh N.V.A. thì anh H. đã về quê, còn Nguyễn Văn D. ở lại.")
        #expect(found.map(\.text) == ["N.V.A.", "H.", "Nguyễn Văn D."])
        #expect(found[0].value.form == .initials && found[1].value.form == .initials)
        #expect(PersonFixture.names("Ai cũng sợ tính ngang tàng của M. , và chị Tr. cũng thế .") == ["M.", "Tr."])
    }

    @Test func foreignNamesInVietnameseRenderings() {
        let found = PersonFixture.people("Chủ tịch Tập Cận Bình điện đàm với Tổng thống Vla-đi-mia Pu-tin.")
        #expect(found.map(\.text) == ["Tập Cận Bình", "Vla-đi-mia Pu-tin"])
        #expect(found[1].value.form == .foreign)
        #expect(found.map(\.titles) == [["Chủ tịch"], ["Tổng thống"]])
    }

    @Test func foreignNamesInTheOriginal() {
        let found = PersonFixture.people("Hôm qua, Donald Trump gặp Chủ tịch Trung Quốc Xi Jinping.")
        #expect(found.map(\.text) == ["Donald Trump", "Xi Jinping"])
        #expect(found.allSatisfy { $0.value.form == .foreign })
        #expect(found[1].titles == ["Chủ tịch Trung Quốc"])
    }

    @Test func particlesOfForeignNames() {
        let found = PersonFixture.people("Người đàn ông Ennis del Mar gặp Jacob van den Borne ở Hà Lan.")
        #expect(found.map(\.text) == ["Ennis del Mar", "Jacob van den Borne"])
        #expect(found.allSatisfy { $0.titles.isEmpty }, "ông inside đàn ông is no title")
    }

    @Test func twoSyllableGivenNamesAndLoneGivenNames() {
        #expect(PersonFixture.names("Tối qua Thúy Vân hát rất hay.") == ["Thúy Vân"])
        #expect(PersonFixture.names("Chiều nay ngồi bên giường bệnh của Khiêm , mình muốn khóc .") == ["Khiêm"])
        // A name no list has, after a word that takes a person.
        #expect(PersonFixture.names("Mình gặp Kiệm lần đầu tiên ở bệnh xá , rồi khiêng Kiệm đi .") == ["Kiệm", "Kiệm"])
        #expect(PersonFixture.names("Ca khúc mới của Hương Tràm được khen.") == ["Hương Tràm"])
    }

    @Test func loneForeignNamesInsideASentence() {
        #expect(PersonFixture.names("Cả đội đều mừng vì Griezmann đã trở lại, còn Costa thì chưa.") == ["Griezmann", "Costa"])
        // Words of things' names and names after a word for a kind of thing stay out.
        #expect(PersonFixture.names("Cô ấy nói tiếng Campuchia và dùng xà bông hiệu Lifebuoy, xem Facebook.").isEmpty)
    }

    @Test func bylinesAndPhotoCredits() {
        #expect(PersonFixture.names("Bài viết đã được gửi đi.\nẢnh: Tùng Phạm") == ["Tùng Phạm"])
        #expect(PersonFixture.names("Giá vàng tăng mạnh.\nTheo Huy Phong/Dân Việt") == ["Huy Phong"])
        #expect(PersonFixture.names("Giá vàng tăng mạnh. Ảnh: Quyên Quyên.") == ["Quyên Quyên"])
        #expect(PersonFixture.names("Trung Đinh: Tôi thành lập trung tâm này từ lâu.") == ["Trung Đinh"])
        #expect(PersonFixture.names("Giá vàng tăng mạnh.\nTHÀNH ĐỒNG - LÊ PHONG") == ["THÀNH ĐỒNG", "LÊ PHONG"])
        #expect(PersonFixture.names("THỜI SỰ HÔM NAY\nGiá vàng tăng mạnh.").isEmpty)
    }

    @Test func aNameRunsIntoAGivenNameThatIsAlsoAPlace() {
        // `Anh` (England) and `Nga` (Russia) alone are places; after a name word they end the name.
        let found = PersonFixture.people("Bộ trưởng Nguyễn Tuấn Anh và chị Hằng Nga sang Anh, rồi sang Nga.")
        #expect(found.map(\.text) == ["Nguyễn Tuấn Anh", "Hằng Nga"])
        let all = try! Extractor().extract("Bộ trưởng Nguyễn Tuấn Anh sang Anh.")
        #expect(all.map(\.label) == [.person, .location])
        #expect(all.map(\.text) == ["Nguyễn Tuấn Anh", "Anh"])
    }

    @Test func aListOfNamesWhereMostAreKnown() {
        // `Tiến Linh` before a clause's end would be a given pair of its own; before `đá` only the list vouches for it.
        let found = PersonFixture.people("Đội hình ra sân gồm Nguyễn Văn Toàn, Trần Đình Trọng, Thiago, Quang Hải và Tiến Linh đá cặp.")
        #expect(found.map(\.text) == ["Nguyễn Văn Toàn", "Trần Đình Trọng", "Thiago", "Quang Hải", "Tiến Linh"])
        #expect(found.last?.rule == "person.list")
        // A list of places is left alone.
        #expect(PersonFixture.names("Các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị bị ảnh hưởng.").isEmpty)
    }

    @Test func laterBareMentionsOfANameFoundBefore() {
        let found = PersonFixture.people("Nguyễn Xuân Sơn bị bắt tháng trước. Khi đó Sơn đang ở nhà.")
        #expect(found.map(\.text) == ["Nguyễn Xuân Sơn", "Sơn"])
        #expect(found[0].value.personID == found[1].value.personID)
    }

    @Test func epithetsOfHoChiMinhWhereCapitalizedAsSuch() {
        let found = PersonFixture.people("Học tập theo gương Bác, chúng ta nhớ lời Người dạy. Bác Hồ luôn ở trong tim mỗi người.")
        #expect(found.map(\.text) == ["Bác", "Người", "Bác Hồ"])
        #expect(found.allSatisfy { $0.value.form == .epithet && $0.value.canonical == "Hồ Chí Minh" })
        #expect(Set(found.compactMap(\.value.personID)).count == 1)
    }
}

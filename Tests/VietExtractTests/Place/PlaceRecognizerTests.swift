import Testing
@testable import VietExtract

/// Places (LOC), on sentences written for these tests.
@Suite struct PlaceRecognizerTests {
    static let extractor = try! Extractor(options: ExtractorOptions(labels: [.location]))

    /// The LOC entities of `text`: their text and place value.
    func places(_ text: String) -> [(text: String, value: PlaceValue)] {
        Self.extractor.extract(text).compactMap { entity in
            guard case .place(let value) = entity.value else { return nil }
            #expect(String(text[entity.range]) == entity.text)
            return (entity.text, value)
        }
    }

    func texts(_ text: String) -> [String] { places(text).map(\.text) }

    @Test func unitsOfBothErasSayWhatTheyBecame() throws {
        let found = places("Tỉnh Bình Dương sáp nhập, còn tỉnh Tuyên Quang giữ tên; phường Hàng Bông cũng vậy.")
        #expect(found.map(\.text) == ["Tỉnh Bình Dương", "tỉnh Tuyên Quang", "phường Hàng Bông"])
        let binhDuong = found[0].value
        #expect(binhDuong.level == "province" && binhDuong.code == "74" && binhDuong.era == "legacy")
        #expect(binhDuong.became == "Thành phố Hồ Chí Minh" && binhDuong.becameCode == "79")
        #expect(found[1].value.era == "both" && found[1].value.code == "08")
        let hangBong = found[2].value
        #expect(hangBong.level == "commune" && hangBong.type == "phường" && hangBong.era == "legacy")
        #expect(hangBong.parent == "Quận Hoàn Kiếm, Thành phố Hà Nội")
        #expect(hangBong.became == "Phường Cửa Nam;Phường Hoàn Kiếm")
    }

    @Test func aTypeWordChoosesTheUnitOfItsLevel() throws {
        let found = places("Về huyện Gia Lâm rồi sang xã Thượng Phúc.")
        #expect(found.map(\.text) == ["huyện Gia Lâm", "xã Thượng Phúc"])
        #expect(found[0].value.level == "district" && found[0].value.code == "018")
        #expect(found[1].value.era == "2025" && found[1].value.code == "10231")
        let ambiguous = try #require(places("Ông về xã Tân Phú.").first?.value)
        #expect(ambiguous.code == nil && ambiguous.ambiguity > 1 && ambiguous.type == "xã")
    }

    @Test func theTypeWordAndItsAbbreviationsAreInTheSpan() {
        #expect(texts("Tại thành phố Hồ Chí Minh, TP HCM, TP.HCM, Tp. Hồ Chí Minh và TP.Đà Nẵng.")
            == ["thành phố Hồ Chí Minh", "TP HCM", "TP.HCM", "Tp. Hồ Chí Minh", "TP.Đà Nẵng"])
        #expect(places("Nhà ở quận 1 và Q.3.").map(\.value.code) == ["760", "770"])
    }

    @Test func aCapitalizedNameAfterATypeWordIsAPlaceEvenWhenUnlisted() throws {
        let found = places("Đoàn đến xã Khe Ngang, thôn Đồng Mít và sông Nậm Pồ.")
        #expect(found.map(\.text) == ["xã Khe Ngang", "thôn Đồng Mít", "sông Nậm Pồ"])
        #expect(found.map(\.value.kind) == ["commune", "hamlet", "river"])
        #expect(found[0].value.code == nil && found[0].value.name == "Khe Ngang")
    }

    @Test func aliasesAndShortForms() {
        let found = places("Từ Sài Gòn ra HN, qua BR-VT, Thừa Thiên-Huế rồi về Thủ đô.")
        #expect(found.map(\.text) == ["Sài Gòn", "HN", "BR-VT", "Thừa Thiên-Huế", "Thủ đô"])
        #expect(found.map(\.value.code) == ["79", "01", "77", "46", "01"])
    }

    @Test func countriesCitiesAndRegionsCarryTheirCodes() {
        let found = places("Mỹ, Hoa Kỳ, Trung Quốc và Triều Tiên họp ở Bắc Kinh, rồi ở Mát-xcơ-va.")
        #expect(found.map(\.text) == ["Mỹ", "Hoa Kỳ", "Trung Quốc", "Triều Tiên", "Bắc Kinh", "Mát-xcơ-va"])
        #expect(found.prefix(4).map(\.value.code) == ["US", "US", "CN", "KP"])
        #expect(found[4].value.country == "CN" && found[5].value.country == "RU")
        #expect(texts("Hàng từ Đông Nam Á sang châu Âu, từ Tây Nguyên về đồng bằng sông Cửu Long.")
            == ["Đông Nam Á", "châu Âu", "Tây Nguyên", "đồng bằng sông Cửu Long"])
    }

    @Test func seasRiversMountainsAndIslands() {
        let found = places("Tàu qua Biển Đông, đảo Phú Quý, Trường Sa; nước sông Hồng dâng, mây phủ dãy Trường Sơn.")
        #expect(found.map(\.text) == ["Biển Đông", "đảo Phú Quý", "Trường Sa", "sông Hồng", "dãy Trường Sơn"])
        #expect(found.map(\.value.kind) == ["sea", "island", "district", "river", "mountain"])
    }

    @Test func streetsAndAddresses() {
        #expect(texts("Cửa hàng ở số 38 Hàng Da, gần phố Hàng Da, đường Lê Lợi và ngõ 12 Trần Phú.")
            == ["số 38 Hàng Da", "phố Hàng Da", "đường Lê Lợi", "ngõ 12 Trần Phú"])
    }

    @Test func hoChiMinhIsAPlaceAfterThanhPhoAndAPersonAfterATitle() {
        #expect(texts("Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn; Bác Hồ Chí Minh kính yêu.").isEmpty)
        #expect(texts("Lăng Chủ tịch Hồ Chí Minh ở thành phố Hồ Chí Minh?") == ["thành phố Hồ Chí Minh"])
    }

    @Test func wordsThatAreNotPlacesHere() {
        #expect(texts("Anh Nguyễn Văn Vinh và ông Vinh gặp chị Nam.").isEmpty)
        #expect(texts("Gió thổi từ phía bắc, học sinh nam đứng bên trái.").isEmpty)
        #expect(texts("Anh đã nói tiếng Anh với người Nhật.").isEmpty)
        #expect(texts("Họ yêu cầu Công ty xử lý; Bộ Nông nghiệp và Phát triển nông thôn Trần Văn A.").isEmpty)
        #expect(texts("Tuy nhiên, đường 25m vẫn hẹp.").isEmpty)
        #expect(texts("Quân ta tiến vào Nam, còn anh ra miền Bắc.") == ["Nam", "miền Bắc"])
    }

    @Test func aPluralLeavesTheTypeWordOutAndCommunesNeedAWordOfPlace() {
        #expect(texts("Bão đổ bộ vào các tỉnh Hà Tĩnh, Quảng Bình.") == ["Hà Tĩnh", "Quảng Bình"])
        #expect(texts("Ông Phổ Cường nói.").isEmpty)
        #expect(texts("Cô công tác ở Phổ Cường.") == ["Phổ Cường"])
    }

    @Test func offsetsPointAtTheUsersOwnCharactersUnderNFDAndOldToneMarks() throws {
        let text = "Về Kha\u{301}nh Ho\u{300}a và tỉnh Thanh Hóa, HÀ NỘI."
        let entities = Self.extractor.extract(text)
        #expect(entities.map(\.text) == ["Kha\u{301}nh Ho\u{300}a", "tỉnh Thanh Hóa", "HÀ NỘI"])
        #expect(entities.map(\.start) == [3, 18, 34])
        guard case .place(let value) = entities[0].value else { Issue.record("no place value"); return }
        #expect(value.code == "56")
    }

    @Test func theValueIsWrittenAsJSON() throws {
        let entity = try #require(Self.extractor.extract("tỉnh Hà Giang").first)
        #expect(entity.value.json == .object([
            ("name", .string("Hà Giang")), ("kind", .string("province")), ("level", .string("province")),
            ("type", .string("tỉnh")), ("code", .string("02")), ("era", .string("legacy")),
            ("became", .string("Tỉnh Tuyên Quang")), ("became_code", .string("08")), ("country", .string("VN")),
        ]))
    }

    @Test func theSeedArticleHasItsPlaces() throws {
        let text = try String(contentsOfFile: ResourceLocator.resourcesDirectory()
            .deletingLastPathComponent().appendingPathComponent("Examples/seed-article.txt").path, encoding: .utf8)
        let found = Set(texts(text))
        #expect(found.isSuperset(of: ["Hà Nội", "thành phố Hồ Chí Minh", "Việt Nam"]))
    }

    @Test func shortFormsCountOnlyJoinedToAPlace() {
        #expect(texts("Quan hệ Việt - Nhật và Séc - Việt.") == ["Việt", "Nhật", "Séc", "Việt"])
        #expect(texts("Quỹ Tấm lòng Việt ủng hộ.").isEmpty)
    }

    @Test func teamsClubsAndOrganizationsAreNotPlaces() {
        #expect(texts("U16 Mông Cổ thua, Quảng Nam FC thắng; Tổng thống phát biểu tại Liên Hợp Quốc.").isEmpty)
    }

    @Test func aCommonNounBeforeACountryLeavesTheCountryAlone() {
        #expect(texts("Táo bán ngập chợ Việt Nam, còn bán đảo Triều Tiên căng thẳng.") == ["Việt Nam", "bán đảo Triều Tiên"])
    }

    @Test func aNumberEndsAHamletsName() {
        #expect(texts("Nhà ở ấp Long Châu 1, còn đường Quan Nhân 2 ngày trước ngập.") == ["ấp Long Châu 1", "đường Quan Nhân"])
    }

    @Test func aUserEntryWinsATieAgainstABuiltInPlace() throws {
        let user = Gazetteer(name: "mine", entries: [GazetteerEntry(name: "Hà Nội", label: .location, id: "my-hanoi")])
        let extractor = try Extractor(options: ExtractorOptions(labels: [.location]), gazetteers: [user])
        let entity = try #require(extractor.extract("Tôi ở Hà Nội.").first)
        #expect(entity.source == "gazetteer:mine")
        #expect(entity.value.json["id"] == .string("my-hanoi"))
    }
}

import Testing
@testable import VietExtract

/// Companies by brand: the country after a brand, names with an international suffix, and brands
/// known by more than one spelling. Sentences written for these tests.
@Suite struct OrganizationBrandTests {
    static let extractor = try! Extractor(options: ExtractorOptions(labels: [.organization, .location]))

    /// The ORG entities of `text`: their text and value.
    func organizations(_ text: String) -> [(text: String, value: OrganizationValue)] {
        Self.extractor.extract(text).compactMap { entity in
            #expect(String(text[entity.range]) == entity.text)
            guard case .organization(let value) = entity.value else { return nil }
            return (entity.text, value)
        }
    }

    func texts(_ text: String) -> [String] { organizations(text).map(\.text) }

    @Test func aCountryAfterABrandNamesItsBranch() throws {
        let found = organizations("Anh là phó tổng giám đốc Pepsi VN với mức lương cao, rồi sang Unilever Việt Nam.")
        #expect(found.map(\.text) == ["Pepsi VN", "Unilever Việt Nam"])
        #expect(found[0].value.place == "VN")
        // The brand alone, and a country after a name that is no brand, stay as they were.
        #expect(texts("Pepsi bán nhiều hơn ở VN năm nay.") == ["Pepsi"])
        #expect(texts("Chị Hoa Mai VN kể lại.").isEmpty)
    }

    @Test func aGroupKeepsItsHeadBeforeABrand() throws {
        #expect(texts("Anh về đầu quân cho tập đoàn Unilever từ năm 1995.") == ["tập đoàn Unilever"])
        // Other lower-case heads before a brand are left out.
        #expect(texts("Anh về làm cho công ty Unilever từ năm 1995.") == ["Unilever"])
    }

    @Test func aSuffixAfterAProperNameMakesACompany() throws {
        let found = organizations("Cổ phiếu Navigos Group tăng, còn cổ phiếu Asahi Group Holdings thì giảm.")
        #expect(found.map(\.text) == ["Navigos Group", "Asahi Group Holdings"])
        #expect(found.allSatisfy { $0.value.kind == "company" && $0.value.basis == "suffix" })
        // A suffix needs a capitalized name before it, and is no name by itself.
        #expect(texts("Họ lập một group trên mạng để bàn về các airlines giá rẻ.").isEmpty)
        #expect(texts("Cả nhóm gọi đó là Group của mình.").isEmpty)
    }

    @Test func brandsKnownByTheirOtherSpellings() throws {
        #expect(texts("Các hãng Caltex, Johnson and Johnson, P & G và JAL đều có mặt.")
            == ["Caltex", "Johnson and Johnson", "P & G", "JAL"])
        #expect(organizations("Vé của VN Airlines rẻ hơn.").first?.value.name == "Tổng công ty Hàng không Việt Nam")
    }

    @Test func petrovietnamUnitsByTheirBrands() throws {
        let found = organizations("PVTex, PVEP, PVOil và BSR đều thuộc ngành dầu khí.")
        #expect(found.map(\.text) == ["PVTex", "PVEP", "PVOil", "BSR"])
        #expect(found[0].value.name == "Tổng công ty Cổ phần Hóa dầu và Xơ sợi Dầu khí")
        // A brand must be written in its capitals: ống nhựa `pvc` or a word `bsr` is nothing.
        #expect(texts("Ống nhựa pvc và mã bsr được nhắc tới.").isEmpty)
    }

    @Test func aFactoryNameRunsOverItsIndustryWords() throws {
        #expect(texts("Dự án Nhà máy sản xuất nhiên liệu sinh học Dung Quất chậm tiến độ.")
            == ["Nhà máy sản xuất nhiên liệu sinh học Dung Quất"])
        #expect(texts("Nhà máy bột giấy Phương Nam dừng hoạt động.") == ["Nhà máy bột giấy Phương Nam"])
        // Industry words with no proper name after them make no name.
        #expect(texts("Nhà máy sản xuất nhiên liệu sinh học đã dừng.").isEmpty)
    }

    @Test func aClubsShortNameOpeningALongerNameIsAnotherClub() throws {
        let found = organizations("Sau trận thua Real Betis, Real Madrid gặp Real Sociedad.")
        #expect(found.map(\.text) == ["Real Betis", "Real Madrid", "Real Sociedad"])
        #expect(found[0].value.id == nil && found[0].value.kind == "sports_club")
        #expect(found[1].value.id != nil)
        // The short name alone, or before a place, is still the club it names.
        #expect(texts("Real thắng đậm ở Tây Ban Nha.") == ["Real"])
    }

    @Test func aLowerCaseHangIsACommonNounBeforeTheName() throws {
        let found = organizations("Theo hãng Hoa Mai Xanh, hãng mỹ phẩm Lancome sẽ mở cửa hàng.")
        #expect(found.map(\.text) == ["Hoa Mai Xanh", "Lancome"])
        #expect(found.allSatisfy { $0.value.kind == "company" })
        // Capitalized, the head is part of the name; with no name after it, nothing is found.
        #expect(texts("Hãng Hoa Mai Xanh cho biết các hãng lớn đều giảm giá.") == ["Hãng Hoa Mai Xanh"])
    }
}

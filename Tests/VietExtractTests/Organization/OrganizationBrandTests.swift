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
}

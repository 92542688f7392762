import Foundation
import Testing
@testable import VietExtract

/// Organizations (ORG), on sentences written for these tests and on the seed article.
@Suite struct OrganizationRecognizerTests {
    static let extractor = try! Extractor(options: ExtractorOptions(labels: [.organization, .location, .document],
                                                                    includeNested: true))

    /// The outermost ORG entities of `text`: their text and value.
    func organizations(_ text: String) -> [(text: String, value: OrganizationValue)] {
        Self.extractor.extract(text).compactMap { entity in
            #expect(String(text[entity.range]) == entity.text)
            guard !entity.isNested, case .organization(let value) = entity.value else { return nil }
            return (entity.text, value)
        }
    }

    func texts(_ text: String) -> [String] { organizations(text).map(\.text) }

    @Test func partyBodiesAreKnownWithIds() throws {
        let found = organizations("Bộ Chính trị, Ban Bí thư và Ủy ban Kiểm tra Trung ương họp; Đảng lãnh đạo toàn diện.")
        #expect(found.map(\.text) == ["Bộ Chính trị", "Ban Bí thư", "Ủy ban Kiểm tra Trung ương", "Đảng"])
        #expect(found.map(\.value.id) == ["vn.bo-chinh-tri", "vn.ban-bi-thu", "vn.uy-ban-kiem-tra-trung-uong",
                                          "vn.dang-cong-san-viet-nam"])
        #expect(found.allSatisfy { $0.value.kind == "party" && $0.value.basis == "known" })
    }

    @Test func ministriesCarryTheir2025Validity() throws {
        let found = organizations("Bộ Kế hoạch và Đầu tư bàn giao cho Bộ Tài chính; Bộ Nông nghiệp và Môi trường ra mắt.")
        #expect(found.map(\.text) == ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"])
        let plan = found[0].value
        #expect(plan.kind == "ministry" && plan.validUntil == "2025-02-28")
        #expect(plan.became == "Bộ Tài chính" && plan.becameId == "vn.bo-tai-chinh")
        #expect(found[1].value.validUntil == nil && found[1].value.became == nil)
        #expect(found[2].value.validFrom == "2025-03-01")
        let json = found[0].value.json
        #expect(json == .object([("id", .string("vn.bo-ke-hoach-va-dau-tu")), ("name", .string("Bộ Kế hoạch và Đầu tư")),
                                 ("kind", .string("ministry")), ("valid_until", .string("2025-02-28")),
                                 ("became", .string("Bộ Tài chính")), ("became_id", .string("vn.bo-tai-chinh")),
                                 ("basis", .string("known"))]))
    }

    @Test func stateBodiesCourtsAndMassOrganizations() throws {
        #expect(texts("Quốc hội giám sát Chính phủ, Tòa án nhân dân tối cao và Mặt trận Tổ quốc Việt Nam.")
            == ["Quốc hội", "Chính phủ", "Tòa án nhân dân tối cao", "Mặt trận Tổ quốc Việt Nam"])
        #expect(organizations("Viện kiểm sát nhân dân tối cao kháng nghị.").first?.value.kind == "procuracy")
    }

    @Test func localBodiesTakeTheirPlaceAsANestedLocation() throws {
        let text = "UBND tỉnh Bình Định, Sở Y tế TP HCM và Công an quận Hoàn Kiếm phối hợp với Đảng ủy phường Nghi Hải."
        let found = organizations(text)
        #expect(found.map(\.text) == ["UBND tỉnh Bình Định", "Sở Y tế TP HCM", "Công an quận Hoàn Kiếm",
                                      "Đảng ủy phường Nghi Hải"])
        #expect(found[0].value.kind == "local_government" && found[0].value.place == "tỉnh Bình Định")
        #expect(found[0].value.id == nil && found[0].value.name == "Ủy ban nhân dân")
        #expect(found[2].value.kind == "police" && found[2].value.place == "quận Hoàn Kiếm")
        let nested = Self.extractor.extract(text).filter(\.isNested).map { "\($0.label.rawValue) \($0.text)" }
        #expect(nested.contains("LOC tỉnh Bình Định") && nested.contains("LOC quận Hoàn Kiếm"))
        #expect(!nested.contains { $0.hasPrefix("ORG") })
    }

    @Test func aLocalBodyAloneIsAnOrganizationButPoliceNeedItsPlace() throws {
        #expect(texts("HĐND và UBND đã họp; Tỉnh ủy chỉ đạo.") == ["HĐND", "UBND", "Tỉnh ủy"])
        #expect(texts("Công an đã vào cuộc.").isEmpty)
    }

    @Test func companiesBanksSchoolsHospitalsByHeadWord() throws {
        let found = organizations(
            "Công ty CP Sữa Việt Nam, Ngân hàng TMCP Ngoại thương, Trường Đại học Bách khoa Hà Nội và Bệnh viện Bạch Mai ký kết.")
        #expect(found.map(\.text) == ["Công ty CP Sữa Việt Nam", "Ngân hàng TMCP Ngoại thương",
                                      "Trường Đại học Bách khoa Hà Nội", "Bệnh viện Bạch Mai"])
        #expect(found.map(\.value.kind) == ["company", "bank", "school", "hospital"])
        #expect(found.allSatisfy { $0.value.basis == "head" && $0.value.id == nil })
    }

    @Test func aNameRunsOnOverItsLowerCaseWordsAndEndsBeforeTheVerb() throws {
        #expect(texts("Tổng công ty Xây dựng công trình giao thông 1 đã khởi công.")
            == ["Tổng công ty Xây dựng công trình giao thông 1"])
        #expect(texts("Hôm qua Viện Dinh dưỡng quốc gia cho biết như vậy.") == ["Viện Dinh dưỡng quốc gia"])
        #expect(texts("Sở Giáo dục và Đào tạo đã có văn bản.") == ["Sở Giáo dục và Đào tạo"])
    }

    @Test func aPersonNameInsideASchoolIsNotAPerson() throws {
        let entities = Self.extractor.extract("Em học ở Trường THPT Nguyễn Du.")
        #expect(entities.map(\.text) == ["Trường THPT Nguyễn Du"])
        #expect(entities.allSatisfy { $0.label == .organization })
    }

    @Test func aPersonAfterTheNameEndsIt() throws {
        #expect(texts("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến phát biểu; Giám đốc Sở Tư pháp Trần Văn An dự.")
            == ["Bộ Y tế", "Sở Tư pháp"])
        let chairman = organizations("Chủ tịch UBND tỉnh Nguyễn Văn An ký.")
        #expect(chairman.map(\.text) == ["UBND tỉnh"])
        #expect(chairman.first?.value.place == "tỉnh")
    }

    @Test func internationalBodiesAndAbbreviations() throws {
        let found = organizations("Liên hợp quốc, Ngân hàng Thế giới, ASEAN, WTO, LHQ, EVN, VNPT, MTTQ và BCH TW.")
        #expect(found.map(\.text) == ["Liên hợp quốc", "Ngân hàng Thế giới", "ASEAN", "WTO", "LHQ", "EVN", "VNPT", "MTTQ",
                                      "BCH TW"])
        #expect(found[0].value.id == found[4].value.id)
        #expect(found[5].value.name == "Tập đoàn Điện lực Việt Nam")
        #expect(found[8].value.id == "vn.ban-chap-hanh-trung-uong-dang")
    }

    @Test func anAbbreviationMustBeWrittenInItsCapitals() throws {
        #expect(texts("Anh về miền Nam, còn chị ở Việt Nam.").isEmpty)
        #expect(texts("Phong trào NAM họp.") == ["NAM"])
    }

    @Test func anAcronymInBracketsIsLinkedToTheNameBeforeIt() throws {
        let text = "Công ty Cổ phần Đầu tư Sao Mai Xanh (SMX) công bố lãi; năm nay SMX dự kiến mở rộng."
        let found = organizations(text)
        #expect(found.map(\.text) == ["Công ty Cổ phần Đầu tư Sao Mai Xanh", "SMX", "SMX"])
        let full = found[0].value
        #expect(full.acronym == "SMX" && full.id == "local.cong-ty-co-phan-dau-tu-sao-mai-xanh")
        for acronym in found.dropFirst() {
            #expect(acronym.value.id == full.id && acronym.value.basis == "acronym")
            #expect(acronym.value.name == "Công ty Cổ phần Đầu tư Sao Mai Xanh" && acronym.value.kind == "company")
        }
        let known = organizations("Tập đoàn Điện lực Việt Nam (EVN) tăng giá điện.")
        #expect(known.map(\.text) == ["Tập đoàn Điện lực Việt Nam", "EVN"])
        #expect(known[0].value.acronym == "EVN" && known[1].value.id == known[0].value.id)
    }

    @Test func aProperNameUsedAloneLaterIsTheSameOrganization() throws {
        let found = organizations("Công ty TNHH Hoa Mai Xanh vừa mở chi nhánh. Nhân viên của Hoa Mai Xanh rất vui.")
        #expect(found.map(\.text) == ["Công ty TNHH Hoa Mai Xanh", "Hoa Mai Xanh"])
        #expect(found[1].value.id == found[0].value.id && found[0].value.id == "local.cong-ty-tnhh-hoa-mai-xanh")
        #expect(found[1].value.basis == "short" && found[1].value.name == "Công ty TNHH Hoa Mai Xanh")
        // A descriptive name is not repeated alone: `Y tế` is not the ministry.
        #expect(texts("Bộ Y tế họp. Ngành Y tế cố gắng.") == ["Bộ Y tế"])
    }

    @Test func aLegalFormAfterAKnownNameKeepsItsValue() throws {
        let found = organizations("Tổng Công ty Đầu tư và Phát triển Công nghiệp - CTCP (Becamex IDC) họp cổ đông.")
        #expect(found.map(\.text) == ["Tổng Công ty Đầu tư và Phát triển Công nghiệp - CTCP", "Becamex IDC"])
        #expect(found[0].value.id == "org.tong-cong-ty-dau-tu-va-phat-trien-cong-nghiep")
        #expect(found[1].value.id == found[0].value.id)
    }

    @Test(arguments: [
        "Các bộ, ngành cần phối hợp chặt chẽ.",
        "Ban hành quy định mới về thuế.",
        "Quyền sở hữu tài sản được bảo vệ.",
        "Nhiều công ty đã phá sản.",
        "Bộ trưởng đã phát biểu.",
        "Đảng viên phải gương mẫu.",
        "Thị trường chứng khoán tăng điểm.",
        "Ông Đoàn Văn Bình về hưu.",
        "Hội nghị Trung ương bàn về nhân sự.",
        "Thủ tướng Chính phủ đồng ý.",
        "Anh ấy đến Tây Ban Nha.",
        "Ảnh: Trần Bình - Trường An.",
        "Người dân cần phòng Covid-19 đúng cách.",
        "Ông Nguyễn Văn Nam đã về quê.",
    ])
    func headWordsUsedAsOrdinaryWordsAreNotOrganizations(text: String) {
        #expect(texts(text).isEmpty, "\(texts(text))")
    }

    @Test func teamsAndUnitsNamedByAKnownBody() throws {
        let found = organizations("U19 Việt Nam thắng U19 Lào, còn Hà Nội FC thua tại giải U19 châu Á.")
        #expect(found.map(\.text) == ["U19 Việt Nam", "U19 Lào", "Hà Nội FC"])
        #expect(found.allSatisfy { $0.value.kind == "sports_team" })
        #expect(texts("Lữ đoàn bộ binh số 5 và sư đoàn bộ binh 7 hành quân; sư 9 rút. Sư thầy tụng kinh.")
            == ["Lữ đoàn bộ binh số 5", "sư đoàn bộ binh 7", "sư 9"])
        #expect(texts("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh tiếp nhận.")
            == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh"])
        #expect(texts("Phòng Giáo dục và Đào tạo quận Ba Đình trả lời.") == ["Phòng Giáo dục và Đào tạo quận Ba Đình"])
    }

    @Test func aDocumentNamingABodyKeepsTheBodyAsOrganization() throws {
        let entities = Self.extractor.extract("Nghị quyết của Bộ Chính trị và Chỉ thị số 39-CT/TW được quán triệt.")
        #expect(entities.map { "\($0.label.rawValue) \($0.text)" } == ["ORG Bộ Chính trị", "DOC Chỉ thị số 39-CT/TW"])
    }

    @Test func oldToneMarksAndDecomposedTextAreRead() throws {
        let text = "Uỷ ban Kiểm tra Trung ương và Thành uỷ thành phố Hồ Chí Minh".decomposedStringWithCanonicalMapping
        let found = organizations(text)
        #expect(found.count == 2)
        #expect(found.first?.value.id == "vn.uy-ban-kiem-tra-trung-uong")
    }

    @Test func theSeedArticleHasItsPartyBodies() throws {
        let text = try String(contentsOfFile: ResourceLocator.resourcesDirectory()
            .deletingLastPathComponent().appendingPathComponent("Examples/seed-article.txt").path, encoding: .utf8)
        let entities = Self.extractor.extract(text)
        let found = Set(entities.filter { $0.label == .organization && !$0.isNested }.map(\.text))
        #expect(found.isSuperset(of: ["Ban Tổ chức Trung ương", "Bộ Chính trị", "Thành ủy thành phố Hồ Chí Minh",
                                      "Tiểu ban Bảo vệ chính trị nội bộ Trung ương", "Đảng"]))
        #expect(entities.contains { $0.isNested && $0.label == .location && $0.text == "thành phố Hồ Chí Minh" })
    }

    @Test func aPersonAfterABodysPlaceIsNotPartOfIt() throws {
        #expect(texts("Chi cục trưởng Chi cục Hải quan cửa khẩu Quốc tế Lao Bảo Lê Văn Tám nói.")
            == ["Chi cục Hải quan cửa khẩu Quốc tế Lao Bảo"])
        // A surname as the first word of a place stays in it.
        #expect(texts("Công an quận Hoàng Mai vào cuộc.") == ["Công an quận Hoàng Mai"])
        #expect(texts("Sở Y tế thành phố Hồ Chí Minh cho biết.") == ["Sở Y tế thành phố Hồ Chí Minh"])
    }

    @Test func aNumberAfterSoEndsAName() throws {
        #expect(texts("Tổ công tác Đội CSGT số 2 đã bàn giao xe.") == ["Đội CSGT số 2"])
        #expect(texts("Dự án nhà máy sản xuất phân bón DAP số 1 chậm tiến độ.") == ["nhà máy sản xuất phân bón DAP số 1"])
        // `số` with no number, or a number standing alone after `Đội`, adds nothing.
        #expect(texts("Đội CSGT Tân Sơn Nhất số ít người trực đêm.") == ["Đội CSGT Tân Sơn Nhất"])
        #expect(texts("Đội 20 người đã lên đường.").isEmpty)
    }

    @Test func aForeignPartyIsWrittenWithALowerCaseHead() throws {
        #expect(texts("Ông là thành viên đảng Dân chủ Xã hội, còn bà theo đảng Xanh.") == ["đảng Dân chủ Xã hội", "đảng Xanh"])
        // `cán sự đảng` is a board's name, not a party's head; the ministry after it stands alone.
        #expect(texts("Ban cán sự đảng Bộ Y tế họp.") == ["Bộ Y tế"])
        #expect(texts("Các đảng nhỏ ủng hộ ông.").isEmpty)
    }

    @Test func aPoliceDepartmentByItsCode() throws {
        let found = organizations("Trưởng PC67 cho biết PA83 và PC08 đã vào cuộc.")
        #expect(found.map(\.text) == ["PC67", "PA83", "PC08"])
        #expect(found.allSatisfy { $0.value.kind == "police" && $0.value.basis == "code" })
        // Other letters, too few digits, or a letter after the digits are no such code.
        #expect(texts("Bụi PM25, mẫu PB67, mã PC6 và PC67A đều được nhắc.").isEmpty)
    }

    @Test func aLowerCaseSchoolNamedAfterAPerson() throws {
        #expect(texts("Học sinh trường Hoàng Diệu đạt giải.") == ["trường Hoàng Diệu"])
        #expect(texts("Trận đánh ở chiến trường Nguyễn Huệ chỉ huy.").isEmpty)
        #expect(texts("Em về trường Hoa Mai học.").isEmpty)
    }

    @Test func theRedCrossAndRedCrescentFederation() throws {
        let found = organizations("Chủ tịch nước tiếp đoàn Hiệp hội Chữ thập đỏ - Trăng lưỡi liềm đỏ quốc tế hôm qua.")
        #expect(found.map(\.text) == ["Hiệp hội Chữ thập đỏ - Trăng lưỡi liềm đỏ quốc tế"])
        #expect(found.first?.value.name == "Hiệp hội Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế")
        // A place ending in a one-letter word does not take the sentence's full stop.
        #expect(texts("Ông dự hội nghị của Hội Chữ thập đỏ khu vực Đông Nam Á.") == ["Hội Chữ thập đỏ khu vực Đông Nam Á"])
        #expect(texts("Anh làm cho Hãng X. từ lâu.") == ["Hãng X."])
    }

    @Test func aKnownNameEndingInVietNamMayBeWrittenWithVN() throws {
        let found = organizations("Ông là hội viên Hội Nhà văn VN và Hội Nhà văn Việt Nam.")
        #expect(found.map(\.text) == ["Hội Nhà văn VN", "Hội Nhà văn Việt Nam"])
        #expect(found[0].value.id == found[1].value.id && found[0].value.id != nil)
        // `VN` in lower case, or after a two-word name, is not such a form.
        #expect(texts("Trang web hoinhavan.vn đưa tin.").isEmpty)
    }

    @Test func aFrontIsNamedByItsHead() throws {
        let found = organizations("Ông là uỷ viên Mặt trận Dân tộc giải phóng miền Nam VN, còn Mặt trận Al-Nusra bị truy quét.")
        #expect(found.map(\.text) == ["Mặt trận Dân tộc giải phóng miền Nam VN", "Mặt trận Al-Nusra"])
        #expect(found[0].value.validUntil == "1977-02-04" && found[0].value.became == "Mặt trận Tổ quốc Việt Nam")
        #expect(texts("Các chiến sĩ ra mặt trận phía Nam.").isEmpty)
    }

    @Test func aNumberJoinedByADashIsPartOfTheName() throws {
        #expect(texts("Ông làm cho Tổ chức Orbis-1, một tổ chức phi lợi nhuận.") == ["Tổ chức Orbis-1"])
        // Not with spaces around the dash, nor after a number (a date).
        #expect(texts("Công ty Hoa Mai - 2 người bị thương.") == ["Công ty Hoa Mai"])
        #expect(!texts("Công ty Sông Hồng 10-2019 báo lãi.").contains { $0.hasSuffix("-2019") })
    }

    @Test func aLowerCaseDepartmentWithItsFieldAndPlace() throws {
        #expect(texts("Xe được đưa về phòng CSGT Hà Nội, còn sở GD&ĐT Thừa Thiên Huế họp.")
            == ["phòng CSGT Hà Nội", "sở GD&ĐT Thừa Thiên Huế"])
        // With no place, or as the second half of `cơ sở`, `trụ sở`, it names no body.
        #expect(texts("Hồ sơ gửi về phòng GD&ĐT trước tháng sau.").isEmpty)
        #expect(texts("Các cơ sở Y tế huyện Gia Lâm và trụ sở Công an tỉnh Nghệ An mở cửa.") == ["Công an tỉnh Nghệ An"])
    }

    @Test func nameWordsJoinedByADash() throws {
        #expect(texts("Phòng CSGT đường bộ-đường sắt cho biết.") == ["Phòng CSGT đường bộ-đường sắt"])
        #expect(texts("Sách do Hiệp hội Ôtô - xe máy Nhật Bản tài trợ.") == ["Hiệp hội Ôtô - xe máy Nhật Bản"])
        // With spaces around the dash, name words that lead nowhere stay out (an apposition).
        #expect(texts("Bộ Y tế - cơ quan chủ quản - đã họp.") == ["Bộ Y tế"])
    }
}

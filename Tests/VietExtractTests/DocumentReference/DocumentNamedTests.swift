import Foundation
import Testing
@testable import VietExtract

/// References by name, and by type word with a bare number.
@Suite struct DocumentNamedTests {
    @Test(arguments: [
        ("Theo Hiến pháp năm 2013, mọi người có quyền.", "Hiến pháp năm 2013", "Hiến pháp 2013", 2013),
        ("Luật Đất đai 2013 quy định rõ.", "Luật Đất đai 2013", "Luật Đất đai 2013", 2013),
        ("Điều này trái Bộ luật Hình sự 2015 về tội.", "Bộ luật Hình sự 2015", "Bộ luật Hình sự 2015", 2015),
        ("Doanh nghiệp thành lập theo Luật Doanh nghiệp.", "Luật Doanh nghiệp", "Luật Doanh nghiệp", nil),
        ("Vi phạm Bộ luật Hình sự bị xử lý.", "Bộ luật Hình sự", "Bộ luật Hình sự", nil),
        ("Quy định của Luật doanh nghiệp 2020 rất rõ.", "Luật doanh nghiệp 2020", "Luật Doanh nghiệp 2020", 2020),
        ("Theo Luật Thủy lợi năm 2017, các tỉnh phải.", "Luật Thủy lợi năm 2017", "Luật Thủy lợi 2017", 2017),
    ] as [(String, String, String, Int?)])
    func lawsAndCodesByName(text: String, span: String, canonical: String, year: Int?) throws {
        let docs = DocumentTestSupport.documents(text)
        #expect(docs.map(\.text) == [span])
        let reference = try #require(DocumentTestSupport.reference(docs.first))
        #expect(reference.canonical == canonical)
        #expect(reference.year == year)
        #expect(reference.mention == .named)
    }

    @Test(arguments: [
        ("Tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XI) về xây dựng Đảng.", "Nghị quyết Trung ương 4 (khóa XI)",
         "Nghị quyết Trung ương 4 khóa XI"),
        ("Thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII về tăng cường.", "Nghị quyết Hội nghị Trung ương 4 khóa XII",
         "Nghị quyết Trung ương 4 khóa XII"),
        ("Đưa Nghị quyết Đại hội XIII vào cuộc sống.", "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội XIII"),
        ("Quán triệt Nghị quyết Trung ương 5 - Khóa XII", "Nghị quyết Trung ương 5 - Khóa XII", "Nghị quyết Trung ương 5 khóa XII"),
        ("Mục tiêu mà Nghị quyết Đại hội Đảng lần thứ XIII đề ra.", "Nghị quyết Đại hội Đảng lần thứ XIII", "Nghị quyết Đại hội XIII"),
    ])
    func partyResolutionsByName(text: String, span: String, canonical: String) throws {
        let docs = DocumentTestSupport.documents(text)
        #expect(docs.map(\.text) == [span])
        let reference = try #require(DocumentTestSupport.reference(docs.first))
        #expect(reference.canonical == canonical)
        #expect(reference.system == .party)
        #expect(reference.documentType == "Nghị quyết")
    }

    @Test(arguments: [
        ("Theo Nghị định 67 của Chính phủ, ngư dân được vay vốn.", "Nghị định 67", "67"),
        ("UBND tỉnh thực hiện Chỉ thị số 26 về kỷ cương.", "Chỉ thị số 26", "26"),
        ("Nghị định 67 năm 2014 hỗ trợ ngư dân.", "Nghị định 67", "67"),
        ("Việc cách ly thực hiện theo Chỉ thị 16.", "Chỉ thị 16", "16"),
    ])
    func typeWordWithABareNumber(text: String, span: String, number: String) throws {
        let docs = DocumentTestSupport.documents(text)
        #expect(docs.map(\.text) == [span])
        let reference = try #require(DocumentTestSupport.reference(docs.first))
        #expect(reference.number == number)
        #expect(reference.mention == .typeNumber)
        #expect(reference.canonical == nil, "a year or issuer missing from the text is not invented")
    }

    @Test func decreeWithNumberAndYearGetsItsOnlyPossibleSymbol() throws {
        let docs = DocumentTestSupport.documents("Thị trường vàng bị siết bởi Nghị định 24/2012 trong 10 năm.")
        #expect(docs.map(\.text) == ["Nghị định 24/2012"])
        let reference = try #require(DocumentTestSupport.reference(docs.first))
        #expect(reference.canonical == "24/2012/NĐ-CP")
        #expect(reference.year == 2012)
        let circular = DocumentTestSupport.reference(DocumentTestSupport.documents("Theo Thông tư 18/2019 của Ngân hàng.").first)
        #expect(circular?.year == 2019)
        #expect(circular?.canonical == nil, "a circular's issuer is not known from its type")
    }

    @Test func textAsItComes() throws {
        // All capitals (titles), NFD, old-style tone marks and the new-style `khoá`.
        let caps = DocumentTestSupport.documents("TRIỂN KHAI CHỈ THỊ SỐ 39-CT/TW VÀ LUẬT ĐẤT ĐAI 2013")
        #expect(caps.map(\.text) == ["CHỈ THỊ SỐ 39-CT/TW", "LUẬT ĐẤT ĐAI 2013"])
        #expect(DocumentTestSupport.reference(caps.last)?.canonical == "Luật Đất đai 2013")
        let nfd = "Thực hiện Nghị quyết Trung ương 4 (khoá XI) của Đảng.".decomposedStringWithCanonicalMapping
        let resolution = try #require(DocumentTestSupport.documents(nfd).first)
        #expect(resolution.text == "Nghị quyết Trung ương 4 (khoá XI)".decomposedStringWithCanonicalMapping)
        #expect(DocumentTestSupport.reference(resolution)?.canonical == "Nghị quyết Trung ương 4 khóa XI")
        let oldStyle = "Quyết định 669/QĐ-UBND của Uỷ ban nhân dân tỉnh Hà Nam."
        #expect(DocumentTestSupport.reference(DocumentTestSupport.documents(oldStyle).first)?.issuerAttribute?.text
            == "Uỷ ban nhân dân tỉnh Hà Nam")
    }

    @Test func anotherCountrysConstitutionIsNotOurs() {
        #expect(DocumentTestSupport.documents("Theo Hiến pháp Mỹ, tổng thống có quyền phủ quyết.").isEmpty)
        #expect(DocumentTestSupport.documents("Quốc hội sửa Hiến pháp. Hiến pháp là luật cơ bản.").map(\.text) == ["Hiến pháp", "Hiến pháp"])
    }

    @Test func bareNumbersThatCountSomethingAreNotReferences() {
        for text in ["Quyết định 2 năm tù treo.", "Nghị quyết 3 điểm cần lưu ý.", "Kế hoạch 100 ngày hành động.",
                     "Luật chơi mới.", "luật doanh nghiệp và luật đầu tư.",
                     "Nghị định 2021 sẽ sửa."] {
            #expect(DocumentTestSupport.documents(text).isEmpty, "\(text)")
        }
    }
}

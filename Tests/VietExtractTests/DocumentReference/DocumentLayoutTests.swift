import Testing
@testable import VietExtract

/// Every layout of number-and-symbol, and the ways news text writes them.
@Suite struct DocumentLayoutTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let span: String
        let canonical: String
        let type: String?
        var testDescription: String { text }
    }

    static let layouts: [Case] = [
        // Party documents: N-TYPE/ISSUER.
        Case(text: "Thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị.", span: "Chỉ thị số 39-CT/TW", canonical: "39-CT/TW", type: "Chỉ thị"),
        Case(text: "Theo Nghị quyết 11-NQ/TW, các cấp ủy vào cuộc.", span: "Nghị quyết 11-NQ/TW", canonical: "11-NQ/TW", type: "Nghị quyết"),
        Case(text: "Quy định 08-QĐi/TW được ban hành.", span: "Quy định 08-QĐi/TW", canonical: "08-QĐi/TW", type: "Quy định"),
        Case(text: "Kết luận 21-KL/TW nêu rõ.", span: "Kết luận 21-KL/TW", canonical: "21-KL/TW", type: "Kết luận"),
        Case(text: "Theo Hướng dẫn 36-HD/VPTW về thể thức.", span: "Hướng dẫn 36-HD/VPTW", canonical: "36-HD/VPTW", type: "Hướng dẫn"),
        Case(text: "Tỉnh ủy ra Nghị quyết số 15-NQ/TU.", span: "Nghị quyết số 15-NQ/TU", canonical: "15-NQ/TU", type: "Nghị quyết"),
        Case(text: "Công văn 234-CV/BTGTU gửi các huyện.", span: "Công văn 234-CV/BTGTU", canonical: "234-CV/BTGTU", type: "Công văn"),
        // State normative documents: N/YYYY/TYPE-ISSUER.
        Case(text: "Nghị định số 15/2020/NĐ-CP quy định xử phạt.", span: "Nghị định số 15/2020/NĐ-CP", canonical: "15/2020/NĐ-CP", type: "Nghị định"),
        Case(text: "Thông tư 01/2011/TT-BNV hướng dẫn thể thức.", span: "Thông tư 01/2011/TT-BNV", canonical: "01/2011/TT-BNV", type: "Thông tư"),
        Case(text: "Quyết định 28/2018/QĐ-TTg có hiệu lực.", span: "Quyết định 28/2018/QĐ-TTg", canonical: "28/2018/QĐ-TTg", type: "Quyết định"),
        Case(text: "Thông tư liên tịch 03/2022/TTLT-BTC-BNV ra đời.", span: "Thông tư liên tịch 03/2022/TTLT-BTC-BNV",
             canonical: "03/2022/TTLT-BTC-BNV", type: "Thông tư liên tịch"),
        // Laws and documents of Quốc hội and its standing committee.
        Case(text: "Luật số 59/2020/QH14 được thông qua.", span: "Luật số 59/2020/QH14", canonical: "59/2020/QH14", type: "Luật"),
        Case(text: "Nghị quyết 351/2017/UBTVQH14 quy định kỹ thuật.", span: "Nghị quyết 351/2017/UBTVQH14",
             canonical: "351/2017/UBTVQH14", type: "Nghị quyết"),
        // State administrative documents, and a công văn with no type code.
        Case(text: "Quyết định 1234/QĐ-TTg phê duyệt đề án.", span: "Quyết định 1234/QĐ-TTg", canonical: "1234/QĐ-TTg", type: "Quyết định"),
        Case(text: "UBND ban hành Kế hoạch 05/KH-UBND.", span: "Kế hoạch 05/KH-UBND", canonical: "05/KH-UBND", type: "Kế hoạch"),
        Case(text: "Theo công văn số 123/UBND-VX của tỉnh.", span: "công văn số 123/UBND-VX", canonical: "123/UBND-VX", type: "Công văn"),
        Case(text: "Nghị quyết 1656/NQ-UBTVQH15 về sắp xếp.", span: "Nghị quyết 1656/NQ-UBTVQH15",
             canonical: "1656/NQ-UBTVQH15", type: "Nghị quyết"),
        // Legacy codes (TT 01/2011, TTLT 55/2005) and the issuers renamed or merged in 2025.
        Case(text: "Bản ghi nhớ 12/GN-BNG được ký.", span: "Bản ghi nhớ 12/GN-BNG", canonical: "12/GN-BNG", type: "Bản ghi nhớ"),
        Case(text: "Thông tư 05/2024/TT-BKHĐT hết hiệu lực.", span: "Thông tư 05/2024/TT-BKHĐT", canonical: "05/2024/TT-BKHĐT", type: "Thông tư"),
        Case(text: "Thông tư 07/2025/TT-BNNMT hướng dẫn.", span: "Thông tư 07/2025/TT-BNNMT", canonical: "07/2025/TT-BNNMT", type: "Thông tư"),
        // Forms of real text.
        Case(text: "Chỉ thị số 39- CT/TW của Bộ Chính trị.", span: "Chỉ thị số 39- CT/TW", canonical: "39-CT/TW", type: "Chỉ thị"),
        Case(text: "Nghị định 15/2020/NĐ - CP về xử phạt.", span: "Nghị định 15/2020/NĐ - CP", canonical: "15/2020/NĐ-CP", type: "Nghị định"),
        Case(text: "Theo Chỉ thị 05 – CT/TW năm 2016.", span: "Chỉ thị 05 – CT/TW", canonical: "05-CT/TW", type: "Chỉ thị"),
        Case(text: "Nghị định 15/2020/ND-CP có hiệu lực.", span: "Nghị định 15/2020/ND-CP", canonical: "15/2020/NĐ-CP", type: "Nghị định"),
        Case(text: "Quyết định 1234/QD-TTg phê duyệt.", span: "Quyết định 1234/QD-TTg", canonical: "1234/QĐ-TTg", type: "Quyết định"),
        Case(text: "Nghị định 15/2020/N\u{00D0}-CP có hiệu lực.", span: "Nghị định 15/2020/N\u{00D0}-CP", canonical: "15/2020/N\u{0110}-CP",
             type: "Nghị định"),
        Case(text: "Quyết định 1234/QĐ-Ttg phê duyệt.", span: "Quyết định 1234/QĐ-Ttg", canonical: "1234/QĐ-TTg", type: "Quyết định"),
        Case(text: "UBND tỉnh ban hành Quyết định số2260/QĐ-UBND.", span: "Quyết định số2260/QĐ-UBND", canonical: "2260/QĐ-UBND",
             type: "Quyết định"),
        Case(text: "Đó là nội dung Chỉ thị 39-CT/TƯ.", span: "Chỉ thị 39-CT/TƯ", canonical: "39-CT/TW", type: "Chỉ thị"),
        Case(text: "Theo Nghị quyết 21/NQ-TW, các cấp ủy vào cuộc.", span: "Nghị quyết 21/NQ-TW", canonical: "21-NQ/TW", type: "Nghị quyết"),
        Case(text: "Văn bản được dẫn là 39-CT/TW.", span: "39-CT/TW",
             canonical: "39-CT/TW", type: "Chỉ thị"),
        Case(text: "Công điện hỏa tốc số 541/CĐ-TTg yêu cầu.", span: "Công điện hỏa tốc số 541/CĐ-TTg", canonical: "541/CĐ-TTg",
             type: "Công điện"),
        Case(text: "Theo thông báo số 333/TB-ĐTTH của cơ quan điều tra.", span: "thông báo số 333/TB-ĐTTH", canonical: "333/TB-ĐTTH",
             type: "Thông báo"),
    ]

    @Test(arguments: layouts) func layout(_ example: Case) throws {
        let docs = DocumentTestSupport.documents(example.text)
        #expect(docs.count == 1, "\(docs.map(\.text))")
        let doc = try #require(docs.first)
        #expect(doc.text == example.span)
        let reference = try #require(DocumentTestSupport.reference(doc))
        #expect(reference.canonical == example.canonical)
        #expect(reference.documentType == example.type)
    }

    @Test func valueCarriesTheSymbolsParts() throws {
        let reference = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents(
            "Thông tư liên tịch 03/2022/TTLT-BTC-BNV quy định.").first))
        #expect(reference.number == "03")
        #expect(reference.year == 2022)
        #expect(reference.typeCode == "TTLT")
        #expect(reference.issuerCodes == ["BTC", "BNV"])
        #expect(reference.issuerName == "Bộ Tài chính")
        #expect(reference.system == .state)
        #expect(reference.category == .normative)
        let party = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents("Theo 39-CT/TW.").first))
        #expect(party.system == .party)
        #expect(party.category == nil)
        #expect(party.year == nil)
        let administrative = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents("Theo 1234/QĐ-TTg.").first))
        #expect(administrative.category == .administrative)
        #expect(administrative.issuerName == "Thủ tướng Chính phủ")
    }

    @Test func wordGluedAfterTheSymbolStaysOut() throws {
        let docs = DocumentTestSupport.documents("Thông tư 11/2021/TT-BGDĐTvề chương trình bồi dưỡng.")
        #expect(docs.map(\.text) == ["Thông tư 11/2021/TT-BGDĐT"])
        #expect(DocumentTestSupport.reference(docs.first)?.canonical == "11/2021/TT-BGDĐT")
    }

    @Test func unknownIssuerCodesNeedSoBeforeThem() {
        #expect(DocumentTestSupport.documents("Thu hồi quyết định kỷ luật số 25/QĐ-LĐBCVN ngay.").map(\.text) == ["số 25/QĐ-LĐBCVN"])
        #expect(DocumentTestSupport.documents("Thu hồi 25/QĐ-LĐBCVN ngay.").isEmpty)
        // A công văn's layout with unknown codes needs the type word as well.
        #expect(DocumentTestSupport.documents("Nhận số 12/ABC-XYZ hôm qua.").isEmpty)
        #expect(DocumentTestSupport.documents("Theo văn bản số 1199/SGDĐT-QLT hôm qua.").map(\.text) == ["văn bản số 1199/SGDĐT-QLT"])
    }

    @Test func trailingPeriodStaysOutOfTheSpan() throws {
        let docs = DocumentTestSupport.documents("Bộ Chính trị đã ban hành Chỉ thị số 39-CT/TW. Sau đó các tỉnh triển khai.")
        #expect(docs.map(\.text) == ["Chỉ thị số 39-CT/TW"])
    }

    @Test func lawNamedWithItsNumberIsOneSpan() throws {
        let docs = DocumentTestSupport.documents("Theo Luật Xây dựng số 50/2014/QH13, chủ đầu tư phải xin phép.")
        let doc = try #require(docs.first)
        #expect(docs.count == 1)
        #expect(doc.text == "Luật Xây dựng số 50/2014/QH13")
        let reference = try #require(DocumentTestSupport.reference(doc))
        #expect(reference.canonical == "50/2014/QH13")
        #expect(reference.name == "Luật Xây dựng")
        #expect(reference.documentType == "Luật")
        #expect(reference.issuerName == "Quốc hội khóa XIII")
    }
}

import Foundation
import Testing
@testable import VietExtract

/// Issuer, date, subject and cited part: each with offsets into the caller's text.
@Suite struct DocumentAttributeTests {
    @Test func issuerDateAndSubjectAfterTheReference() throws {
        let text = "Thực hiện Nghị quyết số 12-NQ/TW ngày 12/5/2021 của Bộ Chính trị về tiếp tục xây dựng Đảng; các tỉnh họp."
        let reference = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents(text).first))
        #expect(DocumentTestSupport.slice(text, reference.dateAttribute) == "ngày 12/5/2021")
        #expect(reference.dateAttribute?.text == "ngày 12/5/2021")
        #expect(reference.date == "2021-05-12")
        #expect(DocumentTestSupport.slice(text, reference.issuerAttribute) == "Bộ Chính trị")
        #expect(reference.issuerAttribute?.value == "TW")
        #expect(reference.issuerName == "Bộ Chính trị", "the text's issuer wins over the code's")
        #expect(DocumentTestSupport.slice(text, reference.subjectAttribute) == "tiếp tục xây dựng Đảng")
        #expect(reference.subject == "tiếp tục xây dựng Đảng")
    }

    @Test(arguments: [
        ("Quyết định 1234/QĐ-TTg ngày 05 tháng 02 năm 2020 của Thủ tướng Chính phủ.", "ngày 05 tháng 02 năm 2020", "2020-02-05"),
        ("Công văn 123/UBND-VX ngày 22/10 của tỉnh.", "ngày 22/10", "--10-22"),
        ("Nghị định 67 năm 2014 hỗ trợ ngư dân.", "năm 2014", "2014"),
        ("Công văn số 1199/SGDĐT-QLT ngày 13-4-2021 hướng dẫn.", "ngày 13-4-2021", "2021-04-13"),
        ("Thông tư 71/2006/TT-BTC ngày 9.8.2006 của Bộ Tài chính.", "ngày 9.8.2006", "2006-08-09"),
    ])
    func dateForms(text: String, span: String, value: String) throws {
        let reference = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents(text).first))
        #expect(DocumentTestSupport.slice(text, reference.dateAttribute) == span)
        #expect(reference.date == value)
    }

    @Test func localIssuerRunsOverItsPlace() throws {
        let text = "Quyết định 669/QĐ-UBND của UBND tỉnh Hà Nam về việc thiết lập vùng cách ly."
        let reference = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents(text).first))
        #expect(DocumentTestSupport.slice(text, reference.issuerAttribute) == "UBND tỉnh Hà Nam")
        #expect(reference.subject == "việc thiết lập vùng cách ly")
    }

    @Test func subjectKeepsPhongChongAndStopsAtTheClause() throws {
        let text = "Chỉ thị 05-CT/TW về phòng, chống tham nhũng, lãng phí đã được triển khai."
        let reference = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents(text).first))
        #expect(reference.subject == "phòng, chống tham nhũng")
    }

    @Test func quotedSubject() throws {
        let text = "Nghị quyết số 10-NQ/TW ngày 3-6-2017 về “Phát triển kinh tế tư nhân, trở thành động lực”; Nghị quyết khác."
        let reference = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents(text).first))
        #expect(reference.subject == "Phát triển kinh tế tư nhân, trở thành động lực")
        #expect(reference.date == "2017-06-03")
    }

    @Test func citationChainIsAnAttributeAndTheSpanStaysTheDocument() throws {
        let text = "Theo điểm a khoản 1 Điều 5 Nghị định 15/2020/NĐ-CP, mức phạt tăng."
        let docs = DocumentTestSupport.documents(text)
        #expect(docs.map(\.text) == ["Nghị định 15/2020/NĐ-CP"])
        let citation = try #require(DocumentTestSupport.reference(docs.first)?.citation)
        #expect(citation.point == "a")
        #expect(citation.clause == "1")
        #expect(citation.article == "5")
        #expect(DocumentTestSupport.slice(text, citation.span) == "điểm a khoản 1 Điều 5")
    }

    @Test func citationWithCommasAndOf() throws {
        let text = "Quy định tại điểm b, khoản 1, Điều 28 của Nghị định 04/2021/NĐ-CP về xử phạt."
        let citation = try #require(DocumentTestSupport.reference(DocumentTestSupport.documents(text).first)?.citation)
        #expect(citation.point == "b")
        #expect(citation.clause == "1")
        #expect(citation.article == "28")
        #expect(DocumentTestSupport.slice(text, citation.span) == "điểm b, khoản 1, Điều 28")
        let article = DocumentTestSupport.reference(DocumentTestSupport.documents("Điều 240 Bộ luật Hình sự 2015 quy định.").first)
        #expect(article?.citation?.article == "240")
        #expect(article?.citation?.clause == nil)
    }

    @Test func offsetsCountCodePointsOfTheCallersText() throws {
        // NFD input: every accented letter is two code points, and offsets must count them as given.
        let text = "Theo Chỉ thị số 39-CT/TW của Bộ Chính trị.".decomposedStringWithCanonicalMapping
        let doc = try #require(DocumentTestSupport.documents(text).first)
        let reference = try #require(DocumentTestSupport.reference(doc))
        let issuer = try #require(reference.issuerAttribute)
        #expect(DocumentTestSupport.slice(text, issuer) == issuer.text)
        #expect(issuer.text == "Bộ Chính trị".decomposedStringWithCanonicalMapping)
    }

    @Test func attributesInTheJSONValue() throws {
        let text = "Chỉ thị số 39-CT/TW của Bộ Chính trị."
        let value = try #require(DocumentTestSupport.documents(text).first).value.json
        #expect(value["canonical"]?.stringValue == "39-CT/TW")
        #expect(value["issuer_text"]?["text"]?.stringValue == "Bộ Chính trị")
        #expect(value["issuer_text"]?["start"]?.intValue == 24)
        #expect(value["issuer_text"]?["end"]?.intValue == 36)
        #expect(value["id"]?.stringValue == "doc1")
    }
}

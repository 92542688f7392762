import Foundation
import Testing
@testable import VietExtract

/// Mentions of one document share an id; short mentions are linked to the document named in full.
@Suite struct DocumentLinkingTests {
    private func references(_ text: String) -> [(text: String, value: DocumentReference)] {
        DocumentTestSupport.documents(text).compactMap { entity in DocumentTestSupport.reference(entity).map { (entity.text, $0) } }
    }

    @Test func sameCanonicalSharesAnIdWhateverTheSpelling() {
        let found = references("Chỉ thị số 39- CT/TW đã ra. Chỉ thị 39-CT/TƯ được quán triệt. Còn Nghị định 15/2020/NĐ-CP thì khác.")
        #expect(found.count == 3)
        #expect(found[0].value.documentID == "doc1")
        #expect(found[1].value.documentID == "doc1")
        #expect(found[2].value.documentID == "doc2")
    }

    @Test func shortMentionsAfterAFullReference() {
        let text = "Bộ Chính trị ban hành Chỉ thị số 39-CT/TW của Bộ Chính trị về bảo vệ chính trị nội bộ. "
            + "Chỉ thị này nêu rõ nhiệm vụ. Chỉ thị 39 cũng yêu cầu rà soát. Chỉ thị của Bộ Chính trị đã chỉ rõ quan điểm. "
            + "Để thực hiện Chỉ thị quan trọng này, các cấp ủy vào cuộc."
        let found = references(text)
        #expect(found.map(\.text) == ["Chỉ thị số 39-CT/TW", "Chỉ thị này", "Chỉ thị 39", "Chỉ thị", "Chỉ thị quan trọng này"])
        #expect(Set(found.map(\.value.documentID)) == ["doc1"])
        #expect(found.allSatisfy { $0.value.canonical == "39-CT/TW" })
        #expect(found[1].value.mention == .short)
        #expect(found[2].value.mention == .typeNumber)
        #expect(found[3].value.issuerAttribute?.text == "Bộ Chính trị")
        #expect(found[4].value.subject == "bảo vệ chính trị nội bộ")
    }

    @Test func aMentionBeforeTheFullReferenceIsLinkedToo() {
        let text = "Hội nghị quán triệt Chỉ thị về công tác dân vận\n\nNgày 2/3, Ban Bí thư ban hành Chỉ thị số 12-CT/TW "
            + "về công tác dân vận trong tình hình mới."
        let found = references(text)
        #expect(found.map(\.text) == ["Chỉ thị", "Chỉ thị số 12-CT/TW"])
        #expect(found[0].value.canonical == "12-CT/TW")
        #expect(found[0].value.documentID == found[1].value.documentID)
    }

    @Test func noShortMentionWithoutADocumentToMean() {
        #expect(references("Chỉ thị này rất quan trọng. Chỉ thị của Thủ tướng đã rõ.").isEmpty)
        // Two directives: `Chỉ thị của Bộ Chính trị` could mean either, so it is not taken.
        let two = references("Chỉ thị 05-CT/TW và Chỉ thị 39-CT/TW đều quan trọng. Chỉ thị của Bộ Chính trị đã rõ.")
        #expect(two.map(\.text) == ["Chỉ thị 05-CT/TW", "Chỉ thị 39-CT/TW"])
        // `Nghị quyết của Đảng` names no issuer of the resolution in the text.
        let other = references("Thực hiện Nghị quyết Trung ương 4 (khóa XI). Làm trái Nghị quyết của Đảng bị xử lý.")
        #expect(other.map(\.text) == ["Nghị quyết Trung ương 4 (khóa XI)"])
    }

    @Test func thisMeansTheNearestDocumentOfItsTypeBefore() {
        let found = references("Nghị định 15/2020/NĐ-CP thay Nghị định 86/2015/NĐ-CP. Nghị định này có hiệu lực ngay.")
        #expect(found.last?.text == "Nghị định này")
        #expect(found.last?.value.canonical == "86/2015/NĐ-CP")
    }

    @Test func typeNumberMentionsGroupByNumberWhenUnlinked() {
        let found = references("Theo Nghị định 100 thì phạt nặng. Nghị định 100 có hiệu lực. Nghị định 168 được sửa.")
        #expect(found.count == 3)
        #expect(found[0].value.documentID == found[1].value.documentID)
        #expect(found[0].value.documentID != found[2].value.documentID)
    }

    /// The seed article (Examples/seed-article.txt), read as the CLI reads it: title and body as one text.
    @Test func seedArticle() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Examples/seed-article.txt").path
        var documents: [InputDocument] = []
        InputReader(layout: .article).read(path) { if case .success(let document) = $0 { documents.append(document) } }
        let article = try #require(documents.first)
        let annotated = AnnotatedDocument(article, extractor: DocumentTestSupport.extractor)
        let docs = annotated.annotations.map(\.entity).filter { $0.label == .document }
        let directive = docs.filter { DocumentTestSupport.reference($0)?.canonical == "39-CT/TW" }
        let numbered = directive.filter { DocumentTestSupport.reference($0)?.mention == .numbered }
        #expect(numbered.map(\.text) == ["Chỉ thị số 39- CT/TW", "Chỉ thị số 39-CT/TW", "Chỉ thị số 39-CT/TW"])
        #expect(Set(directive.compactMap { DocumentTestSupport.reference($0)?.documentID }).count == 1)
        let first = try #require(DocumentTestSupport.reference(numbered.first))
        #expect(first.documentType == "Chỉ thị")
        #expect(first.issuerName == "Bộ Chính trị")
        #expect(first.subject == "công tác bảo vệ chính trị nội bộ trong tình hình hiện nay")
        let short = directive.filter { DocumentTestSupport.reference($0)?.mention == .short }
        #expect(short.map(\.text) == ["Chỉ thị", "Chỉ thị", "Chỉ thị quan trọng này", "Chỉ thị"])
        #expect(annotated.annotations.first?.part == "title", "the title's `Chỉ thị về …` is linked")
        let resolution = docs.first { DocumentTestSupport.reference($0)?.mention == .named }
        #expect(resolution?.text == "Nghị quyết Trung ương 4 (khóa XI)")
        // Attribute offsets are in the file's coordinates, like the entity's.
        let file = try String(contentsOfFile: path, encoding: .utf8)
        let issuer = try #require(first.issuerAttribute)
        #expect(DocumentTestSupport.slice(file, issuer) == "Bộ Chính trị")
    }
}

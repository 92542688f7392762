import Testing
@testable import VietExtract

/// An entity's object is described once and either built as a value or written straight to bytes;
/// both must give the same JSON.
@Suite struct AnnotationJSONTests {
    static let extractor = try! Extractor()

    @Test func writtenEntitiesEqualTheWrittenValueOfEveryLabelAndPart() {
        let title = "Thủ tướng Nguyễn Văn An thăm tỉnh Bình Dương"
        let body = "Ngày 3/2/2021, Bộ Y tế ban hành Quyết định 1234/QĐ-BYT về \"phòng dịch\"; ông An nói:\n\"Tốt\"."
        let input = InputDocument(source: "-", line: 1, parts: [DocumentPart(name: "title", text: title),
                                                                DocumentPart(name: "body", text: body)])
        let document = AnnotatedDocument(input, extractor: Self.extractor)
        #expect(Set(document.annotations.map(\.entity.label)) == [.person, .location, .date, .organization, .document])
        #expect(document.annotations.contains { $0.part == "body" })
        let annotations = document.annotations
        #expect(annotations.count == document.entities.count)
        var text = document.text
        for (entity, annotation) in zip(document.entities, annotations) {
            var buffer = ByteBuffer(capacity: 16)  // small, so that writing grows it
            text.withUTF8 { AnnotationJSON.writeEntity(entity, of: document, text: $0, into: &buffer) }
            let written = buffer.withBytes { String(decoding: $0, as: UTF8.self) }
            #expect(written == JSONWriter().string(AnnotationJSON.entity(annotation)))
        }
    }
}

import Testing
@testable import VietExtract

/// An article's parts are searched as one text, and offsets go back to the input's coordinates.
@Suite struct AnnotatedDocumentTests {
    @Test func entitiesOfEachPartGetTheInputsOffsetsAndThePartsName() throws {
        let title = "Về Chỉ thị 05-CT/TW"
        let body = "Ông Ba nói Quyết định 12/QĐ-UBND đã có."
        let document = InputDocument(source: "a.txt", line: 1, title: title, parts: [
            DocumentPart(name: "title", text: title, baseCodePoints: 100, baseUTF8: 200),
            DocumentPart(name: "body", text: body, baseCodePoints: 150, baseUTF8: 300),
        ])
        let annotated = AnnotatedDocument(document, extractor: try Extractor())
        #expect(annotated.text == title + "\n\n" + body)
        let annotations = annotated.annotations.filter { $0.entity.label == .document }
        #expect(annotations.map(\.part) == ["title", "body"])
        #expect(annotations.map(\.start) == [103, 161])
        #expect(annotations.map(\.entity.start) == [3, 32], "the entity's own offsets are into the joined text")
        #expect(annotations[1].utf8Start == 300 + "Ông Ba nói ".utf8.count)
    }
}

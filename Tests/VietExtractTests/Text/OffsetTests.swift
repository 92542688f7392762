import Testing
@testable import VietExtract

/// The same reference written in different Unicode forms must be found at the user's own characters.
@Suite struct OffsetTests {
    let extractor = try! Extractor()

    private func onlyDocument(_ text: String) throws -> Entity {
        let entities = extractor.extract(text).filter { $0.label == .document }
        #expect(entities.count == 1)
        return try #require(entities.first)
    }

    /// Code point and UTF-8 offsets computed independently of the library.
    private func expectOffsets(_ entity: Entity, in text: String, prefix: String) {
        #expect(entity.start == prefix.unicodeScalars.count)
        #expect(entity.utf8Start == prefix.utf8.count)
        #expect(entity.end == prefix.unicodeScalars.count + entity.text.unicodeScalars.count)
        #expect(entity.utf8End == prefix.utf8.count + entity.text.utf8.count)
        #expect(String(text[entity.range]) == entity.text)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == entity.text)
        #expect(String(decoding: Array(text.utf8)[entity.utf8Start..<entity.utf8End], as: UTF8.self) == entity.text)
    }

    @Test func nfcInput() throws {
        let prefix = "Theo "
        let text = prefix + "Quyết định 1234/QĐ-TTg ngày hôm qua"
        let entity = try onlyDocument(text)
        #expect(entity.text == "Quyết định 1234/QĐ-TTg")
        expectOffsets(entity, in: text, prefix: prefix)
    }

    @Test func nfdInputGivesTheSameEntityOverTheUsersCharacters() throws {
        let prefix = "Theo "
        let decomposedWord = "Quye\u{302}\u{301}t đi\u{323}nh"
        let text = prefix + decomposedWord + " 1234/QĐ-TTg."
        let entity = try onlyDocument(text)
        #expect(entity.text == decomposedWord + " 1234/QĐ-TTg")
        expectOffsets(entity, in: text, prefix: prefix)
        guard case .document(let reference) = entity.value else { Issue.record("no document value"); return }
        #expect(reference.canonical == "1234/QĐ-TTg")
        #expect(reference.documentType == "Quyết định")
    }

    @Test func ethForDStrokeAndAstralCharactersBefore() throws {
        let prefix = "😀 Tin mới: "
        let text = prefix + "Nghị \u{00D0}ịnh 15/2020/N\u{00D0}-CP"
        let entity = try onlyDocument(text)
        #expect(entity.text == "Nghị \u{00D0}ịnh 15/2020/N\u{00D0}-CP")
        expectOffsets(entity, in: text, prefix: prefix)
        guard case .document(let reference) = entity.value else { Issue.record("no document value"); return }
        #expect(reference.canonical == "15/2020/NĐ-CP")
    }

    @Test func zeroWidthSpaceInsideTheTypeWordStaysInTheSpan() throws {
        let prefix = "Xem "
        let text = prefix + "Chỉ\u{200B} thị số 39-CT/TW"
        let entity = try onlyDocument(text)
        #expect(entity.text == "Chỉ\u{200B} thị số 39-CT/TW")
        expectOffsets(entity, in: text, prefix: prefix)
    }
}

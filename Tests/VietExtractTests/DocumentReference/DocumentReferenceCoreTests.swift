import Testing
@testable import VietExtract

@Suite struct DocumentReferenceCoreTests {
    let extractor = try! Extractor()

    @Test func partySymbolWithSpaceAfterDashIsOneReference() throws {
        let text = "Ban Tổ chức triển khai Chỉ thị số 39- CT/TW của Bộ Chính trị."
        let entities = extractor.extract(text)
        let doc = try #require(entities.first { $0.label == .document })
        #expect(doc.text == "Chỉ thị số 39- CT/TW")
        guard case .document(let reference) = doc.value else { Issue.record("not a document value"); return }
        #expect(reference.canonical == "39-CT/TW")
        #expect(reference.documentType == "Chỉ thị")
        #expect(reference.system == .party)
    }
}

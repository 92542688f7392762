import Foundation
import Testing

@Suite struct AnnotateCommandTests {
    @Test func annotatesPlainTextFromStandardInputFromAnyFolder() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let outcome = try CLIRunner.run(["annotate", "--format", "jsonl", "-"],
                                        input: "Theo Quyết định 1234/QĐ-TTg, việc này xong.", in: folder)
        #expect(outcome.status == 0, "\(outcome.error)")
        let record = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
        let entities = try #require(record?["entities"] as? [[String: Any]])
        let doc = try #require(entities.first)
        #expect(doc["text"] as? String == "Quyết định 1234/QĐ-TTg")
        #expect(doc["start"] as? Int == 5)
        #expect((doc["value"] as? [String: Any])?["canonical"] as? String == "1234/QĐ-TTg")
    }
}

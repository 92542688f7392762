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

@Suite struct GazetteerOptionTests {
    @Test func aUserGazetteerFileAddsEntitiesAndABadLineIsReportedWithItsPlace() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let good = folder.appendingPathComponent("mine.tsv")
        try "name\tlabel\tid\nVinFast\tORG\tvf\n".write(to: good, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["annotate", "--format", "jsonl", "--gazetteer", good.path, "-"],
                                        input: "Xe của VinFast.", in: folder)
        #expect(outcome.status == 0, "\(outcome.error)")
        let record = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
        let entity = try #require((record?["entities"] as? [[String: Any]])?.first)
        #expect(entity["text"] as? String == "VinFast")
        #expect(entity["label"] as? String == "ORG")
        #expect((entity["value"] as? [String: Any])?["id"] as? String == "vf")

        let bad = folder.appendingPathComponent("bad.tsv")
        try "name\tlabel\nVinFast\n".write(to: bad, atomically: true, encoding: .utf8)
        let failure = try CLIRunner.run(["annotate", "--gazetteer", good.path, "--gazetteer", bad.path, "-"], input: "x")
        #expect(failure.status == 2)
        #expect(failure.error.contains("bad.tsv:2: expected 2 tab-separated fields, found 1"), "\(failure.error)")
    }
}

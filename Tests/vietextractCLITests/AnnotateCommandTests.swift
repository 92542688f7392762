import Foundation
import Testing

@Suite struct AnnotateCommandTests {
    /// The repository's root, found from this file.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func jsonLines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func annotatesPlainTextFromStandardInputFromAnyFolder() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let outcome = try CLIRunner.run(["annotate", "--format", "jsonl", "-"],
                                        input: "Theo Quyết định 1234/QĐ-TTg, việc này xong.", in: folder)
        #expect(outcome.status == 0, "\(outcome.error)")
        let entities = try #require(try jsonLines(outcome.output).first?["entities"] as? [[String: Any]])
        let doc = try #require(entities.first)
        #expect(doc["text"] as? String == "Quyết định 1234/QĐ-TTg")
        #expect(doc["start"] as? Int == 5)
        #expect(doc["utf8_start"] as? Int == 5)
        #expect(doc["nested"] as? Bool == false)
        #expect((doc["value"] as? [String: Any])?["canonical"] as? String == "1234/QĐ-TTg")
    }

    @Test func seedArticleReportsBothSpellingsOfTheDirective() throws {
        let article = Self.repository.appendingPathComponent("Examples/seed-article.txt")
        let outcome = try CLIRunner.run(["annotate", article.path], in: try CLIRunner.temporaryDirectory())
        #expect(outcome.status == 0, "\(outcome.error)")
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]])
        #expect(documents.count == 1)
        let document = documents[0]
        #expect((document["url"] as? String)?.hasPrefix("http://www.vietnamplus.vn/") == true)
        let docs = (document["entities"] as? [[String: Any]] ?? []).filter { $0["label"] as? String == "DOC" }
        let texts = docs.map { $0["text"] as? String ?? "" }
        #expect(texts.contains("Chỉ thị số 39- CT/TW"))
        #expect(texts.contains("Chỉ thị số 39-CT/TW"))
        let canonicals = Set(docs.compactMap { ($0["value"] as? [String: Any])?["canonical"] as? String })
        #expect(canonicals.contains("39-CT/TW"))
        // Every entity's text is the file's own slice at its offsets.
        let scalars = Array(try String(contentsOf: article, encoding: .utf8).unicodeScalars)
        for entity in document["entities"] as? [[String: Any]] ?? [] {
            let start = entity["start"] as! Int, end = entity["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == entity["text"] as? String)
        }
    }

    @Test func badInputsAreReportedAndTheRestIsStillAnnotated() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let good = folder.appendingPathComponent("good.txt")
        let bad = folder.appendingPathComponent("bad.txt")
        try Data("Nghị định 15/2020/NĐ-CP".utf8).write(to: good)
        try Data([0x61, 0xFF, 0x62]).write(to: bad)
        let outcome = try CLIRunner.run(["annotate", "--format", "jsonl", bad.path, "missing.txt", good.path], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("bad.txt: byte offset 1: invalid UTF-8"))
        #expect(outcome.error.contains("missing.txt: no such file or folder"))
        let records = try jsonLines(outcome.output)
        #expect(records.count == 3)
        #expect(records[0]["error"] as? String == "invalid UTF-8")
        #expect((records[2]["entities"] as? [[String: Any]])?.count == 1)
    }

    @Test func malformedJSONLineKeepsOutputAlignedWithInput() throws {
        let input = "{\"id\": 1, \"text\": \"Chỉ thị 05/CT-TTg\"}\n{\"id\": 2, \"text\" oops}\n{\"id\": 3, \"text\": \"\"}\n"
        let outcome = try CLIRunner.run(["annotate", "--format", "jsonl", "-"], input: input)
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("<stdin>: line 2: malformed JSON"))
        let records = try jsonLines(outcome.output)
        #expect(records.map { $0["id"] as? Int } == [1, nil, 3])
        #expect(records[1]["place"] as? String == "line 2")
    }

    @Test func failFastStopsAtTheFirstBadInput() throws {
        let input = "{\"text\" x}\n{\"id\": 2, \"text\": \"ok\"}\n"
        let outcome = try CLIRunner.run(["annotate", "--format", "jsonl", "--fail-fast", "-"], input: input)
        #expect(outcome.status == 1)
        #expect(try jsonLines(outcome.output).count == 1)
    }

    @Test func emptyInputIsNotAnError() throws {
        let outcome = try CLIRunner.run(["annotate", "-"], input: "")
        #expect(outcome.status == 0)
        #expect(outcome.output == "[]\n")
    }

    @Test func unknownLabelIsAUsageError() throws {
        let outcome = try CLIRunner.run(["annotate", "--labels", "PER,XYZ", "-"])
        #expect(outcome.status == 64)
        #expect(outcome.error.contains("unknown label 'XYZ'"))
    }

    @Test func versionAndHelpWithExamples() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try CLIRunner.run(["annotate", "--help"])
        #expect(help.output.contains("Examples:"))
        #expect(help.output.contains("vietextract annotate"))
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

import Foundation
import Testing
@testable import VietExtract

/// `vietextract eval` must give the numbers of the project scorer, score.py, on the same input.
@Suite struct EvalCommandTests {
    /// The project scorer, beside the checkout (`../shared/eval/score.py`), when it and python3 exist.
    static let scorePy: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let script = root.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py")
        guard FileManager.default.fileExists(atPath: script.path), (try? run("/usr/bin/env", ["python3", "--version"]))?.status == 0
        else {
            print("EvalCommandTests: ../shared/eval/score.py or python3 is missing; the comparison with score.py is skipped")
            return nil
        }
        return script
    }()

    /// A gold file written for this test: sentences of our own, document references the extractor
    /// finds, one it finds with a different span, labels that need the label map, nested levels,
    /// a trigger word, an integer id and a blank line.
    static func writeGold(to folder: URL) throws -> URL {
        let documents: [(JSONValue, String, [(String, String, Int?)])] = [
            (.string("a1"), "Theo Chỉ thị số 39-CT/TW, ông Tô Huy Rứa đã làm việc.",
             [("Chỉ thị số 39-CT/TW", "DOC", 1), ("Tô Huy Rứa", "PERSON", 1)]),
            (.string("a2"), "Nghị định 15/2020/NĐ-CP và Quyết định 1234/QĐ-TTg có hiệu lực từ ngày 1/7.",
             [("15/2020/NĐ-CP", "DOC", 1), ("Quyết định 1234/QĐ-TTg", "DOC", 1), ("ngày 1/7", "DATE", 1)]),
            (.string("a3"), "UBND tỉnh Bình Định ban hành Công văn 55/UBND-KT về Thông tư 01/2011/TT-BNV.",
             [("UBND tỉnh Bình Định", "ORGANIZATION", 1), ("tỉnh Bình Định", "LOCATION", 2),
              ("Bình Định", "LOCATION", 3), ("Công văn 55/UBND-KT", "DOC", nil), ("01/2011/TT-BNV", "DOC", 2)]),
            (.int(7), "Không có tham chiếu nào ở đây, chỉ có Hà Nội.", [("Hà Nội", "MISC", 1)]),
        ]
        var lines = ""
        for (id, text, mentions) in documents {
            let entities = mentions.map { mention, label, level -> JSONValue in
                let range = text.range(of: mention)!
                let start = text.unicodeScalars[..<range.lowerBound].count
                var object = JSONObjectBuilder()
                object.add("start", .int(start))
                object.add("end", .int(start + mention.unicodeScalars.count))
                object.add("label", .string(label))
                object.add("text", .string(mention))
                object.add("level", level)
                return object.value
            }
            lines += JSONWriter().string(.object([("id", id), ("text", .string(text)), ("entities", .array(entities))])) + "\n\n"
        }
        let url = folder.appendingPathComponent("gold.jsonl")
        try Data(lines.utf8).write(to: url)
        return url
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> CLIRunner.Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Outcome(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                                 error: String(decoding: error, as: UTF8.self))
    }

    @Test(.enabled(if: scorePy != nil, "needs ../shared/eval/score.py and python3"),
          arguments: [
            [],
            ["--label-map", "PERSON=PER,LOCATION=LOC,ORGANIZATION=ORG,MISC=", "--labels", "DOC,PER,LOC,DATE", "--relax-triggers"],
            ["--all-levels", "--label-map", "LOCATION=LOC"],
          ])
    func evalPrintsTheNumbersOfScorePy(options: [String]) throws {
        let folder = try CLIRunner.temporaryDirectory()
        let gold = try Self.writeGold(to: folder)
        let annotate = try CLIRunner.run(["annotate", "--format", "jsonl"] + (options.contains("--all-levels") ? ["--nested"] : [])
                                         + [gold.path])
        #expect(annotate.status == 0, "\(annotate.error)")
        let predictions = folder.appendingPathComponent("pred.jsonl")
        try Data(annotate.output.utf8).write(to: predictions)
        let scorerOptions = options.map { $0 == "--label-map" ? "--gold-map" : $0 }
        for format in [["--json"], []] {
            let reference = try Self.run("/usr/bin/env", ["python3", Self.scorePy!.path, gold.path, predictions.path]
                                         + scorerOptions + format)
            let ours = try CLIRunner.run(["eval", gold.path] + options + format)
            #expect(reference.status == 0, "\(reference.error)")
            #expect(ours.status == 0, "\(ours.error)")
            #expect(ours.output == reference.output)
        }
        let ours = try CLIRunner.run(["eval", gold.path, "--json"] + options)
        let scores = try #require(try JSONSerialization.jsonObject(with: Data(ours.output.utf8)) as? [String: Any])
        #expect(scores["documents"] as? Int == 4)
        #expect(((scores["scores"] as? [String: Any])?["DOC"] as? [String: Any])?["tp"] as? Int ?? 0 >= 2,
                "the extractor finds the references it should")
    }

    @Test func evalListsMissedAndSpuriousSpansWithContext() throws {
        let gold = try Self.writeGold(to: try CLIRunner.temporaryDirectory())
        let outcome = try CLIRunner.run(["eval", gold.path, "--errors", "3"])
        #expect(outcome.status == 0)
        #expect(outcome.error.contains("missed DOC [15/2020/NĐ-CP] in a2: …Nghị định [15/2020/NĐ-CP] và Quyết định"))
        #expect(outcome.error.contains("spurious DOC [Nghị định 15/2020/NĐ-CP] in a2:"))
        #expect(!outcome.error.contains("[Chỉ thị số 39-CT/TW]"), "a match is not a mistake")
        #expect(outcome.output.hasPrefix("documents 4, without a prediction 0\n"))
    }

    @Test func evalReportsAMalformedGoldLine() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let gold = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"id\": 1, \"text\": \"x\"}\n{not json\n".utf8).write(to: gold)
        let outcome = try CLIRunner.run(["eval", gold.path])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("line 2: not JSON"))
    }
}

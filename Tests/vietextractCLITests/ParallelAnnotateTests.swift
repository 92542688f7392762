import Foundation
import Testing

@Suite struct ParallelAnnotateTests {
    /// Records written by hand: a document reference in some, a malformed line among them.
    static let input: String = (0..<60).map { index in
        if index == 17 { return #"{"id": 17, "text": }"# }
        let text = index % 3 == 0 ? "Theo Quyết định \(index)/QĐ-TTg, việc \(index) xong." : "Dòng \(index) không có gì."
        return #"{"id": \#(index), "text": "\#(text)"}"#
    }.joined(separator: "\n") + "\n"

    /// Several jobs give the same output, line for line, as one job: input order, error record in place.
    @Test func severalJobsKeepInputOrder() throws {
        let one = try CLIRunner.run(["annotate", "--format", "jsonl", "--jobs", "1", "-"], input: Self.input)
        let three = try CLIRunner.run(["annotate", "--format", "jsonl", "--jobs", "3", "-"], input: Self.input)
        #expect(one.status == 1 && three.status == 1)
        #expect(three.output == one.output)
        let lines = three.output.split(separator: "\n")
        #expect(lines.count == 60)
        #expect(lines[17].contains(#""error""#))
        #expect(lines[18].hasPrefix(#"{"id":18,"#))
        #expect(lines[57].contains("57/QĐ-TTg"))
        #expect(!lines[58].contains(#""label""#))
    }

    @Test func failFastStopsAtTheFirstBadLineWithEarlierDocumentsWritten() throws {
        let outcome = try CLIRunner.run(["annotate", "--format", "jsonl", "--jobs", "2", "--fail-fast", "-"], input: Self.input)
        #expect(outcome.status == 1)
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 18)
        #expect(lines[16].hasPrefix(#"{"id":16,"#))
    }

    /// Jobs as processes (each reading the files itself, writing its own documents by turns) give
    /// the same output and errors as one job: more records than one batch each, a folder, a file
    /// missing, an error record in place, the error count summed over the jobs.
    @Test(arguments: ["2", "3"]) func processesGiveWhatOneJobGives(jobs: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.input.write(to: folder.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        let notes = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        for index in 0..<40 {
            try "Ghi chép \(index) theo Nghị định \(index)/2020/NĐ-CP.".write(
                to: notes.appendingPathComponent(String(format: "n%02d.txt", index)), atomically: true, encoding: .utf8)
        }
        let inputs = ["a.jsonl", "missing.jsonl", "notes", "a.jsonl"]
        let one = try CLIRunner.run(["annotate", "--format", "jsonl", "--jobs", "1"] + inputs, in: folder)
        let processes = try CLIRunner.run(["annotate", "--format", "jsonl", "--jobs", jobs, "--jobs-as", "processes"] + inputs,
                                          in: folder)
        #expect(one.status == 1 && processes.status == 1)
        #expect(processes.output == one.output)
        #expect(processes.error == one.error)
        #expect(processes.output.split(separator: "\n").count == 60 + 1 + 40 + 60)
        #expect(processes.error.hasSuffix("vietextract: 3 input errors\n"))
    }

    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/dantri-2019-2021.jsonl").standardized

    /// Real articles, of every size, as {"id", "text"} records: processes and threads give what one job gives.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path), "../shared/corpus is absent"))
    func processesAndThreadsGiveWhatOneJobGivesOverCorpusArticles() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = try String(contentsOf: Self.corpus, encoding: .utf8).split(separator: "\n").prefix(300).map { line in
            let article = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let text = "\(article["title"]!)\n\n\(article["body"]!)"
            return String(decoding: try JSONSerialization.data(withJSONObject: ["id": article["id"]!, "text": text]), as: UTF8.self)
        }
        try (records.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("articles.jsonl"),
                                                          atomically: true, encoding: .utf8)
        let arguments = ["annotate", "--format", "jsonl", "articles.jsonl"]
        let one = try CLIRunner.run(arguments + ["--jobs", "1"], in: folder)
        #expect(one.status == 0 && one.output.split(separator: "\n").count == 300)
        for jobs in [["--jobs", "2", "--jobs-as", "processes"], ["--jobs", "3", "--jobs-as", "processes"],
                     ["--jobs", "2", "--jobs-as", "threads"]] {
            let several = try CLIRunner.run(arguments + jobs, in: folder)
            #expect(several.status == 0, "\(jobs)")
            #expect(several.output == one.output, "\(jobs)")
        }
    }

    @Test func processesFailFastAtTheFirstBadLine() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.input.write(to: folder.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        let arguments = ["annotate", "--format", "jsonl", "--fail-fast", "a.jsonl", "a.jsonl"]
        let outcome = try CLIRunner.run(arguments + ["--jobs", "2", "--jobs-as", "processes"], in: folder)
        let one = try CLIRunner.run(arguments + ["--jobs", "1"], in: folder)
        #expect(outcome.status == 1)
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 18)
        #expect(lines[17].contains(#""error""#))
        #expect(outcome.output == one.output && outcome.error == one.error)
        #expect(outcome.error.hasPrefix("vietextract: a.jsonl: line 18: malformed JSON"))
    }

    @Test func processesNeedInputsThatCanBeReadAgain() throws {
        let outcome = try CLIRunner.run(["annotate", "--format", "jsonl", "--jobs-as", "processes", "-"], input: Self.input)
        #expect(outcome.status != 0)
        #expect(outcome.error.contains("--jobs-as processes needs files or folders"))
    }

    @Test func jobsBelowOneIsRefused() throws {
        let outcome = try CLIRunner.run(["annotate", "--jobs", "0", "-"], input: "")
        #expect(outcome.status != 0)
        #expect(outcome.error.contains("--jobs"))
    }
}

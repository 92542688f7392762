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

    @Test func jobsBelowOneIsRefused() throws {
        let outcome = try CLIRunner.run(["annotate", "--jobs", "0", "-"], input: "")
        #expect(outcome.status != 0)
        #expect(outcome.error.contains("--jobs"))
    }
}

import Foundation
import Testing

/// `annotate --format …` from the command line, and the help every subcommand gives.
@Suite struct AnnotateFormatsTests {
    static let text = "Theo Chỉ thị số 39-CT/TW <mới> & Quyết định 1234/QĐ-TTg."

    @Test(arguments: ["json", "jsonl", "conll", "spacy", "html", "text"])
    func everyStreamFormatWritesTheReferences(format: String) throws {
        let outcome = try CLIRunner.run(["annotate", "--format", format, "-"], input: Self.text)
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.error.isEmpty, "no progress line when standard error is not a terminal")
        #expect(outcome.output.contains(format == "conll" ? "1234\tI-DOC" : "1234/QĐ-TTg"))
    }

    @Test func textMarksEntitiesWithoutColourWhenPiped() throws {
        let outcome = try CLIRunner.run(["annotate", "--format", "text", "-"], input: Self.text)
        #expect(outcome.output == "Theo [Chỉ thị số 39-CT/TW]DOC <mới> & [Quyết định 1234/QĐ-TTg]DOC.\n")
    }

    @Test func bratWritesTextAndAnnotationFilesIntoTheOutputFolder() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let input = folder.appendingPathComponent("bai.txt")
        try Data(Self.text.utf8).write(to: input)
        let outcome = try CLIRunner.run(["annotate", "--format", "brat", "--output-dir", "out", input.path], in: folder)
        #expect(outcome.status == 0, "\(outcome.error)")
        let ann = try String(contentsOf: folder.appendingPathComponent("out/bai.ann"), encoding: .utf8)
        #expect(ann.hasPrefix("T1\tDOC 5 24\tChỉ thị số 39-CT/TW\n#1\tAnnotatorNotes T1\tcanonical: 39-CT/TW;"))
        #expect(try String(contentsOf: folder.appendingPathComponent("out/bai.txt"), encoding: .utf8) == Self.text)
    }

    @Test func outputFolderGoesWithBratOnly() throws {
        #expect(try CLIRunner.run(["annotate", "--format", "brat", "-"], input: Self.text).status != 0)
        let wrong = try CLIRunner.run(["annotate", "--format", "spacy", "--output-dir", "x", "-"], input: Self.text)
        #expect(wrong.status != 0)
        #expect(wrong.error.contains("--output-dir is for --format brat or html"))
    }

    @Test(arguments: [[], ["annotate"], ["eval"]])
    func everyCommandsHelpHasAnExample(command: [String]) throws {
        let outcome = try CLIRunner.run(command + ["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("Examples:\n  vietextract "))
    }
}

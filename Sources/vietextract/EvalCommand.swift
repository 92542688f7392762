import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VietExtract

/// `vietextract eval`: runs the extractor over a gold file's texts and scores it as the project scorer does.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extractor against a gold file.",
        discussion: """
            The gold file is JSON Lines, one document a line: {"id", "text", "entities": [{"start", \
            "end", "label", "level"?}]}, offsets in Unicode code points into "text", end exclusive. \
            The extractor annotates each text (with the record's "date" as reference date, as \
            annotate does) and its spans are scored against the gold ones: a match is the same \
            start, end and label. Precision, recall and F1 are printed per label and summed over \
            labels (micro). The numbers are those of the project's score.py run on the output of \
            `annotate --format jsonl` (with --nested when --all-levels is given).

            Missed and spurious spans are listed on standard error with 40 characters of context \
            on each side, up to --errors of each kind per label.

            Examples:
              vietextract eval gold.jsonl
              vietextract eval dev.jsonl --label-map PERSON=PER,MISC= --errors 20
              vietextract eval phoner-dev.jsonl --labels DATE --relax-triggers --json
            """
    )

    @Argument(help: "The gold file (JSON Lines).")
    var gold: String

    @Option(help: "Renames of gold labels, e.g. PERSON=PER,LOC=LOC; a label mapped to nothing (MISC=) is dropped.")
    var labelMap: [String] = []

    @Option(help: "Labels to score, comma-separated, after mapping. Default: every label seen.")
    var labels: String?

    @Flag(help: "Score nested entities too (gold levels 2 and up, predicted nested entities).")
    var allLevels = false

    @Flag(help: "Ignore leading trigger words such as 'ngày' on both sides.")
    var relaxTriggers = false

    @Option(help: "List up to N missed and N spurious spans per label on standard error.")
    var errors = 0

    @Option(help: "How dates are cut: expressions or calendar (see annotate --help).")
    var dateStyle: DateStyle = .expressions

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func run() throws {
        let corpus: GoldCorpus
        do {
            corpus = try GoldCorpus(Array(try Data(contentsOf: URL(fileURLWithPath: gold))))
        } catch let error as GoldCorpus.Malformed {
            StandardStreams.error("vietextract: \(gold): \(error)")
            throw ExitCode(2)
        } catch {
            StandardStreams.error("vietextract: cannot read \(gold): \(ErrorMessage.localized(error))")
            throw ExitCode(2)
        }
        var options = SpanScorer.Options()
        options.goldLabelMap = SpanScorer.Options.labelMap(labelMap)
        options.labels = labels.flatMap { $0.isEmpty ? nil : Set($0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)) }
        options.allLevels = allLevels
        options.relaxTriggers = relaxTriggers
        var evaluation = Evaluation()
        do {
            let extractor = try Extractor(options: ExtractorOptions(includeNested: allLevels, dateStyle: dateStyle))
            let scorer = try SpanScorer(options: options)
            var progress = ProgressBar(inputs: [gold])
            for record in corpus.records {
                let document = InputDocument(source: gold, line: record.line, id: record.fields["id"],
                                             date: record.fields["date"]?.stringValue,
                                             parts: [DocumentPart(name: nil, text: record.text)])
                let predicted = AnnotatedDocument(document, extractor: extractor).annotations.map { annotation in
                    JSONValue.object([("start", .int(annotation.start)), ("end", .int(annotation.end)),
                                      ("label", .string(annotation.entity.label.rawValue)),
                                      ("nested", .bool(annotation.entity.isNested))])
                }
                try scorer.score(id: record.key, text: record.text, gold: record.entities, predicted: predicted,
                                 into: &evaluation)
                progress.document(source: gold, line: record.line, bytes: record.text.utf8.count)
            }
            progress.clear()
        } catch {
            StandardStreams.error("vietextract: \(error)")
            throw ExitCode(2)
        }
        StandardStreams.output(Array((json ? evaluation.json : evaluation.table).utf8))
        for line in evaluation.mistakeLines(limit: errors) { StandardStreams.error(line) }
    }
}

import ArgumentParser
import VietExtract

/// `vietextract refs`: lists the documents its inputs cite, aggregated over all of them.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "List the documents (Chỉ thị, Nghị định, Luật…) that the inputs cite.",
        discussion: """
            Reads the same inputs as annotate (files, folders, JSON Lines, - for standard input) and
            lists every cited document once: canonical form, type, issuer, date where known, number
            of mentions, number of citing articles, and the first mention in context. Over many
            inputs the counts add up; JSON, JSON Lines and CSV also list the citing articles.

            Examples:
              vietextract refs Examples/seed-article.txt
              vietextract refs --format csv corpus.jsonl > cited.csv
            """
    )

    @Argument(help: "Files, folders or - (standard input). Default: standard input.")
    var inputs: [String] = []

    @Option(help: "Input layout: jsonl, article or text. Default: detected per input.")
    var input: InputLayout?

    @Option(help: "Output format: table, json, jsonl or csv.")
    var format: RefsFormat = .table

    @Option(help: "List only documents mentioned at least this many times.")
    var minMentions = 1

    func run() throws {
        let extractor: Extractor
        do {
            extractor = try Extractor(options: ExtractorOptions(labels: [.document]))
        } catch {
            StandardStreams.error("vietextract: \(error)")
            throw ExitCode(2)
        }
        var index = CitationIndex()
        var failures = 0
        let reader = InputReader(layout: input)
        for path in inputs.isEmpty ? ["-"] : inputs {
            reader.read(path) { item in
                switch item {
                case .success(let document): index.add(AnnotatedDocument(document, extractor: extractor))
                case .failure(let error):
                    failures += 1
                    StandardStreams.error("vietextract: \(error)")
                }
            }
        }
        let documents = index.ranked.filter { $0.mentions >= minMentions }
        StandardStreams.output(Array(RefsFormatter(format: format).render(documents).utf8))
        if failures > 0 { throw ExitCode(1) }
    }
}

/// The formats `refs` writes.
enum RefsFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people.
    case table
    /// One JSON array.
    case json
    /// One JSON object a line.
    case jsonl
    /// Comma-separated values with a header line (RFC 4180 quoting).
    case csv
}

import ArgumentParser
import VietExtract

/// `vietextract annotate`: writes the entities of each input document as JSON or JSON Lines.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate documents with entities.",
        discussion: """
            Inputs are files, folders (walked for *.txt) or - for standard input. The layout of each
            input is detected: JSON Lines ({"id", "text"} a line), the article layout (URL, dashed
            line, title, dashed line, body, dashed line), or plain text. Offsets are Unicode code
            points (start, end) and UTF-8 bytes (utf8_start, utf8_end) into the file, or into the
            record's "text" for JSON Lines.

            A bad input (unreadable, invalid UTF-8, binary, a malformed JSON line, too large) is
            reported on standard error with its place; the other inputs are still processed and the
            exit status is 1. In JSON Lines output a bad line is answered by an {"error"} record, so
            output lines stay aligned with input lines.

            Examples:
              vietextract annotate Examples/seed-article.txt
              vietextract annotate --format jsonl --labels DOC,DATE corpus.jsonl
              cat notes.txt | vietextract annotate --input text -
            """
    )

    @Argument(help: "Files, folders or - (standard input). Default: standard input.")
    var inputs: [String] = []

    @Option(help: "Input layout: jsonl, article or text. Default: detected per input.")
    var input: InputLayout?

    @Option(help: "Output format: json or jsonl.")
    var format: OutputFormat = .json

    @Option(help: "Labels to report, comma-separated (PER,ORG,LOC,DATE,DOC). Default: all.")
    var labels: String?

    @Option(name: .customLong("gazetteer"),
            help: "A TSV gazetteer of your own (columns name, label, optional id and attributes); repeatable.")
    var gazetteers: [String] = []

    @Flag(help: "Also report entities nested inside others.")
    var nested = false

    @Option(help: "Date that relative expressions resolve against (YYYY-MM-DD).")
    var referenceDate: String?

    @Option(help: "Largest document read, in bytes; larger ones are reported as errors.")
    var maxDocumentBytes = 128 << 20

    @Flag(help: "Stop at the first bad input instead of going on with the rest.")
    var failFast = false

    func validate() throws {
        if let labels, case .failure(let error) = EntityLabel.parseList(labels) {
            throw ValidationError(error.description)
        }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date must be a date as YYYY-MM-DD, not '\(referenceDate)'")
        }
    }

    func run() throws {
        var options = ExtractorOptions(includeNested: nested, referenceDate: referenceDate.flatMap { CalendarDate(iso: $0) })
        if let labels, case .success(let set) = EntityLabel.parseList(labels) { options.labels = set }
        let extractor: Extractor
        do {
            extractor = try Extractor(options: options, gazetteers: gazetteers.map { path throws(ResourceError) in
                try Gazetteer(contentsOf: path)
            })
        } catch {
            StandardStreams.error("vietextract: \(error)")
            throw ExitCode(2)
        }
        let reader = InputReader(layout: input, maxDocumentBytes: maxDocumentBytes)
        var writer = DocumentStreamWriter(format: format)
        var failures = 0
        do {
            for path in inputs.isEmpty ? ["-"] : inputs {
                try reader.read(path) { item in
                    switch item {
                    case .success(let document):
                        writer.write(AnnotatedDocument(document, extractor: extractor))
                    case .failure(let error):
                        failures += 1
                        StandardStreams.error("vietextract: \(error)")
                        writer.write(error)
                        if failFast { throw ExitCode(1) }
                    }
                }
            }
        } catch let exit as ExitCode {
            writer.finish()
            throw exit
        }
        writer.finish()
        if failures > 0 {
            StandardStreams.error("vietextract: \(failures) input error\(failures == 1 ? "" : "s")")
            throw ExitCode(1)
        }
    }
}

/// The formats `annotate` writes.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// A JSON array of document objects, indented.
    case json
    /// One compact JSON object a line, one line per input document.
    case jsonl
}

extension InputLayout: ExpressibleByArgument {}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VietExtract

/// `vietextract annotate`: writes the entities of each input document in one of the output formats.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate documents with entities.",
        discussion: """
            Inputs are files, folders (walked for *.txt) or - for standard input. The layout of each \
            input is detected: JSON Lines ({"id", "text"} a line), the article layout (URL, dashed \
            line, title, dashed line, body, dashed line), or plain text. Offsets are Unicode code \
            points (start, end) and UTF-8 bytes (utf8_start, utf8_end) into the file, or into the \
            record's "text" for JSON Lines.

            A bad input (unreadable, invalid UTF-8, binary, a malformed JSON line, too large) is \
            reported on standard error with its place; the other inputs are still processed and the \
            exit status is 1. In JSON Lines output a bad line is answered by an {"error"} record, so \
            output lines stay aligned with input lines.

            Formats: json and jsonl (the reference, offsets into the input); conll (a token and its \
            BIO tag a line; with --nested a second column for nested entities); brat (a .txt and a \
            .ann per document, into --output-dir); spacy ({"text","ents"} a line, code points); \
            html (one page, entities highlighted, values on hover; a page per document with \
            --output-dir); text ([Tô Huy Rứa]PER, coloured on a terminal). All but json and jsonl give offsets into the document's text, an \
            article's title and body joined by a blank line.

            When standard error is a terminal, a progress line shows documents done, MB/s and the \
            time left.

            --jobs N annotates N documents at once. With files or folders as inputs, --format jsonl \
            and no progress line, the jobs are N processes forked once the tables are loaded, each \
            reading the inputs itself and writing its own documents' lines in turn; otherwise they \
            are N threads. The output is the same either way.

            Examples:
              vietextract annotate Examples/seed-article.txt
              vietextract annotate --format jsonl --labels DOC,DATE corpus.jsonl
              cat notes.txt | vietextract annotate --input text -
              vietextract annotate --format html Examples/seed-article.txt > seed.html
              vietextract annotate --format brat --output-dir brat/ corpus.jsonl
              vietextract annotate --format conll --nested corpus.jsonl > corpus.conll
            """
    )

    @Argument(help: "Files, folders or - (standard input). Default: standard input.")
    var inputs: [String] = []

    @Option(help: "Input layout: jsonl, article or text. Default: detected per input.")
    var input: InputLayout?

    @Option(help: "Output format: \(AnnotationFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: AnnotationFormat = .json

    @Option(help: "Folder for the files of --format brat, or for a page per document with --format html (created if missing).")
    var outputDir: String?

    @Option(help: "Labels to report, comma-separated (PER,ORG,LOC,DATE,DOC). Default: all.")
    var labels: String?

    @Option(name: .customLong("gazetteer"),
            help: "A TSV gazetteer of your own (columns name, label, optional id and attributes); repeatable.")
    var gazetteers: [String] = []

    @Flag(help: "Also report entities nested inside others (conll: in a second column).")
    var nested = false

    @Option(help: "Date that relative expressions resolve against (YYYY-MM-DD).")
    var referenceDate: String?

    @Option(help: "Largest document read, in bytes; larger ones are reported as errors.")
    var maxDocumentBytes = 128 << 20

    @Option(help: "How dates are cut: expressions (whole expressions, the default) or calendar (each calendar date alone, no deictic or relative dates).")
    var dateStyle: DateStyle = .expressions

    @Flag(help: "Stop at the first bad input instead of going on with the rest.")
    var failFast = false

    @Option(help: "Documents annotated at once, each on its own core; output keeps input order. Default: the number of cores.")
    var jobs: Int?

    @Option(help: .hidden)
    var jobsAs: JobKind?

    func validate() throws {
        if format.writesFiles && outputDir == nil {
            throw ValidationError("--format \(format.rawValue) writes files: give --output-dir")
        }
        if !format.canWriteFiles && outputDir != nil {
            throw ValidationError("--output-dir is for --format brat or html; --format \(format.rawValue) writes to standard output")
        }
        if let labels, case .failure(let error) = EntityLabel.parseList(labels) {
            throw ValidationError(error.description)
        }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date must be a date as YYYY-MM-DD, not '\(referenceDate)'")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        let renderer = format.writer(nestedColumn: nested, colour: false, filePerDocument: outputDir != nil).documentRenderer
        if jobsAs == .processes && !AnnotationJobs.processesPossible(paths: inputs.isEmpty ? ["-"] : inputs, renderer: renderer) {
            throw ValidationError("--jobs-as processes needs files or folders as inputs and --format jsonl")
        }
    }

    func run() throws {
        var options = ExtractorOptions(includeNested: nested, referenceDate: referenceDate.flatMap { CalendarDate(iso: $0) },
                                       dateStyle: dateStyle)
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
        var folder: URL?
        if let outputDir {
            folder = URL(fileURLWithPath: outputDir, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder!, withIntermediateDirectories: true)
            } catch {
                StandardStreams.error("vietextract: cannot create \(outputDir): \(ErrorMessage.localized(error))")
                throw ExitCode(2)
            }
        }
        let paths = inputs.isEmpty ? ["-"] : inputs
        var writer = DocumentStreamWriter(
            writer: format.writer(nestedColumn: nested, colour: format == .text && isatty(1) != 0,
                                 filePerDocument: outputDir != nil),
            folder: folder)
        let renderer = writer.documentRenderer
        // Jobs run as processes only where no progress is drawn: each process sees only its own documents.
        let processesPossible = jobsAs == .processes
            || (jobsAs == nil && isatty(2) == 0 && AnnotationJobs.processesPossible(paths: paths, renderer: renderer))
        var progress = ProgressBar(inputs: paths, enabled: isatty(2) != 0 && !processesPossible)
        var failures = 0
        // Nothing may be held when jobs fork: each would write it.
        do {
            try writer.flush()
        } catch {
            StandardStreams.error("vietextract: cannot write output: \(ErrorMessage.localized(error))")
            throw ExitCode(2)
        }
        // Documents are parsed (JSON Lines records), annotated and, where the format allows, rendered
        // by `jobs` jobs; results are delivered in input order.
        guard let annotate = AnnotationJobs(
            count: jobs ?? ProcessInfo.processInfo.activeProcessorCount, kind: jobsAs, processesPossible: processesPossible,
            transform: { item in item.resolved().map { AnnotatedOutput(AnnotatedDocument($0, extractor: extractor), renderer: renderer) } }
        ) else {
            StandardStreams.error("vietextract: cannot run the jobs as processes here (another thread runs, or fork or shared memory was refused)")
            throw ExitCode(2)
        }
        let deliver = { (result: Result<AnnotatedOutput, InputError>) throws in
            switch result {
            case .success(let annotated):
                try writer.write(annotated)
                progress.document(source: annotated.source, line: annotated.line, bytes: annotated.textBytes)
            case .failure(let error):
                failures += 1
                progress.clear()
                StandardStreams.error("vietextract: \(error)")
                try writer.write(error)
                if failFast { throw ExitCode(1) }
            }
        }
        let endTurn = { try writer.flush() }
        do {
            for path in paths {
                try reader.readPending(path) { item in try annotate.submit(item, deliver: deliver, endTurn: endTurn) }
            }
            failures = try annotate.finish(deliver: deliver, endTurn: endTurn) { failures }
            progress.clear()
            try writer.finish()
        } catch JobsStopped.delivery {
            // The job that stopped said why (--fail-fast).
            throw ExitCode(1)
        } catch let stopped as JobsStopped {
            StandardStreams.error("vietextract: \(stopped)")
            throw ExitCode(2)
        } catch let exit as ExitCode {
            progress.clear()
            try? writer.finish()
            throw exit
        } catch {
            progress.clear()
            StandardStreams.error("vietextract: cannot write output: \(ErrorMessage.localized(error))")
            throw ExitCode(2)
        }
        if failures > 0 {
            StandardStreams.error("vietextract: \(failures) input error\(failures == 1 ? "" : "s")")
            throw ExitCode(1)
        }
    }
}

extension AnnotationFormat: ExpressibleByArgument {}

extension InputLayout: ExpressibleByArgument {}

extension DateStyle: ExpressibleByArgument {}

extension JobKind: ExpressibleByArgument {}

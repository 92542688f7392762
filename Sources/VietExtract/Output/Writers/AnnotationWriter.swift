/// Writes annotated documents in one output format, document by document, as bytes.
///
/// A writer is driven as `begin`, then `write` for each document (or input error) in input order,
/// then `finish`. What it writes goes into a `WriterOutput`: bytes for the output stream, and
/// whole files for formats that are a folder of files (BRAT). The caller empties the output
/// whenever it likes, so a writer never holds more than the document at hand.
public protocol AnnotationWriter {
    /// Writes what comes before the first document.
    mutating func begin(into output: inout WriterOutput)
    /// Writes one annotated document.
    mutating func write(_ document: AnnotatedDocument, into output: inout WriterOutput)
    /// Writes what stands for an input that could not be read, if the format has a place for it.
    mutating func write(_ error: InputError, into output: inout WriterOutput)
    /// Writes what comes after the last document.
    mutating func finish(into output: inout WriterOutput)
    /// Where this writer's bytes for a document depend on that document alone, the renderer that
    /// makes them: a caller may then render documents on the threads that annotate them and append
    /// the bytes in input order instead of calling `write(_:into:)`.
    var documentRenderer: (any DocumentRenderer)? { get }
}

/// Renders one annotated document into the bytes its writer would write for it, independent of
/// any other document (so on any thread).
public protocol DocumentRenderer: Sendable {
    func render(_ document: AnnotatedDocument, into bytes: inout [UInt8])
}

extension AnnotationWriter {
    public mutating func begin(into output: inout WriterOutput) {}
    public mutating func write(_ error: InputError, into output: inout WriterOutput) {}
    public mutating func finish(into output: inout WriterOutput) {}
    public var documentRenderer: (any DocumentRenderer)? { nil }
}

/// What writers produce: bytes for the output stream, and named files for folder formats.
public struct WriterOutput: Sendable {
    /// Bytes for standard output (or the output file).
    public var bytes: [UInt8] = []
    /// Files to create, by name relative to the output folder.
    public var files: [(name: String, bytes: [UInt8])] = []

    public init() {}

    /// Appends `text`'s UTF-8 bytes to the stream.
    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}

/// The output formats, and the writer of each.
public enum AnnotationFormat: String, Sendable, CaseIterable {
    /// A JSON array of document objects, indented.
    case json
    /// One compact JSON object a line, one line per input document.
    case jsonl
    /// One token a line with its BIO tag, a blank line after each sentence (CoNLL-2003, VLSP).
    case conll
    /// BRAT standoff: a `.ann` and a `.txt` file per document.
    case brat
    /// spaCy's manual rendering layout: `{"text", "ents": [{"start", "end", "label"}]}` a line.
    case spacy
    /// One self-contained HTML page with the entities highlighted (or a page per document).
    case html
    /// The text with inline markup: `[Tô Huy Rứa]PER`.
    case text

    /// Whether the format always writes files into a folder rather than a stream.
    public var writesFiles: Bool { self == .brat }

    /// Whether the format can write a file per document into a folder instead of the stream.
    public var canWriteFiles: Bool { self == .brat || self == .html }

    /// A new writer for this format.
    ///
    /// - Parameters:
    ///   - nestedColumn: CoNLL: add a second tag column for nested entities.
    ///   - colour: text: colour the markup with ANSI escapes.
    ///   - filePerDocument: HTML: a page file per document rather than one page.
    public func writer(nestedColumn: Bool = false, colour: Bool = false, filePerDocument: Bool = false)
        -> any AnnotationWriter {
        switch self {
        case .json: return JSONAnnotationWriter(linesOnly: false)
        case .jsonl: return JSONAnnotationWriter(linesOnly: true)
        case .conll: return CoNLLWriter(nestedColumn: nestedColumn)
        case .brat: return BratWriter()
        case .spacy: return SpacyWriter()
        case .html: return HTMLWriter(pagePerDocument: filePerDocument)
        case .text: return InlineTextWriter(colour: colour)
        }
    }
}

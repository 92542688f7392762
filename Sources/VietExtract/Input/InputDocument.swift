/// One document read from an input: its text parts and what the input said about it.
public struct InputDocument: Sendable {
    /// Where the document came from: a path, or `-` for standard input.
    public let source: String
    /// Where in the source it starts: a line number (1-based) for JSON Lines and articles.
    public let line: Int?
    /// The record's `id`, for JSON Lines input.
    public let id: JSONValue?
    /// The article's URL, for the article layout.
    public let url: String?
    /// The article's title, for the article layout.
    public let title: String?
    /// The publication date given by the input (a JSON Lines `date` field), if any.
    public let date: String?
    /// The texts to annotate, each with its offset in what the user gave.
    public let parts: [DocumentPart]
    /// All fields of a JSON Lines record, in order, to be carried to the output.
    public let fields: [(String, JSONValue)]?
    /// The line a JSON Lines record was read from, to copy its fields out of.
    var recordLine: RecordLine?

    public init(source: String, line: Int?, id: JSONValue? = nil, url: String? = nil, title: String? = nil,
                date: String? = nil, parts: [DocumentPart], fields: [(String, JSONValue)]? = nil) {
        self.init(source: source, line: line, id: id, url: url, title: title, date: date, parts: parts,
                  fields: fields, recordLine: nil)
    }

    /// A document with the line of the JSON Lines record it was read from (built whole, not set afterwards,
    /// so that it is not copied).
    init(source: String, line: Int?, id: JSONValue?, url: String?, title: String?, date: String?,
         parts: [DocumentPart], fields: [(String, JSONValue)]?, recordLine: RecordLine?) {
        self.source = source
        self.line = line
        self.id = id
        self.url = url
        self.title = title
        self.date = date
        self.parts = parts
        self.fields = fields
        self.recordLine = recordLine
    }
}

/// A piece of a document's text and where it starts in the user's input.
///
/// Entity offsets are reported in the coordinates the user can cut from: the whole file for a
/// text or article file, the record's `text` field for JSON Lines. `base` is where this part
/// starts in those coordinates.
public struct DocumentPart: Sendable {
    /// `title` or `body` for an article, nil for a plain text or a JSON Lines record.
    public let name: String?
    public let text: String
    /// The code point offset of the part's first character.
    public let baseCodePoints: Int
    /// The UTF-8 byte offset of the part's first character.
    public let baseUTF8: Int

    public init(name: String?, text: String, baseCodePoints: Int = 0, baseUTF8: Int = 0) {
        self.name = name
        self.text = text
        self.baseCodePoints = baseCodePoints
        self.baseUTF8 = baseUTF8
    }
}

/// The layouts an input can have.
public enum InputLayout: String, Sendable, CaseIterable {
    /// One JSON object a line, with a `text` field (and usually `id`).
    case jsonl
    /// URL, dashed line, title, dashed line, body, dashed line; possibly several articles.
    case article
    /// Anything else: the whole input is one document.
    case text

    /// Guesses the layout from the first bytes of an input.
    public static func detect(_ prefix: [UInt8]) -> InputLayout {
        var lines = prefix.split(separator: 0x0A, maxSplits: 3, omittingEmptySubsequences: false).map {
            $0.last == 0x0D ? $0.dropLast() : $0
        }
        while let first = lines.first, first.allSatisfy({ $0 == 0x20 || $0 == 0x09 }), lines.count > 1 {
            lines.removeFirst()
        }
        guard let first = lines.first else { return .text }
        if first.first(where: { $0 != 0x20 && $0 != 0x09 }) == 0x7B { return .jsonl }
        if lines.count > 1, ArticleParser.isSeparator(lines[1]) { return .article }
        return .text
    }
}

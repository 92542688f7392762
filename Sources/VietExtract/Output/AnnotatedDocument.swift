/// A document from the input with the entities found in it, offsets in the input's coordinates.
public struct AnnotatedDocument: Sendable {
    /// An entity and the part of the document it was found in.
    public struct Annotation: Sendable {
        public let entity: Entity
        /// `title` or `body` for an article, nil otherwise.
        public let part: String?
        /// The entity's code point offsets in the input (the file, or the record's `text`).
        public let start: Int
        public let end: Int
        /// The entity's UTF-8 byte offsets in the input.
        public let utf8Start: Int
        public let utf8End: Int

        /// Where the entity lies in the input (its value's offsets are already there).
        var placement: Placement {
            Placement(part: part, codePointShift: start - entity.start, utf8Shift: utf8Start - entity.utf8Start)
        }
    }

    public let document: InputDocument
    /// The text the entities were found in: the document's parts joined by a blank line. Each
    /// entity's `range`, `start` and `end` are into this text; the annotation's own offsets are
    /// into the input.
    public let text: String
    /// The entities as found, offsets into `text`: the annotations are made of them when asked
    /// for, and the JSON Lines renderer writes them without making any.
    let entities: [Entity]
    /// Where each part of the document starts in `text`, in code points and in UTF-8 bytes; none
    /// for a document of one part (every JSON Lines record, every text file), which starts at 0.
    private let partStarts: [(codePoints: Int, utf8: Int)]

    /// The entities with the part they are in and their offsets in the input, in the order found.
    public var annotations: [Annotation] { entities.map(annotation) }

    /// Annotates `document` with `extractor`.
    ///
    /// The parts of an article are read as one text (joined by a blank line), so a mention in the
    /// body can be linked to one in the title. The reference date is the document's own `date`,
    /// else a date stamp in its URL, else the extractor's. The extractor is borrowed: an
    /// initializer would otherwise take a copy of it, whose references (shared by every thread
    /// that annotates) are counted up and down once per document.
    public init(_ document: InputDocument, extractor: borrowing Extractor) {
        let referenceDate = document.date.flatMap { CalendarDate(iso: $0) }
            ?? document.url.flatMap(URLDateStamp.date(in:))
        let text = Self.joinedText(of: document)
        self.init(document, text: text, entities: extractor.extract(text, referenceDate: referenceDate))
    }

    /// A document with entities found by other means in its joined text (`joinedText(of:)`).
    public init(_ document: InputDocument, text: String, entities: [Entity]) {
        self.document = document
        self.text = text
        self.entities = entities
        guard document.parts.count > 1 else {
            partStarts = []
            return
        }
        let separator = Self.partSeparator.unicodeScalars.count
        var starts: [(codePoints: Int, utf8: Int)] = []
        var codePoints = 0, utf8 = 0
        for (index, part) in document.parts.enumerated() {
            starts.append((codePoints, utf8))
            // The last part's length is never needed: a single text is never walked here.
            guard index + 1 < document.parts.count else { break }
            codePoints += part.text.unicodeScalars.count + separator
            utf8 += part.text.utf8.count + separator
        }
        partStarts = starts
    }

    /// Where an entity of `text` lies in the input: the part it is in, and what moves its offsets there.
    struct Placement {
        let part: String?
        let codePointShift: Int
        let utf8Shift: Int
    }

    /// The placement of `entity`, one of `entities`.
    @inline(__always)
    func placement(of entity: borrowing Entity) -> Placement {
        guard !partStarts.isEmpty else {
            let part = document.parts[0]
            return Placement(part: part.name, codePointShift: part.baseCodePoints, utf8Shift: part.baseUTF8)
        }
        let index = partStarts.lastIndex { $0.codePoints <= entity.start } ?? 0
        let part = document.parts[index]
        return Placement(part: part.name, codePointShift: part.baseCodePoints - partStarts[index].codePoints,
                         utf8Shift: part.baseUTF8 - partStarts[index].utf8)
    }

    private func annotation(_ entity: Entity) -> Annotation {
        let placement = placement(of: entity)
        let shift = placement.codePointShift
        return Annotation(entity: shift == 0 ? entity : entity.shiftingValueOffsets(by: shift), part: placement.part,
                          start: entity.start + shift, end: entity.end + shift,
                          utf8Start: entity.utf8Start + placement.utf8Shift, utf8End: entity.utf8End + placement.utf8Shift)
    }

    /// What joins the parts of a document into one text.
    public static let partSeparator = "\n\n"

    /// The document's parts joined by `partSeparator`: the text entities are searched in.
    public static func joinedText(of document: InputDocument) -> String {
        document.parts.map(\.text).joined(separator: partSeparator)
    }
}

/// Reads a publication date from a news URL, as dantri writes it (`…-20201001163534963.htm`).
enum URLDateStamp {
    static func date(in url: String) -> CalendarDate? {
        let digits = Array(url.utf8)
        var index = 0
        while index < digits.count {
            guard UTF16Letters.isDigit(UInt16(digits[index])) else { index += 1; continue }
            var end = index
            while end < digits.count, UTF16Letters.isDigit(UInt16(digits[end])) { end += 1 }
            if end - index >= 14, digits[index] == 0x32, let stamp = Int(String(decoding: digits[index..<index + 8], as: UTF8.self)),
               let date = CalendarDate(year: stamp / 10000, month: stamp / 100 % 100, day: stamp % 100),
               (2000...2100).contains(date.year) {
                return date
            }
            index = end
        }
        return nil
    }
}

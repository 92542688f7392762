/// A piece of text around a document reference that says something about the document: its
/// issuer, its date, its subject, or the part of it that is cited.
///
/// Recognizers fill `viewRange`; `DocumentLinker` then sets `text`, `start` and `end`: the
/// caller's own characters and their code-point offsets in the extracted text (end exclusive).
public struct DocumentAttribute: Sendable, Hashable, JSONObjectDescribing {
    /// The caller's characters at the attribute's offsets.
    public var text: String
    /// The first code point, counted from the start of the extracted text.
    public var start: Int
    /// The code point after the attribute.
    public var end: Int
    /// The normalized value, where the attribute has one (`2021-05-12` for a date).
    public var value: String?
    /// The attribute's range in the normalized view.
    var viewRange: Range<Int>

    init(viewRange: Range<Int>, value: String? = nil) {
        self.viewRange = viewRange
        self.value = value
        text = ""
        start = 0
        end = 0
    }

    mutating func shift(by codePoints: Int) {
        start += codePoints
        end += codePoints
    }

    /// `text`, `start`, `end` and `value` when there is one.
    public var json: JSONValue { jsonObject }

    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("text", text)
        object.add("start", start)
        object.add("end", end)
        object.add("value", value)
    }
}

/// The cited part of a document, from the smallest up: `điểm a khoản 1 Điều 5`.
public struct Citation: Sendable, Hashable, JSONObjectDescribing {
    /// The point letter (`a`).
    public var point: String?
    /// The clause number (`1`).
    public var clause: String?
    /// The article number (`5`).
    public var article: String?
    /// The words of the chain in the text, with their offsets.
    public var span: DocumentAttribute

    /// `point`, `clause`, `article`, and the chain's `text`, `start`, `end`.
    public var json: JSONValue { jsonObject }

    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("point", point)
        object.add("clause", clause)
        object.add("article", article)
        object.add("text", span.text)
        object.add("start", span.start)
        object.add("end", span.end)
    }
}

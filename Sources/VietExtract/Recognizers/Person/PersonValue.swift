/// A person mention, as the value of a `PER` entity: the name as written, the titles and roles the
/// text gives around it, and (after linking) the id and full name shared by every mention of one person.
public struct PersonValue: Sendable, Hashable, JSONObjectDescribing {
    /// How the name is written.
    public enum Form: String, Sendable, Hashable {
        /// A Vietnamese full name: surname, middle names, given name (`Tô Huy Rứa`).
        case full
        /// A given name or surname alone (`ông Rứa` → `Rứa`).
        case short
        /// Initials (`N.V.A.`, `anh H.`).
        case initials
        /// A foreign name, in the original (`Donald Trump`) or a Vietnamese rendering (`Vla-đi-mia Pu-tin`).
        case foreign
        /// An epithet for Hồ Chí Minh, capitalized as such (`Bác`, `Bác Hồ`, `Người`).
        case epithet
    }

    /// The name as written (normalized view text of the span).
    public var name: String
    public var form: Form
    /// The titles, honorifics and roles written around this mention, in text order.
    public var titles: [PersonTitle]
    /// The person's id, shared by every mention of one person in a text (set by `PersonLinker`).
    public var personID: String?
    /// The person's fullest name in the text (set by `PersonLinker`).
    public var canonical: String?
    /// The roles of the person over all its mentions, in order of first appearance (set by `PersonLinker`).
    public var roles: [String]

    public init(name: String, form: Form, titles: [PersonTitle] = [], personID: String? = nil,
                canonical: String? = nil, roles: [String] = []) {
        self.name = name
        self.form = form
        self.titles = titles
        self.personID = personID
        self.canonical = canonical
        self.roles = roles
    }

    /// The value with its titles' offsets moved by `codePoints` (when the text was part of a larger input).
    public func shifted(by codePoints: Int) -> PersonValue {
        var value = self
        for index in value.titles.indices {
            value.titles[index].start = value.titles[index].start.map { $0 + codePoints }
            value.titles[index].end = value.titles[index].end.map { $0 + codePoints }
        }
        return value
    }

    /// The value as JSON: `id`, `canonical`, `name`, `form`, `titles` (each `text`, `kind`, `start`, `end`), `roles`.
    public var json: JSONValue { jsonObject }

    @inline(__always)
    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("id", personID)
        object.add("canonical", canonical)
        object.add("name", name)
        object.add("form", literal: form.jsonName)
        object.add("titles", objects: titles)
        object.add("roles", strings: roles)
    }
}

/// A title, honorific or role written before or after a person's name, with its own offsets.
public struct PersonTitle: Sendable, Hashable, JSONObjectDescribing {
    /// What the title says about the person.
    public enum Kind: String, Sendable, Hashable {
        /// A form of address: `ông`, `bà`, `anh`, `đồng chí`.
        case honorific
        /// An office, rank, degree or occupation, with the body it belongs to: `Trưởng ban Tổ chức Trung ương`.
        case role
    }

    /// The title as written (normalized view text).
    public var text: String
    public var kind: Kind
    /// The title's span in the normalized view.
    public var viewRange: Range<Int>
    /// The title's first code point in the caller's text (set by `PersonLinker`).
    public var start: Int?
    /// The code point after the title (set by `PersonLinker`).
    public var end: Int?

    public init(text: String, kind: Kind, viewRange: Range<Int>, start: Int? = nil, end: Int? = nil) {
        self.text = text
        self.kind = kind
        self.viewRange = viewRange
        self.start = start
        self.end = end
    }

    /// `text`, `kind`, `start`, `end`.
    @inline(__always)
    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("text", text)
        object.add("kind", literal: kind.jsonName)
        object.add("start", start)
        object.add("end", end)
    }
}

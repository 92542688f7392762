/// A reference to a legal, administrative or Party document, as the value of a `DOC` entity.
///
/// A numbered reference (`Chỉ thị số 39-CT/TW`) carries its symbol's parts and a canonical form;
/// a named one (`Luật Đất đai 2013`) its name; a short one (`Chỉ thị này`) the canonical form of
/// the document it was linked to. Attributes that the text gives around the reference (issuer,
/// date, subject, cited article) are reported with their own offsets, and every mention of one
/// document in a text shares `documentID`.
public struct DocumentReference: Sendable, Hashable, JSONObjectDescribing {
    /// Which numbering system the symbol follows.
    public enum System: String, Sendable, Hashable {
        /// Party documents: `39-CT/TW` (Hướng dẫn 36-HD/VPTW).
        case party
        /// State documents: `15/2020/NĐ-CP`, `1234/QĐ-TTg` (Luật 80/2015/QH13, Nghị định 30/2020/NĐ-CP).
        case state
    }

    /// Whether a State document is a legal normative one (its symbol carries a year) or an administrative one.
    public enum Category: String, Sendable, Hashable {
        case normative
        case administrative
    }

    /// How the mention names its document.
    public enum MentionKind: String, Sendable, Hashable {
        /// By number and symbol: `Nghị định 15/2020/NĐ-CP`, `39-CT/TW`.
        case numbered
        /// By name: `Luật Đất đai 2013`, `Nghị quyết Trung ương 4 (khóa XI)`.
        case named
        /// By type and number only: `Nghị định 67`, `Chỉ thị số 26`.
        case typeNumber = "type-number"
        /// By type word alone, resolved to a document named in full elsewhere: `Chỉ thị này`.
        case short
    }

    /// The official spelling of the number and symbol (`39-CT/TW`), whatever the text wrote; for a
    /// named reference its normalized name (`Luật Đất đai 2013`); nil for a short mention not linked.
    public var canonical: String?
    /// The document type (`Chỉ thị`), from the type word or else from the type code.
    public var documentType: String?
    /// The number as written (`39`, `05`).
    public var number: String?
    /// The year inside the symbol, when it has one, or the year a named reference gives.
    public var year: Int?
    /// The type code of the symbol (`CT`, `NĐ`), when it has one.
    public var typeCode: String?
    /// The issuer codes of the symbol (`TW`; `BTC`, `BNV`), in order.
    public var issuerCodes: [String]
    /// The name of the issuer: as the text gives it (`Bộ Chính trị`), else from the first code.
    public var issuerName: String?
    public var system: System?
    public var category: Category?
    /// The name of a named reference (`Luật Đất đai`, `Nghị quyết Trung ương 4`).
    public var name: String?
    /// How this mention names the document.
    public var mention: MentionKind
    /// The id shared by every mention of one document in a text (`doc1`), set by `DocumentLinker`.
    public var documentID: String?
    /// The date of the document as ISO 8601 (`2021-05-12`, or a year `2014`), from the text.
    public var date: String?
    /// The subject, as the text of the document's first mention that gives one.
    public var subject: String?
    /// The issuer as this mention's text gives it (`Bộ Chính trị` after `của`).
    public var issuerAttribute: DocumentAttribute?
    /// The date as this mention's text gives it (`ngày 12/5/2021`).
    public var dateAttribute: DocumentAttribute?
    /// The subject as this mention's text gives it (the words after `về`, to the end of the clause).
    public var subjectAttribute: DocumentAttribute?
    /// The part of the document cited: `điểm a khoản 1 Điều 5` before the reference.
    public var citation: Citation?

    public init(canonical: String? = nil, documentType: String? = nil, number: String? = nil, year: Int? = nil,
                typeCode: String? = nil, issuerCodes: [String] = [], issuerName: String? = nil,
                system: System? = nil, category: Category? = nil, name: String? = nil,
                mention: MentionKind = .numbered) {
        self.canonical = canonical
        self.documentType = documentType
        self.number = number
        self.year = year
        self.typeCode = typeCode
        self.issuerCodes = issuerCodes
        self.issuerName = issuerName
        self.system = system
        self.category = category
        self.name = name
        self.mention = mention
    }

    /// The same reference with every attribute's offsets moved by `codePoints` (into the coordinates of an input file).
    public func shifted(by codePoints: Int) -> DocumentReference {
        var copy = self
        for keyPath in [\DocumentReference.issuerAttribute, \.dateAttribute, \.subjectAttribute] {
            copy[keyPath: keyPath]?.shift(by: codePoints)
        }
        copy.citation?.span.shift(by: codePoints)
        return copy
    }

    /// The value as JSON: `canonical`, `id`, `mention`, `type`, `name`, `number`, `year`, `type_code`,
    /// `issuer_codes`, `issuer`, `system`, `category`, `date`, `subject`, then the attributes with
    /// their offsets (`issuer_text`, `date_text`, `subject_text`, `citation`).
    public var json: JSONValue { jsonObject }

    func describe(into object: inout some JSONMemberSink & ~Copyable) {
        object.add("canonical", canonical)
        object.add("id", documentID)
        object.add("mention", mention.rawValue)
        object.add("type", documentType)
        object.add("name", name)
        object.add("number", number)
        object.add("year", year)
        object.add("type_code", typeCode)
        object.add("issuer_codes", strings: issuerCodes)
        object.add("issuer", issuerName)
        object.add("system", system?.rawValue)
        object.add("category", category?.rawValue)
        object.add("date", date)
        object.add("subject", subject)
        if let issuerAttribute { object.add("issuer_text", object: issuerAttribute) }
        if let dateAttribute { object.add("date_text", object: dateAttribute) }
        if let subjectAttribute { object.add("subject_text", object: subjectAttribute) }
        if let citation { object.add("citation", object: citation) }
    }
}

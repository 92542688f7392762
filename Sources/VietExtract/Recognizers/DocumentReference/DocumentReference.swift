/// A reference to a legal, administrative or Party document, as the value of a `DOC` entity.
public struct DocumentReference: Sendable, Hashable {
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

    /// The official spelling of the number and symbol (`39-CT/TW`), whatever the text wrote.
    public var canonical: String?
    /// The document type (`Chỉ thị`), from the type word or else from the type code.
    public var documentType: String?
    /// The number as written (`39`, `05`).
    public var number: String?
    /// The year inside the symbol, when it has one.
    public var year: Int?
    /// The type code of the symbol (`CT`, `NĐ`), when it has one.
    public var typeCode: String?
    /// The issuer codes of the symbol (`TW`; `BTC`, `BNV`), in order.
    public var issuerCodes: [String]
    /// The name of the first issuer, when the code or the text gives it.
    public var issuerName: String?
    public var system: System?
    public var category: Category?

    public init(canonical: String? = nil, documentType: String? = nil, number: String? = nil, year: Int? = nil,
                typeCode: String? = nil, issuerCodes: [String] = [], issuerName: String? = nil,
                system: System? = nil, category: Category? = nil) {
        self.canonical = canonical
        self.documentType = documentType
        self.number = number
        self.year = year
        self.typeCode = typeCode
        self.issuerCodes = issuerCodes
        self.issuerName = issuerName
        self.system = system
        self.category = category
    }

    /// The value as JSON: `canonical`, `type`, `number`, `year`, `type_code`, `issuer_codes`, `issuer`, `system`, `category`.
    public var json: JSONValue {
        var object = JSONObjectBuilder()
        object.add("canonical", canonical)
        object.add("type", documentType)
        object.add("number", number)
        object.add("year", year)
        object.add("type_code", typeCode)
        if !issuerCodes.isEmpty { object.add("issuer_codes", .array(issuerCodes.map(JSONValue.string))) }
        object.add("issuer", issuerName)
        object.add("system", system?.rawValue)
        object.add("category", category?.rawValue)
        return object.value
    }
}

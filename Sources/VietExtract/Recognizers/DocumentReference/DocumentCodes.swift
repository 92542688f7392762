/// The document type and issuer codes of `Resources/documents/`, looked up as texts write them.
///
/// Lookups ignore case (`Ttg` is `TTg`), read `TƯ` as `TW`, and accept the ASCII spellings that
/// slugs and careless typing use (`ND` for `NĐ`), as each table row lists them.
struct DocumentCodes: Sendable {
    /// A document type: its name, its code if it has one, and the systems that use it.
    struct DocumentType: Sendable {
        let name: String
        let code: String?
        let system: String
    }

    /// An issuer code and whom it names.
    struct Issuer: Sendable {
        let code: String
        let name: String
        /// `party` or `state`.
        var system: String = "state"
    }

    private var typesByKey: [String: [DocumentType]] = [:]
    private var issuersByKey: [String: Issuer] = [:]
    /// Every document type name (`Chỉ thị`, `Luật`), for matching type words before a number.
    private(set) var typeNames: [String] = []
    /// The type names that stand before a bare number or alone as a short mention (`Chỉ thị 39`, `Chỉ thị này`).
    private(set) var shortFormTypeNames: [String] = []
    /// Types that one issuer alone issues (`Nghị định` by `CP`): the type code and issuer code.
    private var soleIssuers: [String: (type: String, issuer: String)] = [:]

    init(types: TSVTable, issuers: TSVTable) {
        for row in types.rows {
            let type = DocumentType(name: row["name"], code: row.optional("code"), system: row["system"])
            if !typeNames.contains(type.name) { typeNames.append(type.name) }
            if row["short"] == "yes", !shortFormTypeNames.contains(type.name) { shortFormTypeNames.append(type.name) }
            if let issuer = row.optional("sole_issuer"), let code = type.code { soleIssuers[type.name] = (code, issuer) }
            guard let code = type.code else { continue }
            for spelling in [code] + Self.variants(row) {
                typesByKey[Self.key(spelling), default: []].append(type)
            }
        }
        for row in issuers.rows {
            let issuer = Issuer(code: row["code"], name: row["name"], system: row["system"])
            for spelling in [issuer.code] + Self.variants(row) {
                issuersByKey[Self.key(spelling)] = issuer
            }
        }
    }

    /// Loads the built-in tables.
    static func builtIn() throws(ResourceError) -> DocumentCodes {
        DocumentCodes(
            types: try .resource("documents/types.tsv", required: ["name", "system"]),
            issuers: try .resource("documents/issuers.tsv", required: ["code", "name"]))
    }

    private static func variants(_ row: TSVTable.Row) -> [String] {
        row["code_variants"].split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }
    }

    private static func key(_ code: String) -> String { code.uppercased() }

    /// The type with this code in this system (`party` or `state`), or in any system.
    func type(code: String, system: DocumentReference.System) -> DocumentType? {
        guard let candidates = typesByKey[Self.key(code)] else { return nil }
        return candidates.first { $0.system == system.rawValue }
            ?? candidates.first { $0.system == "both" }
            ?? candidates.first
    }

    /// The canonical form of `N/YYYY` after a type word that one issuer alone issues
    /// (`Nghị định 24/2012` → `24/2012/NĐ-CP`), or nil.
    func canonical(type: String, number: String, year: Int) -> String? {
        soleIssuers[type].map { "\(number)/\(year)/\($0.type)-\($0.issuer)" }
    }

    /// The issuer with this code; the Quốc hội codes with a term (`QH14`, `UBTVQH15`) are built.
    func issuer(code: String) -> Issuer? {
        let key = Self.key(code)
        if let issuer = issuersByKey[key] { return issuer }
        for (prefix, name) in [("UBTVQH", "Ủy ban Thường vụ Quốc hội"), ("QH", "Quốc hội")] where key.hasPrefix(prefix) {
            let term = key.dropFirst(prefix.count)
            if let number = Int(term), (1...30).contains(number) {
                return Issuer(code: prefix + term, name: "\(name) khóa \(RomanNumeral.string(number))")
            }
        }
        return nil
    }
}

/// Roman numerals for the terms of the Quốc hội and Party congresses.
enum RomanNumeral {
    private static let table: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    static func string(_ number: Int) -> String {
        var rest = number
        var result = ""
        for (value, symbol) in table {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }

    /// The value of an upper-case Roman numeral, or nil.
    static func value(_ text: String) -> Int? {
        var rest = Substring(text)
        var total = 0
        for (value, symbol) in table {
            while rest.hasPrefix(symbol) {
                total += value
                rest = rest.dropFirst(symbol.count)
            }
        }
        return rest.isEmpty && total > 0 ? total : nil
    }
}

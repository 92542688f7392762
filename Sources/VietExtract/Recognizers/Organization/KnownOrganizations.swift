import Foundation

/// The organizations known by name (`Resources/organizations/bodies_vn.tsv`, `companies.tsv`,
/// `international.tsv`), compiled into one gazetteer over their names and abbreviations.
struct KnownOrganizations: Sendable {
    /// Where a known name may stand and what it needs around it.
    enum Scope: String, Sendable {
        /// One body (`Bộ Tài chính`, `EVN`): it gets a canonical id.
        case national
        /// A kind of local body that may stand alone or take a place (`UBND`, `UBND tỉnh Bình Định`).
        case local
        /// A kind of local body that names an organization only with its place (`Công an quận Hoàn Kiếm`).
        case placed
    }

    /// One known organization.
    struct Body: Sendable {
        let id: String
        let name: String
        let kind: String
        let scope: Scope
        let validFrom: String?
        let validUntil: String?
        let became: String?
    }

    /// The tables and the id prefix of their bodies.
    static let tables = [("organizations/bodies_vn.tsv", "vn"), ("organizations/companies.tsv", "org"),
                         ("organizations/international.tsv", "intl")]

    let bodies: [Body]
    let matcher: GazetteerMatcher
    private let idsByName: [String: String]

    /// Loads the built-in tables.
    static func builtIn() throws(ResourceError) -> KnownOrganizations {
        var bodies: [Body] = []
        var names: [GazetteerEntry] = []
        for (path, prefix) in tables {
            let table = try TSVTable.resource(path, required: ["name", "kind", "scope"])
            for row in table.rows {
                guard let scope = Scope(rawValue: row["scope"]) else {
                    throw .malformedLine(path: table.path, line: row.line, reason: "unknown scope '\(row["scope"])'")
                }
                let index = String(bodies.count)
                bodies.append(Body(id: "\(prefix).\(slug(row["name"]))", name: row["name"], kind: row["kind"], scope: scope,
                                   validFrom: row.optional("valid_from"), validUntil: row.optional("valid_until"),
                                   became: row.optional("became")))
                let aliases = row["aliases"].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                for name in [row["name"]] + aliases where !name.isEmpty {
                    names.append(GazetteerEntry(name: name, label: .organization, id: index))
                }
            }
        }
        return KnownOrganizations(bodies: bodies, names: names)
    }

    init(bodies: [Body], names: [GazetteerEntry]) {
        self.bodies = bodies
        matcher = GazetteerMatcher([Gazetteer(name: "organizations", entries: names, casePolicy: .asWritten)])
        idsByName = Dictionary(bodies.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    /// The body a matched entry names.
    func body(of entry: GazetteerEntry) -> Body? {
        Int(entry.id).map { bodies[$0] }
    }

    /// The canonical id of the body with this canonical name, if it is known.
    func id(ofName name: String) -> String? { idsByName[name] }

    /// An ASCII id part from a name: `Bộ Tài chính` → `bo-tai-chinh`.
    static func slug(_ name: String) -> String {
        let folded = name.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        return slug.hasSuffix("-") ? String(slug.dropLast()) : slug
    }
}

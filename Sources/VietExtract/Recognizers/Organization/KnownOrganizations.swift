/// The organizations known by name (`Resources/organizations/bodies_vn.tsv`, `companies.tsv`,
/// `international.tsv`), compiled into one gazetteer over their names and abbreviations.
///
/// A class, immutable, for the reason `OrganizationLexicon` is one.
final class KnownOrganizations: Sendable {
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
        /// Whether it is a company, bank or club named by its brand: a head word before it is not part of it.
        let isBrand: Bool
    }

    /// Kinds of known bodies named by their brand (`Body.isBrand`).
    private static let brandKinds: Set<String> = ["company", "state_company", "bank", "sports_club"]

    /// The tables; each row's `id` is the body's stable id (`vn.`, `org.` or `intl.` and a slug of
    /// its name when it was added), kept in the data so that start-up computes none.
    static let paths = ["organizations/bodies_vn.tsv", "organizations/companies.tsv", "organizations/international.tsv"]

    let bodies: [Body]
    let matcher: GazetteerMatcher
    /// For each entry of `matcher`, the units a text must have (less spaces and dashes) when its
    /// name has capitals inside a syllable (`VietinBank`): such a name matches only as written.
    private let exactForms: [[UInt16]?]
    /// For each body, the id of the body it became, when that one is known: looked up by name once
    /// when the tables load, not at each mention.
    private let becameIds: [String?]

    /// The bodies of the built-in tables and their names before the names are compiled.
    struct Tables {
        let bodies: [Body]
        /// The names and abbreviations, each numbered by its body's index in `bodies`.
        let list: GazetteerMatcher.List
        /// For each entry of `list`, its exact form (see `KnownOrganizations.exactForms`).
        let exactForms: [[UInt16]?]

        /// Loads the built-in tables.
        init() throws(ResourceError) {
            var bodies: [Body] = []
            var names: [String] = []
            var numbers: [Int32] = []
            var exactForms: [[UInt16]?] = []
            for path in paths {
                let table = try TSVTable.resource(path, required: ["id", "name", "kind", "scope"])
                // Each column is found once, not hashed by its name at every row, and each field read once.
                let idColumn = table.column("id"), nameColumn = table.column("name"), kindColumn = table.column("kind")
                let scopeColumn = table.column("scope"), aliasColumn = table.column("aliases"), becameColumn = table.column("became")
                let validFrom = table.column("valid_from"), validUntil = table.column("valid_until")
                for row in table.rows {
                    let scopeName = row[field: scopeColumn]
                    guard let scope = Scope(rawValue: scopeName) else {
                        throw .malformedLine(path: table.path, line: row.line, reason: "unknown scope '\(scopeName)'")
                    }
                    let index = Int32(bodies.count)
                    let name = row[field: nameColumn], kind = row[field: kindColumn]
                    bodies.append(Body(id: row[field: idColumn], name: name, kind: kind, scope: scope,
                                       validFrom: row.optional(field: validFrom), validUntil: row.optional(field: validUntil),
                                       became: row.optional(field: becameColumn), isBrand: brandKinds.contains(kind)))
                    let aliases = row[field: aliasColumn].split(separator: ";").map { $0.trimmingWhitespace() }
                    for name in [name] + aliases where !name.isEmpty {
                        let exact = hasInnerCapital(name)
                        names.append(exact ? name : matchingForm(name))
                        numbers.append(index)
                        exactForms.append(exact ? Array(compact(NormalizedText(original: Array(name.utf16)).units[...])) : nil)
                        if let short = shortCountryForm(name) {
                            names.append(short)
                            numbers.append(index)
                            exactForms.append(nil)
                        }
                    }
                }
            }
            precondition(bodies.count <= Int(Int16.max), "a known start keeps its body's index in 16 bits")
            self.bodies = bodies
            list = GazetteerMatcher.List(name: "organizations", names: names, numbers: numbers, casePolicy: .asWritten)
            self.exactForms = exactForms
        }
    }

    /// The bodies of `tables`, whose list `matcher` compiles (with other lists' syllables, maybe).
    init(_ tables: Tables, matcher: GazetteerMatcher) {
        bodies = tables.bodies
        exactForms = tables.exactForms
        self.matcher = matcher
        let idsByName = Dictionary(tables.bodies.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        becameIds = tables.bodies.map { $0.became.flatMap { idsByName[$0] } }
    }

    /// The index in `bodies` of the body a match names: its first entry whose capitals the text keeps. An abbreviation or a
    /// name with capitals inside a syllable (`NAM`, `VietinBank`) must be written exactly so, which
    /// keeps `miền Nam` from being the Non-Aligned Movement.
    func body(of match: GazetteerMatcher.Match, in text: AnalyzedText) -> Int? {
        for position in matcher.entries(of: match) {
            if let exact = exactForms[position], !Self.compact(text.units(match.viewRange)).elementsEqual(exact) { continue }
            if let index = matcher.number(ofEntry: position) { return index }
        }
        return nil
    }

    /// The form a long name is matched in: news writes the words after the first in either case
    /// (`Tổ chức Y tế thế giới`, `Bộ Giao thông Vận tải`), so from three words on only the first
    /// keeps its capital. Shorter names keep theirs (`Tuổi Trẻ` is not `Tuổi trẻ`).
    private static func matchingForm(_ name: String) -> String {
        // Cut at the space bytes, not by grapheme: no space of the tables carries a combining mark.
        // Words are counted first, so that shorter names are not cut at all; a name whose words are
        // one space apart (all of the tables') has its tail lowered at once, which lowers scalar by
        // scalar just as word by word does.
        var words = 0, singleSpaced = true, previous: UInt8 = 0x20
        for byte in name.utf8 {
            if byte != 0x20, previous == 0x20 { words += 1 }
            if byte == 0x20, previous == 0x20 { singleSpaced = false }
            previous = byte
        }
        guard words >= 3 else { return name }
        if singleSpaced, previous != 0x20, let space = name.utf8.firstIndex(of: 0x20) {
            return String(name[..<space]) + lowercased(name[space...])
        }
        let cut = name.utf8.split(separator: 0x20).map { Substring($0) }
        return ([String(cut[0])] + cut.dropFirst().map { $0.lowercased() }).joined(separator: " ")
    }

    /// `text.lowercased()`, read unit by unit through `UTF16Letters` when `text` is Latin (where the
    /// simple lower-case mapping is the full one, but for `İ`): the general path costs ten times more.
    private static func lowercased(_ text: Substring) -> String {
        let units = Array(text.utf16)
        guard units.allSatisfy({ ($0 < 0x250 && $0 != 0x130) || $0 &- 0x1E00 < 0x100 }) else { return text.lowercased() }
        return UTF16Transcoder.string(of: units.map(UTF16Letters.lowercase)[...])
    }

    /// The name with `Việt Nam` at its end written `VN`, as the press often does (`Hội Nhà văn VN`),
    /// for names of three or more words; `VN` must then be written in capitals.
    private static func shortCountryForm(_ name: String) -> String? {
        guard name.hasSuffix(" Việt Nam"), !hasInnerCapital(name) else { return nil }
        let stem = String(name.dropLast(" Việt Nam".count))
        guard stem.split(separator: " ").count >= 2 else { return nil }
        return matchingForm(stem + " Việt Nam").dropLast(" việt nam".count) + " VN"
    }

    /// Whether some syllable of `name` has a capital after its first letter.
    private static func hasInnerCapital(_ name: String) -> Bool {
        let units = Array(name.utf16)
        return units.indices.contains { index in
            index > 0 && units[index - 1] != 0x20 && units[index - 1] != 0x2D && UTF16Letters.isUpper(units[index])
        }
    }

    /// The units without spaces and dashes.
    private static func compact(_ units: ArraySlice<UInt16>) -> LazyFilterSequence<ArraySlice<UInt16>> {
        units.lazy.filter { $0 != 0x20 && !UTF16Letters.isDash($0) }
    }

    /// The canonical id of the body that body `index` became, if it is known.
    func becameId(ofBody index: Int) -> String? { becameIds[index] }

    /// An ASCII id part from a name: `Bộ Tài chính` → `bo-tai-chinh`: its letters and digits without
    /// marks and lower-cased, every run of other characters one dash, none at either end.
    static func slug(_ name: String) -> String {
        latinSlug(name.utf16) ?? foldedSlug(name)
    }

    /// The slug of the name at `range` of `text`'s view, read from its units: the name is made a
    /// string only when it needs folding.
    static func slug(inView range: Range<Int>, of text: AnalyzedText) -> String {
        latinSlug(text.units(range)) ?? foldedSlug(text.string(inView: range))
    }

    /// The slug of a name (its UTF-16 units) written in ASCII and Latin letters with a table base,
    /// read unit by unit; nil when some other character needs folding.
    private static func latinSlug(_ units: some Collection<UInt16>) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(units.count)
        var dashPending = false
        for unit in units {
            var letter = UTF16Letters.isDigit(unit) ? UInt8(unit) : BaseLetters.base(unit)
            if letter == BaseLetters.dStroke { letter = UInt8(ascii: "d") }
            if letter == 0 {
                guard unit < 0x80 else { return nil }
                dashPending = !slug.isEmpty
                continue
            }
            if dashPending { slug.append(UInt8(ascii: "-")) }
            dashPending = false
            slug.append(letter)
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// The slug of any other name, folded as Foundation's diacritic- and case-insensitive folding
    /// did: decomposed, without its combining marks, then case-folded (`ß` → `ss`).
    private static func foldedSlug(_ name: String) -> String {
        var bare = ""
        for scalar in UnicodeNormalization.decomposed(name).unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            bare.unicodeScalars.append(scalar == "Đ" ? "D" : scalar == "đ" ? "d" : scalar)
        }
        let folded = UnicodeNormalization.caseFolded(bare)
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

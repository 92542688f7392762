/// One organization the recognizer found, by tokens, and the rule that found it.
///
/// A plain value (no strings): the loop weighs several readings at most capitalized tokens and
/// throws most away, so the organization's value, ten strings, is built only once it is kept
/// (`value(known:lexicon:text:)`).
struct FoundOrganization {
    /// The rule that found an organization, with what its value is read from.
    enum Rule {
        /// A known body, by its index in the known bodies; `ownsId`: whether it keeps the body's id
        /// (a national body named with no place but its own country).
        case known(body: Int, ownsId: Bool)
        /// A club's one-word short name opening another club's name (`Real Betis`).
        case club
        /// A military head word before a unit's number.
        case military
        /// A head word, by its hit in the lexicon.
        case head(OrganizationLexicon.Hit)
        case team, suffix, policeCode
        /// An acronym introduced in brackets, or one of its later mentions.
        case acronym
    }

    var tokens: Range<Int>
    var rule: Rule
    /// The place that completes a known body or a name opened by a head word (token range).
    var place: Range<Int>?
    /// For a name opened by a head word, its proper name (`Hoa Mai`), which may recur alone.
    var properName: Range<Int>?
    /// Whether a unit joined to it (`Vụ Báo chí` + `Ban Tuyên giáo Trung ương`) took away its id.
    var dropsId = false
    /// Whether it is a name whose proper name recurs alone: it gets a local id from its words.
    var hasLocalId = false
    /// For a later mention of a proper name alone, the full name it stands for (token range).
    var shortOf: Range<Int>?

    init(tokens: Range<Int>, rule: Rule, place: Range<Int>? = nil, properName: Range<Int>? = nil) {
        self.tokens = tokens
        self.rule = rule
        self.place = place
        self.properName = properName
    }

    /// The name of the rule in the candidate's `source`.
    var source: String {
        if shortOf != nil { return "org.short" }
        switch rule {
        case .known: return "org.known"
        case .club: return "org.club"
        case .military, .head: return "org.head"
        case .team: return "org.team"
        case .suffix: return "org.suffix"
        case .policeCode: return "org.police-code"
        case .acronym: return "org.acronym"
        }
    }

    /// The candidate's priority: a known body over the open classes, and those over short forms.
    var priority: Int {
        if shortOf != nil { return 5 }
        switch rule {
        case .known: return 20
        case .acronym: return 5
        default: return 10
        }
    }

    /// The kind of organization its value tells (`ministry`, `company`).
    func kind(known: KnownOrganizations, lexicon: OrganizationLexicon) -> String {
        switch rule {
        case .known(let body, _): return known.bodies[body].kind
        case .club: return "sports_club"
        case .military: return "military"
        case .head(let hit): return lexicon.kind(of: hit)
        case .team: return "sports_team"
        case .suffix: return "company"
        case .policeCode: return "police"
        case .acronym: return "acronym"
        }
    }

    /// Its value: the known body's fields as the tables have them, or the kind its rule tells.
    /// Each field is read once and the value built once: a value set field by field is copied
    /// and destroyed whole at each step. With nothing but its rule, it is one of `plain`'s.
    func value(known: KnownOrganizations, lexicon: OrganizationLexicon, text: AnalyzedText,
               plain: PlainValues?) -> OrganizationValue {
        if place == nil, shortOf == nil, !hasLocalId, !dropsId, let value = plain?.value(of: rule, lexicon: lexicon) {
            return value
        }
        let placeText = place.map { text.string(inTokens: $0) }
        let fullText = shortOf.map { text.string(inTokens: $0) }
        let basis = fullText != nil ? "short" : basis
        var id: String?
        if case .known(let body, true) = rule, !dropsId { id = known.bodies[body].id }
        // A name whose proper name recurs alone, and those mentions, get an id from the full name's words.
        if id == nil, let localRange = shortOf ?? (hasLocalId ? tokens : nil) {
            id = "local.\(KnownOrganizations.slug(inView: text.viewRange(ofTokens: localRange), of: text))"
        }
        guard case .known(let body, _) = rule else {
            return OrganizationValue(id: id, name: fullText, kind: kind(known: known, lexicon: lexicon), place: placeText,
                                     basis: basis)
        }
        return OrganizationValue(
            id: id, name: known.bodies[body].name, kind: known.bodies[body].kind, place: placeText,
            validFrom: known.bodies[body].validFrom, validUntil: known.bodies[body].validUntil,
            became: known.bodies[body].became, becameId: known.becameId(ofBody: body), basis: basis)
    }

    /// Which rule found it, in its value (`basis`) unless it is a short form.
    private var basis: String {
        switch rule {
        case .known: return "known"
        case .club, .military, .head: return "head"
        case .team: return "team"
        case .suffix: return "suffix"
        case .policeCode: return "code"
        case .acronym: return "acronym"
        }
    }
}

extension AnalyzedText {
    /// The text of the tokens at `tokens`, as written.
    func string(inTokens tokens: Range<Int>) -> String {
        string(inView: viewRange(ofTokens: tokens))
    }

    /// The range of the view that the tokens at `tokens` cover.
    func viewRange(ofTokens tokens: Range<Int>) -> Range<Int> {
        Int(self.tokens[tokens.lowerBound].start)..<Int(self.tokens[tokens.upperBound - 1].end)
    }
}

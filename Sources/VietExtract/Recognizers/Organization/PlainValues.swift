/// The values most organizations found take, built once when the tables load: a known body named
/// alone (its own id, name and record) and a name found by its rule alone (its kind and basis).
///
/// An organization with no place, no short form and no local id shares one of them: its value costs
/// no box, no retain of each of its strings, and nothing to free with the document.
struct PlainValues: Sendable {
    /// By body: the value of a known body named alone, keeping its id.
    private let bodies: [OrganizationValue]
    /// By head word (`OrganizationLexicon.headNumber(of:)`): the value of a name it opens.
    private let heads: [OrganizationValue]
    /// The values of the rules that read no table: club, military unit, team, suffix, police code, acronym.
    private let club, military, team, suffix, policeCode, acronym: OrganizationValue

    /// The values of `known`'s bodies and `lexicon`'s head words, each as `FoundOrganization.value`
    /// builds it for an organization with nothing but its rule.
    init(known: KnownOrganizations, lexicon: OrganizationLexicon) {
        // No value built here reads the text: none has a place, a short form or a local id.
        let none = AnalyzedText("")
        func value(_ rule: FoundOrganization.Rule) -> OrganizationValue {
            FoundOrganization(tokens: 0..<0, rule: rule).value(known: known, lexicon: lexicon, text: none, plain: nil)
        }
        bodies = known.bodies.indices.map { value(.known(body: $0, ownsId: true)) }
        heads = (0..<lexicon.headCount).map { value(.head(lexicon.hit(ofHead: $0))) }
        club = value(.club)
        military = value(.military)
        team = value(.team)
        suffix = value(.suffix)
        policeCode = value(.policeCode)
        acronym = value(.acronym)
    }

    /// The value of an organization found by `rule` with nothing else to it; nil for a known body
    /// that does not keep its id.
    func value(of rule: FoundOrganization.Rule, lexicon: OrganizationLexicon) -> OrganizationValue? {
        switch rule {
        case .known(let body, let ownsId): return ownsId ? bodies[body] : nil
        case .club: return club
        case .military: return military
        case .head(let hit): return heads[lexicon.headNumber(of: hit)]
        case .team: return team
        case .suffix: return suffix
        case .policeCode: return policeCode
        case .acronym: return acronym
        }
    }
}

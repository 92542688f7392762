/// The organizations named by a pattern rather than by a head word or a known name: sports teams
/// (`SportsTeams`), companies by their suffix (`SuffixedNames`) and police units by their code
/// (`PoliceUnitCodes`).
///
/// They are tried at most capitalized words, few of which have what a pattern needs: a digit, a
/// place, or a mark one to three tokens on (`FC` after a club, a capitalized word that may start a
/// company suffix). Both patterns want their mark right after a run of capitalized words, so the
/// tokens after a word are read only while they are capitalized, and told marks by their first
/// syllable alone: most words are turned away at the next token, before a pattern is read.
struct PatternedNames {
    /// Which pattern named an organization.
    enum Pattern {
        case team, suffix, policeCode
    }

    private let scanner: OrganizationNameScanner
    private let teams: SportsTeams
    private let suffixed: SuffixedNames
    private let policeCodes: PoliceUnitCodes
    /// How far after a name its mark may stand.
    private static let markReach = 3

    init(text: AnalyzedText, scanner: OrganizationNameScanner) {
        self.scanner = scanner
        teams = SportsTeams(scanner: scanner)
        suffixed = SuffixedNames(scanner: scanner)
        policeCodes = PoliceUnitCodes(text: text)
    }

    /// Whether a pattern may name an organization from token `index`: it has a digit, a place starts
    /// there, or a capitalized word follows (a mark stands after a run of them, and is one). Inlined,
    /// so that most words are turned away with no call.
    @inline(__always)
    func mayStart(at index: Int) -> Bool {
        let tokens = scanner.text.tokens
        return tokens[index].flags.contains(.hasDigit) || scanner.placeCandidateEnd(at: index) != nil
            || index + 1 < tokens.count && scanner.isCapitalized(tokens[index + 1])
    }

    /// The organization a pattern names from token `index`, as a token range, and the pattern.
    func organization(at index: Int) -> (tokens: Range<Int>, pattern: Pattern)? {
        let hasDigit = scanner.text.tokens[index].flags.contains(.hasDigit)
        let markDistance = markDistance(after: index)
        // A club named by a place needs its mark right after the place (`Hà Nội FC`).
        let clubAfterPlace = scanner.placeCandidateEnd(at: index).map(teams.isClubMark) ?? false
        if hasDigit || markDistance <= 2 || clubAfterPlace, let tokens = teams.team(at: index) {
            return (tokens, .team)
        }
        if markDistance <= 3, let tokens = suffixed.company(at: index) { return (tokens, .suffix) }
        if hasDigit, let tokens = policeCodes.code(at: index) { return (tokens, .policeCode) }
        return nil
    }

    /// How many tokens after `index` the first mark stands, if within `markReach` with only
    /// capitalized words before it; else more.
    private func markDistance(after index: Int) -> Int {
        var next = index + 1
        while next < scanner.text.tokens.count, next - index <= Self.markReach, scanner.isCapitalized(scanner.text.tokens[next]) {
            if teams.isClubMark(next) || suffixed.mayStartSuffix(at: next) { return next - index }
            next += 1
        }
        return Self.markReach + 1
    }
}

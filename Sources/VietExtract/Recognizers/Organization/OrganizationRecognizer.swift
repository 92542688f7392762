/// Finds organizations: known bodies by name or abbreviation, and the open classes by their head
/// word and the words of their name (see `OrganizationNameScanner`).
///
/// Runs after the place recognizer: a place candidate right after a local body completes it
/// (`UBND tỉnh Bình Định`) and stays inside it as a nested `LOC`. An acronym in brackets right after
/// a name (`… (Becamex IDC)`) and its later mentions become `ORG` too; `OrganizationAcronymLinker`
/// then gives them the value of the full name.
public struct OrganizationRecognizer: Recognizer {
    public let labels: Set<EntityLabel> = [.organization]
    private let known: KnownOrganizations
    private let lexicon: OrganizationLexicon

    /// A recognizer with the built-in tables of `Resources/organizations/`.
    public init() throws(ResourceError) {
        known = try KnownOrganizations.builtIn()
        lexicon = try OrganizationLexicon()
    }

    /// One organization found, by tokens.
    private struct Found {
        let tokens: Range<Int>
        let value: OrganizationValue
        let source: String
        let priority: Int
    }

    public func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
        let scanner = OrganizationNameScanner(text: text, lexicon: lexicon, candidates: candidates)
        let knownSyllables = known.matcher.syllables(of: text)
        var found: [Found] = []
        var index = 0
        while index < text.tokens.count {
            let hit = scanner.hit(at: index)
            if hit?.roles.contains(.blocked) == true {
                index = hit!.end
                continue
            }
            let byName = knownOrganization(at: index, text: text, syllables: knownSyllables, scanner: scanner)
            let byHead = hit.flatMap { headed(at: index, hit: $0, text: text, scanner: scanner) }
            let best = longer(byName, byHead, scanner: scanner)
            if let best {
                found.append(best)
                index = best.tokens.upperBound
            } else {
                index += 1
            }
        }
        found += AcronymFinder(text: text, scanner: scanner).acronyms(after: found.map(\.tokens))
            .map { Found(tokens: $0, value: OrganizationValue(kind: "acronym", basis: "acronym"),
                         source: "org.acronym", priority: 5) }
        for organization in found {
            let range = Int(text.tokens[organization.tokens.lowerBound].start)..<Int(text.tokens[organization.tokens.upperBound - 1].end)
            candidates.append(Candidate(label: .organization, viewRange: range, value: .organization(organization.value),
                                        source: organization.source, priority: organization.priority))
        }
    }

    /// The longer of the two readings at one token; a known body keeps its value when the head
    /// reading only adds a legal form to it (`… Công nghiệp - CTCP`).
    private func longer(_ byName: Found?, _ byHead: Found?, scanner: OrganizationNameScanner) -> Found? {
        guard let byHead else { return byName }
        guard let byName else { return byHead }
        if byName.tokens.count >= byHead.tokens.count { return byName }
        let onlyForms = (byName.tokens.upperBound..<byHead.tokens.upperBound).allSatisfy { index in
            scanner.isDash(at: index) || scanner.hit(at: index)?.roles.contains(.subtype) == true
        }
        return onlyForms ? Found(tokens: byHead.tokens, value: byName.value, source: byName.source, priority: byName.priority)
                         : byHead
    }

    /// A known body named at `index`, with the place that completes it.
    private func knownOrganization(at index: Int, text: AnalyzedText, syllables: [Int32],
                                   scanner: OrganizationNameScanner) -> Found? {
        guard syllables[index] >= 0, let match = known.matcher.longestMatch(at: index, in: text, syllables: syllables),
              let body = match.entries.first.flatMap(known.body(of:)) else { return nil }
        var end = match.tokens.upperBound
        var place: Range<Int>?
        switch body.scope {
        case .national:
            if let placeEnd = scanner.placeCandidateEnd(at: end) { place = end..<placeEnd }
        case .local, .placed:
            place = scanner.place(at: end, bare: true)
            if body.scope == .placed, place == nil { return nil }
        }
        let placeText = place.map { text.string(inView: Int(text.tokens[$0.lowerBound].start)..<Int(text.tokens[$0.upperBound - 1].end)) }
        if let place { end = place.upperBound }
        let ownsId = body.scope == .national && (placeText == nil || KnownOrganizations.slug(placeText!) == "viet-nam")
        let value = OrganizationValue(
            id: ownsId ? body.id : nil, name: body.name, kind: body.kind, place: placeText,
            validFrom: body.validFrom, validUntil: body.validUntil, became: body.became,
            becameId: body.became.flatMap(known.id(ofName:)), basis: "known")
        return Found(tokens: index..<end, value: value, source: "org.known", priority: 20)
    }

    /// An organization opened by a head word at `index`.
    private func headed(at index: Int, hit: OrganizationLexicon.Hit, text: AnalyzedText,
                        scanner: OrganizationNameScanner) -> Found? {
        guard let head = hit.head else { return nil }
        let token = text.tokens[index]
        let lowerCase = !scanner.isCapitalized(token)
        if lowerCase, !head.opensInLowerCase { return nil }
        // A title in capitals (`BỘ Y TẾ CHO BIẾT`) runs on without telling where a name ends.
        if token.flags.contains(.allCapitals), token.length > 1, !head.isAcronym { return nil }
        let name = scanner.name(from: hit.end)
        guard name.words > 0 || name.place != nil, !(lowerCase && name.isOnlyPlace) else { return nil }
        // A place that merely starts with a head word (`Trường Sa` when the place list has it).
        if scanner.placeCandidateEnd(at: index) == name.end { return nil }
        let placeText = name.place.map { text.string(inView: Int(text.tokens[$0.lowerBound].start)..<Int(text.tokens[$0.upperBound - 1].end)) }
        return Found(tokens: index..<name.end, value: OrganizationValue(kind: head.kind, place: placeText, basis: "head"),
                     source: "org.head", priority: 10)
    }
}

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
    private let possibleStarts: PossibleStarts
    private let plainValues: PlainValues

    /// A recognizer with the built-in tables of `Resources/organizations/`.
    public init() throws(ResourceError) {
        var syllables = SyllableTable()
        try self.init(syllables: &syllables)
    }

    /// The recognizer, its tables compiled over `syllables`, a table other recognizers share.
    init(syllables: inout SyllableTable) throws(ResourceError) {
        self.init(try Loaded(), syllables: &syllables)
    }

    /// The built-in tables read, before their names are compiled: loading needs no syllable table,
    /// so it may run on another thread than the compilation.
    struct Loaded {
        let tables: KnownOrganizations.Tables
        let words: OrganizationLexicon.Words
        /// The names of `tables`, then of `words`, cut into keys.
        let groups: [GazetteerMatcher.KeyedGroup]

        init() throws(ResourceError) {
            tables = try KnownOrganizations.Tables()
            words = try OrganizationLexicon.Words()
            groups = [GazetteerMatcher.KeyedGroup([tables.list]), GazetteerMatcher.KeyedGroup([words.list])]
        }
    }

    /// The recognizer of `loaded` tables, compiled over `syllables`, a table other recognizers share.
    init(_ loaded: Loaded, syllables: inout SyllableTable) {
        let tables = loaded.tables, words = loaded.words
        // One syllable table for both lists, so that a text's syllables are read once.
        let matchers = GazetteerMatcher.sharingSyllables(loaded.groups, in: &syllables)
        known = KnownOrganizations(tables, matcher: matchers[0])
        lexicon = OrganizationLexicon(words, matcher: matchers[1])
        possibleStarts = PossibleStarts(lexicon: lexicon, known: known.matcher)
        plainValues = PlainValues(known: known, lexicon: lexicon)
    }

    private typealias Found = FoundOrganization

    public func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
        let syllables = lexicon.syllables(of: text, shared: context.syllables)
        let scanner = OrganizationNameScanner(text: text, lexicon: lexicon, known: known, syllables: syllables,
                                              candidates: candidates)
        let patterns = PatternedNames(text: text, scanner: scanner)
        var found: [Found] = []
        found.reserveCapacity(32)
        // The tokens that may start something, listed first; each read only when no organization
        // found before covers it.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: text.tokens.count) { buffer in
            var index = 0
            for start in possibleStarts.tokens(of: text, syllables: syllables, places: scanner.starts, in: buffer)
            where start >= index {
                index = start
                // Only a head word or a blocked phrase counts here: a word whose first syllable starts
                // neither is not looked up (most capitalized words). Each fact is read once.
                let hit = scanner.mayStart([.head, .blocked], at: index) ? scanner.hit(at: index) : nil
                let knownStart = scanner.knownStart(at: index)
                if knownStart == nil, hit?.roles.isDisjoint(with: [.head, .blocked]) ?? true,
                   !scanner.isCapitalized(text.tokens[index]), !text.tokens[index].flags.contains(.hasDigit),
                   scanner.placeCandidateEnd(at: index) == nil {
                    continue
                }
                let byName = knownStart.flatMap { knownOrganization(at: index, end: $0.end, body: $0.body, text: text, scanner: scanner) }
                if let hit, hit.roles.contains(.blocked), (byName?.tokens.upperBound ?? 0) <= hit.end {
                    index = hit.end
                    continue
                }
                var best = hit.flatMap { headed(at: index, hit: $0, text: text, scanner: scanner) }
                    ?? patterned(at: index, patterns: patterns)
                if let byName { best = best.map { longer(byName, $0, scanner: scanner) } ?? byName }
                if let best {
                    found.append(best)
                    index = best.tokens.upperBound
                }
            }
        }
        joinUnits(&found, text: text)
        let shortForms = ShortFormFinder(scanner: scanner)
        var taken = found.map(\.tokens)
        for index in found.indices {
            guard let proper = found[index].properName else { continue }
            let mentions = shortForms.mentions(of: proper, from: found[index].tokens.upperBound, taken: &taken)
            guard !mentions.isEmpty else { continue }
            found[index].hasLocalId = true
            var short = found[index]
            short.hasLocalId = false
            short.properName = nil
            short.shortOf = found[index].tokens
            for mention in mentions {
                short.tokens = mention
                found.append(short)
            }
        }
        for acronym in shortForms.acronyms(after: taken.sorted { $0.lowerBound < $1.lowerBound }) {
            found.append(Found(tokens: acronym, rule: .acronym))
        }
        candidates.reserveCapacity(candidates.count + found.count)
        for organization in found {
            let range = Int(text.tokens[organization.tokens.lowerBound].start)..<Int(text.tokens[organization.tokens.upperBound - 1].end)
            candidates.append(Candidate(label: .organization, viewRange: range,
                                        value: .organization(organization.value(known: known, lexicon: lexicon, text: text, plain: plainValues)),
                                        source: organization.source, priority: organization.priority))
        }
    }

    /// Joins a unit to the body it belongs to when nothing stands between them (`Vụ Báo chí` +
    /// `Ban Tuyên giáo Trung ương`, `Đảng ủy` + `Bộ GTVT`): one organization, valued as the unit.
    /// In place: the organizations kept are moved down over those joined.
    private func joinUnits(_ found: inout [Found], text: AnalyzedText) {
        var kept = 0
        for position in found.indices {
            let organization = found[position]
            if kept > 0, found[kept - 1].tokens.upperBound == organization.tokens.lowerBound,
               text.tokens[organization.tokens.lowerBound].flags.contains(.spaceBefore),
               text.tokens[organization.tokens.lowerBound].flags.isDisjoint(with: [.sentenceStart, .lineBefore]),
               found[kept - 1].kind(known: known, lexicon: lexicon) != "party_local" {
                found[kept - 1].tokens = found[kept - 1].tokens.lowerBound..<organization.tokens.upperBound
                found[kept - 1].properName = nil
                found[kept - 1].dropsId = true
            } else {
                found[kept] = organization
                kept += 1
            }
        }
        found.removeLast(found.count - kept)
    }

    /// An organization named by a pattern at `index`: a sports team, a company by its suffix, or a
    /// police unit by its code. Inlined, so that the words no pattern may start cost no call.
    @inline(__always)
    private func patterned(at index: Int, patterns: PatternedNames) -> Found? {
        guard patterns.mayStart(at: index), let (tokens, pattern) = patterns.organization(at: index) else { return nil }
        switch pattern {
        case .team: return Found(tokens: tokens, rule: .team)
        case .suffix: return Found(tokens: tokens, rule: .suffix)
        case .policeCode: return Found(tokens: tokens, rule: .policeCode)
        }
    }

    /// The better of the two readings at one token: the longer (`Bộ Quốc phòng Nga`, `Ủy ban Dân tộc
    /// giải phóng`), except that a known body keeps its value over a span that only adds a legal form
    /// (`… Công nghiệp - CTCP`).
    private func longer(_ byName: Found, _ byHead: Found, scanner: OrganizationNameScanner) -> Found {
        if byName.tokens.count >= byHead.tokens.count { return byName }
        let extra = byName.tokens.upperBound..<byHead.tokens.upperBound
        let onlyForms = extra.allSatisfy { scanner.isDash(at: $0) || scanner.hit(at: $0)?.roles.contains(.subtype) == true }
        if onlyForms {
            var widened = byName
            widened.tokens = byHead.tokens
            return widened
        }
        return byHead
    }

    /// A known body (index `body` in the known bodies) named at tokens `index..<end`, with the place
    /// that completes it. The body's fields are read in place: a copy of the whole body is a retain
    /// and a release of each of its strings.
    private func knownOrganization(at index: Int, end nameEnd: Int, body: Int, text: AnalyzedText,
                                   scanner: OrganizationNameScanner) -> Found? {
        let scope = known.bodies[body].scope
        if known.bodies[body].kind == "sports_club", nameEnd - index == 1,
           let end = otherClubEnd(after: nameEnd, text: text, scanner: scanner) {
            // A club's one-word short name opening a longer one is another club (`Real Betis`, not `Real`).
            return Found(tokens: index..<end, rule: .club)
        }
        var end = nameEnd
        var place: Range<Int>?
        switch scope {
        case .national:
            if let placeEnd = scanner.placeCandidateEnd(at: end) {
                place = end..<placeEnd
            } else if known.bodies[body].isBrand, let hit = scanner.hit(at: end), hit.roles.contains(.country),
                      !scanner.startsNewText(end) {
                // The place reader leaves a country after a capitalized word; after a brand it names the branch.
                place = end..<hit.end
            }
        case .local, .placed:
            place = scanner.place(at: end, bare: true) ?? (scope == .local ? scanner.bareTypeWord(at: end) : nil)
            if scope == .placed, place == nil { return nil }
        }
        if let place { end = place.upperBound }
        let ownsId = scope == .national && (place == nil || KnownOrganizations.slug(inView: text.viewRange(ofTokens: place!), of: text) == "viet-nam")
        return Found(tokens: index..<end, rule: .known(body: body, ownsId: ownsId), place: place)
    }

    /// The end of the capitalized words that follow a club's one-word short name at `index`, when
    /// they are no place and no other body (`Real` + `Betis`).
    private func otherClubEnd(after index: Int, text: AnalyzedText, scanner: OrganizationNameScanner) -> Int? {
        var end = index
        while end < text.tokens.count, end - index < 2, scanner.isCapitalized(text.tokens[end]), !scanner.startsNewText(end),
              text.tokens[end].flags.contains(.spaceBefore), scanner.placeCandidateEnd(at: end) == nil,
              scanner.hit(at: end) == nil, !scanner.brandStarts(at: end) { end += 1 }
        return end > index ? end : nil
    }

    /// An organization opened by a head word at `index`.
    private func headed(at index: Int, hit: OrganizationLexicon.Hit, text: AnalyzedText,
                        scanner: OrganizationNameScanner) -> Found? {
        guard let head = scanner.head(of: hit) else { return nil }
        let token = text.tokens[index]
        let lowerCase = !scanner.isCapitalized(token)
        if lowerCase, head.lowerCase == .no { return nil }
        // `trường THPT …`, or a school named after a person (`trường Hoàng Diệu`); not `chiến trường Quảng Ngãi`.
        if lowerCase, head.lowerCase == .subtype, scanner.hit(at: hit.end)?.roles.contains(.subtype) != true,
           !scanner.startsPersonName(at: hit.end) { return nil }
        if lowerCase, head.lowerCase == .descriptive, hit.end < text.tokens.count,
           !scanner.isCapitalized(text.tokens[hit.end]) || scanner.hit(at: hit.end)?.roles.contains(.inner) != true { return nil }
        // The second half of a longer head, blocked or name word (`văn phòng Công ty …`, `chiến trường`, `cơ sở`).
        if lowerCase, index > 0, let before = scanner.hit(at: index - 1), before.end > index,
           !before.roles.isDisjoint(with: [.head, .blocked, .inner]) { return nil }
        // A person named like a head word (`ông Đoàn Văn Bình`).
        if index > 0, scanner.hit(at: index - 1)?.roles.contains(.honorific) == true { return nil }
        // Inside a longer capitalized name (`Tây Ban Nha`): only a title may stand right before a head,
        // or, before one in lower case, a sentence's first word (`Theo báo Tuổi Trẻ`).
        if index > 0, !scanner.startsNewText(index), scanner.isCapitalized(text.tokens[index - 1]),
           !(lowerCase && scanner.startsNewText(index - 1)),
           scanner.hit(at: index - 1)?.roles.contains(.title) != true { return nil }
        // A title in capitals (`BỘ Y TẾ CHO BIẾT`) runs on without telling where a name ends.
        if token.flags.contains(.allCapitals), token.length > 1, !head.isAcronym { return nil }
        if head.isMilitary, let end = scanner.unitNumberEnd(from: hit.end) {
            return Found(tokens: index..<end, rule: .military)
        }
        if head.needsUnitNumber { return nil }
        // `công ty Viettel`, `CLB Chelsea`: a brand after a lower-case or abbreviated head is found on its own.
        if lowerCase && !head.keepsBrand || head.isAcronym, scanner.brandStarts(at: hit.end) { return nil }
        let name = scanner.name(from: hit.end)
        guard name.words > 0 || name.place != nil, !(lowerCase && name.isOnlyPlace) else { return nil }
        // In lower case, `phòng Giáo dục`, `sở Y tế` name a body only with its place (`sở Y tế TP HCM`).
        if lowerCase, head.lowerCase == .descriptive, name.place == nil { return nil }
        if !head.takesBareName, name.words == 1, name.place == nil, !name.sawSubtype, name.end - hit.end == 1,
           scanner.placeCandidateEnd(at: hit.end) == nil { return nil }
        var end = name.end
        var start = index
        if lowerCase, head.lowerCase == .apart {
            guard let first = name.firstWord, first < end else { return nil }
            start = first
        }
        // An initial keeps its full stop (`Hãng X.`); a place's last letter does not (`… Đông Nam Á.`).
        if end < text.tokens.count, text.tokens[end - 1].length == 1, name.place?.contains(end - 1) != true,
           text.tokens[end - 1].flags.contains(.allCapitals),
           !text.tokens[end].flags.contains(.spaceBefore), text.view.units[Int(text.tokens[end].start)] == 0x2E { end += 1 }
        // A place that merely starts with a head word (`Trường Sa` when the place list has it).
        if scanner.placeCandidateEnd(at: index) == end { return nil }
        return Found(tokens: start..<end, rule: .head(hit), place: name.place, properName: end == name.end ? name.properName : nil)
    }
}

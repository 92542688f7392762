/// Reads where an organization's name ends, token by token, in one text.
///
/// After the head word (`Bộ`, `Công ty`) a name starts with a capitalized word, may run on with
/// the lower-case words Vietnamese names are made of (`Bộ Giao thông vận tải`), with capitalized
/// words and numbers (`Tổng công ty Xây dựng công trình giao thông 1`), joined by `và`, `&` or a
/// dash, and ends with the place it belongs to (`Sở Y tế tỉnh Quảng Nam`). It ends before a
/// verb or function word, a title, a person's name, a new sentence or another organization.
///
/// A class: the recognizer and each of its finders hold the one scanner of a text, which as a
/// value of a dozen arrays cost a retain and a release of each at every copy.
final class OrganizationNameScanner {
    /// The end of a name and what it holds.
    struct Name {
        /// The token after the name.
        let end: Int
        /// How many name words (not counting subtypes) it has.
        let words: Int
        /// The place at its end (token range), if any.
        let place: Range<Int>?
        /// Whether its only name word is a place found by the place recognizer (`công ty Việt Nam`).
        let isOnlyPlace: Bool
        /// Whether a subtype or legal form stood before the name (`THPT`, `TNHH`).
        let sawSubtype: Bool
        /// Its proper name when that is two or more capitalized words and nothing else (`Hoa Mai`
        /// in `Công ty TNHH Hoa Mai`), which the text may later use alone.
        let properName: Range<Int>?
        /// Its first capitalized word or number, if any.
        let firstWord: Int?
    }

    /// A known body whose name starts at a token; 8 bytes, so that a text's table of them
    /// (`TokenLookups`) is small to fill.
    struct KnownStart {
        private let storedEnd: Int32
        private let storedBody: Int16
        /// Whether it is a kind of local body (`UBND`), not one national body.
        let isLocal: Bool
        /// Whether it is a company, bank or club known by its brand.
        let isBrand: Bool

        /// The token after its name.
        var end: Int { Int(storedEnd) }
        /// Its index in the known bodies.
        var body: Int { Int(storedBody) }

        init(end: Int, body: Int, isLocal: Bool, isBrand: Bool) {
            storedEnd = Int32(end)
            storedBody = Int16(body)
            self.isLocal = isLocal
            self.isBrand = isBrand
        }
    }

    let text: AnalyzedText
    /// The text's syllable ids, in the lexicon's and the known bodies' numbering.
    let syllables: [Int32]
    let lexicon: OrganizationLexicon
    let known: KnownOrganizations
    /// The lexicon's `startRoles`, held here: one load nearer than through the lexicon.
    private let startRoles: [OrganizationLexicon.Roles]
    /// The lexicon's phrase and the known body at each token, looked up when first asked for.
    private let lookups: TokenLookups
    /// The places, persons, documents and dates found at each token.
    let starts: CandidateStarts
    private static let maximumWords = 16
    /// `số`, before a unit's or a body's number.
    static let so: [UInt16] = Array("số".utf16)

    /// The scanner of `text`, whose `lexicon.syllables(of:)` is `syllables` (the ids of `known`'s matcher too).
    init(text: AnalyzedText, lexicon: OrganizationLexicon, known: KnownOrganizations, syllables: [Int32],
         candidates: [Candidate]) {
        self.text = text
        self.syllables = syllables
        self.lexicon = lexicon
        self.known = known
        startRoles = lexicon.startRoles
        lookups = TokenLookups(tokenCount: text.tokens.count)
        var placeStarts: [Int] = []
        placeStarts.reserveCapacity(candidates.count)
        starts = CandidateStarts(candidates: candidates, tokens: text.tokens, placeStarts: &placeStarts)
        // The places that run on into a person are cut once all is set; only their starts are visited.
        for start in placeStarts {
            let end = starts.placeEnd(at: start)!
            if let person = personInside(start..<end) { starts.cutPlace(at: start, before: person) }
        }
    }

    deinit {
        starts.deallocate()
        lookups.deallocate()
    }

    /// The known body starting at token `index`, if any (inlined, see `TokenLookups.knownStart(at:of:)`).
    @inline(__always)
    func knownStart(at index: Int) -> KnownStart? {
        lookups.knownStart(at: index, of: self)
    }

    /// Whether a person, document or date candidate starts at token `index`.
    func otherStarts(at index: Int) -> Bool { starts.otherStarts(at: index) }

    /// The phrase of the lexicon at token `index`.
    func hit(at index: Int) -> OrganizationLexicon.Hit? {
        lookups.hit(at: index, of: self)
    }

    /// Whether the phrase at token `index` may have one of `roles` (among `OrganizationLexicon.firstRoles`),
    /// by its first syllable alone (no lookup): when not, it has none.
    func mayStart(_ roles: OrganizationLexicon.Roles, at index: Int) -> Bool {
        let syllable = Int(syllables[index])
        return syllable >= 0 && syllable < startRoles.count && !startRoles[syllable].isDisjoint(with: roles)
    }

    /// What the head word of `hit` opens, if it has one.
    func head(of hit: OrganizationLexicon.Hit) -> OrganizationLexicon.Head? { lexicon.head(of: hit) }

    /// The kind of organization the head word of `hit` opens; `hit` must have a head.
    func kind(of hit: OrganizationLexicon.Hit) -> String { lexicon.kind(of: hit) }

    /// Whether a company, bank or club known by its brand starts at `index` (`Viettel`, `Chelsea`).
    func brandStarts(at index: Int) -> Bool { knownStart(at: index)?.isBrand == true }

    /// The token after a place candidate starting at `index`.
    func placeCandidateEnd(at index: Int) -> Int? { starts.placeEnd(at: index) }

    /// Whether the place candidate starting at `index` names a region or continent, not a country or city.
    func placeIsRegion(at index: Int) -> Bool { starts.placeIsRegion(at: index) }

    /// The name that follows a head word ending at token `start`.
    ///
    /// Lower-case words of the lexicon continue a name right after its first capitalized word (or
    /// the first one after `và`) when that word is itself one of them, as in a descriptive name:
    /// `Bộ Giao thông vận tải`, `Sở Giáo dục và Đào tạo`, `Viện Dinh dưỡng quốc gia`. Elsewhere
    /// (`Tổ chức ABC tài trợ`, `Công ty Hoa Mai sản xuất`, `Hãng phim Sao Mai`) they count only
    /// when they lead to another capitalized word.
    func name(from start: Int) -> Name {
        let tokens = text.tokens
        var index = start
        var committed = start
        var words = 0
        var capitals = 0
        var sawSubtype = false
        var onlyPlace = false
        var joined = false
        var afterJoin = false
        var previousWasName = true
        var descriptive = false
        var firstWord: Int?
        var onlyCapitals = true
        var place: Range<Int>?
        var spacedDash = false
        while index < tokens.count, index - start < Self.maximumWords, !startsNewText(index) {
            let token = tokens[index]
            let hit = hit(at: index)
            let roles = hit?.roles ?? []
            let capitalized = isCapitalized(token)
            if roles.contains(.place), words > 0 || sawSubtype, let found = self.place(at: index, bare: false) {
                place = found
                committed = found.upperBound
                break
            }
            if let known = knownStart(at: index), words == 0, !afterJoin, !known.isLocal {
                // A known body as the name (`Bộ Chỉ huy` + `Bộ đội Biên phòng` + its place).
                committed = self.place(at: known.end, bare: false)?.upperBound ?? known.end
                words = 1
                break
            }
            if let known = knownStart(at: index), words > 0 || afterJoin {
                // Another body: a local one completes this name (`Văn phòng UBND tỉnh X`), others end it.
                if known.isLocal, !afterJoin {
                    committed = self.place(at: known.end, bare: true)?.upperBound ?? known.end
                }
                break
            }
            if let end = placeCandidateEnd(at: index) {
                onlyCapitals = false
                onlyPlace = words == 0
                words += 1
                capitals += 2
                committed = end
                if !onlyPlace { place = index..<end; break }
                index = end
                continue
            }
            if otherStarts(at: index) || (capitalized && words > 0 && stopsName(at: index, words: words)) { break }
            if capitalized, roles.contains(.title) { break }
            if roles.contains(.subtype), words == 0, let hit {
                sawSubtype = true
                index = hit.end
                continue
            }
            let isNumber = token.kind == .number
            if isNumber ? previousWasName && !(joined && capitals == 0) : capitalized {
                // A capitalized word of the lexicon (`Giao thông`, `Liên hiệp`) is read whole.
                if firstWord == nil { firstWord = index }
                index = capitalized ? max(hit?.end ?? index + 1, index + 1) : index + 1
                words += 1
                onlyPlace = false
                if !capitalized { onlyCapitals = false }
                if capitalized {
                    capitals += 1
                    if capitals == 1 { descriptive = roles.contains(.inner) }
                }
                committed = index
                afterJoin = false
                previousWasName = true
            } else if words > 0, previousWasName, !afterJoin, index + 1 < tokens.count, text.token(token, equalsLowercased: Self.so),
                      tokens[index + 1].kind == .number, !startsNewText(index + 1) {
                // A number after `số` ends a name (`Đội CSGT số 2`, `Nhà máy phân bón DAP số 1`).
                index += 2
                words += 1
                committed = index
                break
            } else if words > 0, previousWasName, tokens[index - 1].kind == .word, isDash(token), !token.flags.contains(.spaceBefore),
                      index + 1 < tokens.count,
                      tokens[index + 1].kind == .number, !tokens[index + 1].flags.contains(.spaceBefore) {
                // A number joined by a dash with no space (`Tổ chức Orbis-1`).
                index += 2
                words += 1
                committed = index
                break
            } else if words > 0, !afterJoin, isDash(token), index + 1 < tokens.count, !startsNewText(index + 1),
                      !isCapitalized(tokens[index + 1]), self.hit(at: index + 1)?.roles.contains(.inner) == true {
                // Name words joined by a dash (`đường bộ-đường sắt`); with a space before it, those after
                // it count only when they lead to a place or a capitalized word (`Ôtô - xe máy Nhật Bản`).
                if token.flags.contains(.spaceBefore) { spacedDash = true }
                index += 1
            } else if !capitalized, !afterJoin, words > 0 || index - start < 6, roles.contains(.inner), let hit {
                onlyCapitals = false
                index = hit.end
                if words > 0, capitals <= 1, descriptive, !roles.contains(.verb), !spacedDash {
                    committed = index
                } else {
                    previousWasName = false
                }
            } else if words > 0, !afterJoin, index + 1 < tokens.count, isCapitalized(tokens[index + 1]),
                      !otherStarts(at: index + 1),
                      roles.contains(.join) || (isDash(token) && !startsNewText(index + 1)) {
                index = max(hit?.end ?? index + 1, index + 1)
                capitals = 0
                joined = true
                afterJoin = true
            } else {
                break
            }
        }
        var properName: Range<Int>?
        if let firstWord, onlyCapitals, !joined, place == nil, committed - firstWord >= 2,
           (firstWord..<committed).allSatisfy({ isCapitalized(tokens[$0]) }),
           hit(at: firstWord)?.roles.contains(.inner) != true {
            properName = firstWord..<committed
        }
        return Name(end: committed, words: words, place: place, isOnlyPlace: onlyPlace && place == nil,
                    sawSubtype: sawSubtype, properName: properName, firstWord: firstWord)
    }
}

/// The context facts the place rules read around a name, found once per text (`PlaceStarts`
/// marks the context words in its pass).
struct PlaceContext {
    private let text: AnalyzedText
    /// For each token: the context roles of the words that end right before it and that start at it.
    private let roles: [TokenRoles]

    /// A set of context roles as bits, so that marking every token allocates nothing.
    struct Roles: OptionSet {
        let rawValue: UInt16

        init(rawValue: UInt16) { self.rawValue = rawValue }

        init(_ role: PlaceTables.ContextRole) {
            rawValue = 1 << role.bit
        }

        func contains(_ role: PlaceTables.ContextRole) -> Bool { contains(Roles(role)) }
    }

    /// The roles of the context words around one token, in 16 bits (half the memory two sets would
    /// take, zeroed and read for every text): of the words that end right before it, the roles the
    /// rules read there (`beforeSide`); of those that start at it, the roles read there (`atSide`),
    /// and whether one does. The two sides share no role, so one set holds both.
    struct TokenRoles {
        private var bits: Roles = []
        private static let beforeSide: Roles = [Roles(.person), Roles(.notPlace), Roles(.plural), Roles(.locative), Roles(.strongLocative)]
        private static let atSide: Roles = [Roles(.sentenceStart), Roles(.surname), Roles(.orgAfter), Roles(.direction)]
        /// A context word starts at the token (a bit no role has).
        private static let wordStart = Roles(rawValue: 1 << 15)

        /// Marks the roles of a word that ends right before the token.
        mutating func markEnd(of roles: Roles) { bits.formUnion(roles.intersection(Self.beforeSide)) }

        /// Marks the roles of a word that starts at the token.
        mutating func markStart(of roles: Roles) { bits.formUnion(roles.intersection(Self.atSide).union(Self.wordStart)) }

        /// Whether a word with `role` (one of `beforeSide`) ends right before the token.
        func before(_ role: PlaceTables.ContextRole) -> Bool {
            assert(Self.beforeSide.contains(Roles(role)), "\(role) is not marked before a token")
            return bits.contains(role)
        }

        /// Whether a word with `role` (one of `atSide`) starts at the token.
        func at(_ role: PlaceTables.ContextRole) -> Bool {
            assert(Self.atSide.contains(Roles(role)), "\(role) is not marked at a token")
            return bits.contains(role)
        }

        /// Whether some context word starts at the token.
        var startsWord: Bool { bits.contains(Self.wordStart) }
    }

    /// The longest capitalized run after a type word, in tokens.
    private static let longestName = 6

    /// The tokens right after a strong locative (`ở`, `tại`), in order (some maybe twice): where an
    /// unlisted foreign name may start (`foreignNameAfterLocative`).
    let tokensAfterStrongLocative: [Int]

    /// The context of `text`, whose context words `starts` marked.
    init(text: AnalyzedText, starts: PlaceStarts) {
        self.text = text
        roles = starts.roles
        tokensAfterStrongLocative = starts.tokensAfterStrongLocative
    }

    /// Whether a type-word match is a type word here: lower-case, or capitalized only where the
    /// word may be (`Quận 1`, `TP`), or in all capitals; and not the end of a compound (`yêu cầu`).
    func isTypeWord(_ match: GazetteerMatcher.Match, _ typeWord: PlaceTables.TypeWord) -> Bool {
        let start = match.tokens.lowerBound
        let first = text.tokens[start]
        let written = !first.flags.contains(.initialCapital) || typeWord.mayBeCapitalized
            || first.flags.contains(.allCapitals) && first.length > 1
        let keys = text.keys
        return written && !typeWord.notAfter.contains { compound in
            compound.count <= start && keys[(start - compound.count)..<start].elementsEqual(compound)
        }
    }

    /// Whether a plural word or a number stands right before token `index` (`các tỉnh`, `2 tỉnh`).
    func isPlural(before index: Int) -> Bool {
        roles[index].before(.plural) || index > 0 && text.tokens[index - 1].kind == .number
    }

    /// Whether a word that makes a country a people or a language (`người`, `tiếng`) ends before token `index`.
    func isPeopleOrLanguage(before index: Int) -> Bool {
        roles[index].before(.notPlace)
    }

    /// Whether token `index` is a common surname (a person's name after `UBND tỉnh`).
    func startsWithSurname(_ index: Int) -> Bool {
        roles[index].at(.surname)
    }

    /// The end (token index, exclusive) of a name written after a type word at `start`: an optional
    /// number (`quận 1`, `ngõ 12`, `công viên 30-4`) where allowed, then capitalized syllables. After
    /// a number only streets and addresses go on with a name (`ngõ 12 Trần Phú`); an address needs both.
    func writtenName(from start: Int, after typeWord: PlaceTables.TypeWord) -> Int? {
        let tokens = text.tokens
        let address = typeWord.kind == "address"
        var index = start
        var sawNumber = false
        // No name runs across a line break: a title's last word is no type word of the body's first.
        @inline(__always) func onLine(_ index: Int) -> Bool { index < tokens.count && !tokens[index].flags.contains(.lineBefore) }
        guard onLine(start) else { return nil }
        if typeWord.takesNumber || address, isNumber(tokens[index]) {
            index += 1
            sawNumber = true
            while index + 1 < tokens.count, isGlued(index), isJoiner(tokens[index]), isGlued(index + 1),
                  isNumber(tokens[index + 1]) {
                index += 2
            }
        }
        if address && !sawNumber { return nil }
        if sawNumber && !address && typeWord.kind != "street" { return index }
        let runStart = index
        while onLine(index), index - runStart < Self.longestName, isNameSyllable(tokens[index]) { index += 1 }
        if address && index == runStart { return nil }
        // A number that ends the name (`ấp Long Châu 1`, `NTLS Đường 9`).
        if index > runStart, onLine(index), tokens[index].kind == .number, tokens[index].length <= 3,
           index + 1 == tokens.count || tokens[index + 1].kind == .punctuation {
            index += 1
        }
        return index > start ? index : nil
    }

    /// What the recognizer knows of the places around a name.
    struct Surroundings {
        /// A listed place of two or more syllables follows, so a capital after the name is no person's name.
        var nextIsPlace = false
        /// A place stands two tokens before or after, across a dash (`Việt - Nhật`).
        var pairedWithPlace = false
        /// The name right before was found as a place, and this one has two or more syllables.
        var afterPlace = false
        /// The capitalized word before is a syllable of some listed name (so likely Vietnamese).
        var previousIsKnownSyllable = false
        /// The word after is a short syllable of some listed name (`Anh` in `Nhật Anh`).
        var nextIsKnownSyllable = false
        /// The name's first unit is a district or a commune (a byline's person shares such names);
        /// worked out only for a name that starts a line.
        var isMinorUnit = false
        /// The name is a country's (after `người`, `tiếng` it is a people or a language).
        var isCountry = false
        /// A place follows in brackets, or a type word after a comma (`Tây Trà (Quảng Ngãi)`, `Hạ Thanh, xã …`).
        var placeFollows = false
    }

    /// The end (token index, exclusive) of a foreign name no list has, right after `ở` or `tại`
    /// (`ở Palmyra`, `tại Tel Aviv`): capitalized words of ASCII letters, not acronyms.
    /// A lone word that some listed name has (`Khu`, `Chi`: `startIsPlaceSyllable`) is no foreign name.
    /// Inlined: the recognizer asks at nearly every token, and nearly every one fails the first test.
    @inline(__always)
    func foreignNameAfterLocative(at start: Int, startIsPlaceSyllable: Bool) -> Int? {
        guard roles[start].before(.strongLocative) else { return nil }
        var index = start
        while index < text.tokens.count, index - start < 3, isNameSyllable(text.tokens[index]),
              !isVietnamese(text.tokens[index]), !text.tokens[index].flags.contains(.hasDigit) {
            if index > start, roles[index].at(.orgAfter) { return nil }
            index += 1
        }
        guard index > start, index == text.tokens.count || !isNameSyllable(text.tokens[index]),
              !roles[index].at(.orgAfter), index - start > 1 || !startIsPlaceSyllable else { return nil }
        return index
    }

    /// Whether a name from the lists, standing alone at `match`, is a place here.
    func allowsBareName(_ match: GazetteerMatcher.Match, standing: PlaceTables.Standing, around: Surroundings) -> Bool {
        let tokens = text.tokens
        let start = match.tokens.lowerBound, end = match.tokens.upperBound
        let atStart = roles[start]
        if atStart.before(.person) || atStart.before(.notPlace) && around.isCountry || roles[end].at(.orgAfter) {
            return false
        }
        if standing == .paired { return around.pairedWithPlace && isPaired(start, end) }
        if standing == .locative {
            // A direction needs its word of place and no name after it (`vào Nam`, not `khu vực Nam Tây Nguyên`).
            let single = end - start == 1
            guard atStart.before(.locative) || around.placeFollows && !single else { return false }
            if single, end < tokens.count, isNameSyllable(tokens[end]) { return false }
        }
        // A team's age group before the name (`U16 Mông Cổ`) makes it a team.
        if start > 0, tokens[start - 1].flags.isSuperset(of: [.allCapitals, .hasDigit]) { return false }
        let first = tokens[start]
        if atStart.at(.sentenceStart),
           first.flags.contains(.sentenceStart) || start > 0 && isOpening(tokens[start - 1]) { return false }
        let headline = first.flags.contains(.allCapitals) && first.length > 1
        let single = end - start == 1
        // A capitalized syllable before, inside a sentence, makes the name part of a longer one
        // (`Nguyễn Văn Vinh`), unless it is a place, a direction (`Tây Bắc Syria`), a clause's first
        // word (`: Liệu Mỹ…`) or a foreign word before a longer name (`Taekwondo Việt Nam`).
        if start > 0, !headline || single, isNameSyllable(tokens[start - 1]), first.flags.contains(.spaceBefore),
           !around.afterPlace, !roles[start - 1].at(.direction),
           !(start >= 2 && isOpening(tokens[start - 2]) && !around.previousIsKnownSyllable),
           single || isVietnamese(tokens[start - 1]) || around.previousIsKnownSyllable {
            return false
        }
        if single, !around.nextIsPlace, end < tokens.count, !headline, isNameSyllable(tokens[end]),
           isVietnamese(tokens[end]) || around.nextIsKnownSyllable {
            return false
        }
        // A sentence's first word before a one-syllable name, when it is a name too (`Tuấn Anh`, `Bảo Anh`).
        if single, start > 0, !headline, tokens[start - 1].flags.isSuperset(of: [.initialCapital, .sentenceStart]),
           tokens[start - 1].kind == .word, !roles[start - 1].startsWord,
           isVietnamese(tokens[start - 1]) || around.previousIsKnownSyllable {
            return false
        }
        // A district's or commune's name alone on its line, or before `(`, is a byline (`Thanh Hà`, `An Dương (T/h)`).
        if around.isMinorUnit, first.flags.contains(.lineBefore),
           end == tokens.count || tokens[end].flags.contains(.lineBefore) || text.view.units[Int(tokens[end].start)] == 0x28 {
            return false
        }
        return true
    }

    /// Whether the name at `start..<end` has a dash or slash on either side (`Việt - Nhật`).
    private func isPaired(_ start: Int, _ end: Int) -> Bool {
        end < text.tokens.count && isJoiner(text.tokens[end]) || start > 0 && isJoiner(text.tokens[start - 1])
    }

    /// A mark after which a capitalized word starts a clause (`: "Anh đừng…`).
    private func isOpening(_ token: Token) -> Bool {
        token.kind == .punctuation && [0x3A, 0x22, 0x201C, 0x28, 0x2D, 0x2013].contains(text.view.units[Int(token.start)])
    }

    /// A capitalized word inside a sentence: not an acronym (`UBND`), not a sentence's first word.
    private func isNameSyllable(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.initialCapital) && !token.flags.contains(.sentenceStart)
            && !(token.flags.contains(.allCapitals) && token.length > 1)
    }

    /// Digits, or digits with one or two capital letters after them (`12`, `1A`, `277D`), not a measure (`25m`).
    private func isNumber(_ token: Token) -> Bool {
        if token.kind == .number { return true }
        guard token.kind == .word, token.flags.contains(.hasDigit) else { return false }
        let units = text.view.units[token.range]
        guard let first = units.first, UTF16Letters.isDigit(first) else { return false }
        let letters = units.drop { UTF16Letters.isDigit($0) }
        return letters.count <= 2 && letters.allSatisfy(UTF16Letters.isASCIIUpper)
    }

    /// Whether token `index` touches the token before it (no space between).
    private func isGlued(_ index: Int) -> Bool {
        !text.tokens[index].flags.contains(.spaceBefore)
    }

    private func isJoiner(_ token: Token) -> Bool {
        isDashToken(token) || token.length == 1 && text.view.units[Int(token.start)] == 0x2F
    }

    private func isDashToken(_ token: Token) -> Bool {
        token.length == 1 && UTF16Letters.isDash(text.view.units[Int(token.start)])
    }

    /// Whether a syllable carries a Vietnamese letter outside ASCII (`Tuấn`, `Đức`), as names of
    /// Vietnamese people do and most foreign names do not.
    private func isVietnamese(_ token: Token) -> Bool {
        text.view.units[token.range].contains { $0 >= 0xC0 && UTF16Letters.isLatinLetter($0) }
    }
}

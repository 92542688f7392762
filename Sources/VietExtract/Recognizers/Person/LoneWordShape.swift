/// Shape rules for a single capitalized word: where a sentence's first word is a name and where it
/// is an ordinary word, names shortened to a letter, and lists a word shares with places or bodies.
extension PersonScan {
    /// A listed given name opening a sentence as its subject (`Lâm đã …`, `Khiêm ơi`, `Hiền kể …`):
    /// one Vietnamese word, not rather a common noun (`Chính`, `Hai`) or a title, before a lower-case
    /// word that marks a predicate or a vocative.
    func isSubjectGivenName(_ index: Int) -> Bool {
        let facts = lexicon.facts(id(index))
        let next = index + 1
        return !facts.isDisjoint(with: [.given, .middle]) && facts.isDisjoint(with: [.notAlone, .thingWord, .opening])
            && atSentenceStart(index) && wordEnd(index) == next && isNative(index) && !isTitleWord(index)
            && precedesPredicate(index)
    }

    /// Whether a capitalized word stands right before token `index`, other than a sentence's first
    /// word that no name list has (`Rồi`, `Chúc`, `Hiện` before `Khiêm`).
    func followsCapitalWord(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].flags.contains(.initialCapital)
            && !isOpener(index - 1)
    }

    /// Whether token `index` is an ordinary word written with a capital because it opens a sentence
    /// (not a quotation, which may be a title: `'Bao Thanh Thiên'`):
    /// a Vietnamese word no name list has (or a listed opening word: `Như`) and no title, no word for
    /// a kind of thing and no credit word (`Rồi Khiêm kể …`, `Chúc Thùy …`; not `Tờ Marca`, `Theo Zing`).
    func isOpener(_ index: Int) -> Bool {
        let flags = tokens[index].flags
        guard index == 0 || flags.contains(.sentenceStart) || flags.contains(.lineBefore), tokens[index].kind == .word, !tokens[index].flags.contains(.allCapitals),
              isNative(index), title(at: index) == nil else { return false }
        let facts = lexicon.facts(id(index))
        return facts.isDisjoint(with: [.thingWord, .creditWord, .bodyHead])
            && (facts.contains(.opening) || facts.isDisjoint(with: [.surname, .middle, .given, .compoundStart]))
    }

    /// A name shortened to its first letter or consonant with no dot (`… rằng K đã …`, `Th ơi`,
    /// `nghĩ đến M ...`): a Latin capital, or a capital and `h`/`r`/`g`, after a mark or a function
    /// word and before a function word, a predicate word, `!`, `?` or an ellipsis; no Roman numeral
    /// (`I`, `V`, `X`), no letter of a list of letters (`bảng A, B và C`) and none after a word for a
    /// place or a thing (`đi B`, `viêm gan B`).
    func isBareInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length <= 2 else { return false }  // the length first: most words are longer
        let units = text.view.units
        let first = units[Int(token.start)]
        guard first >= 0x41, first <= 0x5A, first != 0x49, first != 0x56, first != 0x58 else { return false }
        if token.length == 2 {
            let second = units[Int(token.start) + 1]
            guard second == 0x68 || second == 0x72 || second == 0x67 else { return false }
        }
        let before = index - 1, after = index + 1
        guard after < tokens.count, !isLetter(index - 2), !isLetter(index + 2) else { return false }
        let function: (Int) -> Bool = { position in
            self.tokens[position].kind == .word && !self.tokens[position].flags.contains(.initialCapital)
                && !self.lexicon.facts(self.id(position)).isDisjoint(with: [.stop, .personBefore, .subjectFollower])
                && !self.lexicon.facts(self.id(position)).contains(.thingWord)
        }
        let opens = index == 0 || tokens[before].kind == .punctuation && tokens[index].flags.contains(.spaceBefore)
            && !isMark(before, 0x2E) || function(before) || isOpener(before)
        let ellipsis = isMark(after, 0x2026) || isMark(after, 0x2E) && after + 1 < tokens.count && isGlued(after + 1, 0x2E)
        let closes = function(after) || tokens[after].flags.contains(.spaceBefore)
            && (isMark(after, 0x21) || isMark(after, 0x3F) || ellipsis)
        return opens && closes
    }

    /// Whether token `index` exists and is a single capital letter.
    private func isLetter(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].length == 1 && tokens[index].flags.contains(.allCapitals)
    }

    /// Whether token `index` ends a name written with a lower-case middle syllable (`Hà văn Thắm`,
    /// `Lý thường Kiệt`), which is no lone given name.
    func endsNameWithLowerCaseMiddle(_ index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].kind == .word, !tokens[index - 1].flags.contains(.initialCapital),
              tokens[index - 2].kind == .word, tokens[index - 2].flags.contains(.initialCapital) else { return false }
        return !lexicon.facts(id(index - 1)).isDisjoint(with: [.middle, .given])
            && lexicon.facts(id(index - 2)).contains(.surname)
    }

    /// Whether a foreign word at `index` follows a lower-case content word, which makes it rather
    /// the name of the thing that word names (`bộ lạc Korowai`, `hệ thống Aegis`, `sơn Dulux`); a
    /// foreign person stands after a mark or a function word (`của`, `và`, `khi`).
    func followsContentWord(_ index: Int) -> Bool {
        let before = index - 1
        guard before >= 0, !isNative(index), tokens[before].kind != .punctuation else { return false }
        if tokens[before].kind == .number { return true }  // `tàu Epic 8, Epic 9`
        return !tokens[before].flags.contains(.initialCapital)
            && lexicon.facts(id(before)).isDisjoint(with: [.stop, .personBefore, .subjectFollower])
    }

    /// Whether the name of tokens `name` stands elsewhere in the text as a thing's name: inside a
    /// place or a body found before, or after a word for a kind of thing (`công ty Dentsu` makes
    /// `của Dentsu` no person, `thương hiệu Giorgio Armani` a later `cho Giorgio Armani`).
    func isThingElsewhere(_ name: Range<Int>) -> Bool {
        let keys = text.keys
        let key = keys[name.lowerBound], limit = tokens.count - name.count + 1
        // A capitalized name is written elsewhere with the same capital: only the listed capitals are compared.
        if tokens[name.lowerBound].kind == .word, tokens[name.lowerBound].flags.contains(.initialCapital) {
            return keys.withUnsafeBufferPointer { keys in
                // Equal keys first, read in place: most listed capitals are other words.
                thingCapitals.withUnsafeBufferPointer { things in
                    things.contains { other in keys[other] == key && other < limit && isSame(name, at: other) }
                }
            }
        }
        var next = 0
        // Equal keys first (four tokens at a time, with no bounds checks), then the very units.
        while let other = Self.firstIndex(of: key, in: keys, from: next, to: max(0, limit)) {
            next = other + 1
            guard isSame(name, at: other) else { continue }
            let before = other - 1
            if isBlocked(other) || before >= 0 && tokens[before].kind == .word && lexicon.facts(id(before)).contains(.thingWord) {
                return true
            }
        }
        return false
    }

    /// Whether the tokens from `other` on, other than `name`, spell it alike: equal keys, kinds and units.
    private func isSame(_ name: Range<Int>, at other: Int) -> Bool {
        let units = text.view.units, keys = text.keys
        return other != name.lowerBound && (0..<name.count).allSatisfy { offset in
            let mine = tokens[name.lowerBound + offset], theirs = tokens[other + offset]
            return keys[name.lowerBound + offset] == keys[other + offset] && mine.length == theirs.length
                && mine.kind == theirs.kind && mine.range.elementsEqual(theirs.range, by: { units[$0] == units[$1] })
        }
    }

    /// The first index of `keys` in `start..<end` that holds `key`: four keys tested at a time,
    /// since most texts hold a name's key only a few times.
    private static func firstIndex(of key: UInt64, in keys: [UInt64], from start: Int, to end: Int) -> Int? {
        keys.withUnsafeBufferPointer { keys in
            var index = start
            while index + 4 <= end {
                if keys[index] == key || keys[index + 1] == key || keys[index + 2] == key || keys[index + 3] == key { break }
                index += 4
            }
            while index < end {
                if keys[index] == key { return index }
                index += 1
            }
            return nil
        }
    }

    /// Whether the name of tokens `name` is an item of a list whose item next to it is a place or a body found
    /// before (`Iran, Indonexia, Myanma, Thái Lan`, `Viettel, Vinaphone và Mobiphone`): a list of
    /// things, not of people.
    /// When `inList`, an item before it counts only if the name is followed by a mark or another
    /// item too, not by the rest of a clause (`Phát Diệm, Ninh Bình, Vũ Ngọc Nhạ đã …`).
    func isListedWithThings(_ name: Range<Int>, inList: Bool = false) -> Bool {
        let end = name.upperBound
        let closed = !inList || end == tokens.count || isListSeparator(end)
            || tokens[end].kind == .punctuation && !isMark(end, 0x28) && !isMark(end, 0x3A)  // not `… (cựu giám đốc)`
        return closed && isListSeparator(name.lowerBound - 1) && name.lowerBound >= 2 && isNamed(name.lowerBound - 2)
            || isListSeparator(end) && end + 1 < tokens.count && isNamed(end + 1)
    }

    /// Whether token `index` joins two items of a list: a comma, `&`, `và`, `hay`, `hoặc`.
    private func isListSeparator(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        // The token's one unit and its key, each read once.
        if tokens[index].length == 1, case let unit = text.view.units[Int(tokens[index].start)], unit == 0x2C || unit == 0x26 {
            return true
        }
        let key = text.keys[index]
        return key == PersonWords.va || key == PersonWords.hay || key == PersonWords.hoac
    }
}

/// The shape rules that say whether a run of capitalized words is a person's name, and which part.
///
/// A run is given as the first token of each of its word units (`PersonScan.nameRun`).
extension PersonScan {
    /// The longest names: four syllables, five with a compound surname (`Tôn Thất …`).
    private static let longestName = 4

    /// Whether `words` spell a Vietnamese full name: a surname from the list (compound ones
    /// included), then one to three native syllables, of which a two-syllable name's given name,
    /// or some syllable of a longer one, is a listed middle or given name. Initials may end it.
    func isVietnameseName(_ words: ArraySlice<Int>) -> Bool {
        guard words.count >= 2, words.allSatisfy({ wordEnd($0) == $0 + 1 || isInitials($0) }) else { return false }
        let first = words[words.startIndex]
        let compound = words.count >= 3 && lexicon.isCompound(id(first), id(words[words.startIndex + 1]))
        // `Thị` second marks a name whatever the surname (`Liên Thị Tuyết Mai`).
        let marked = words.count >= 3 && lexicon.facts(id(words[words.startIndex + 1])).contains(.marker) && isNative(first)
        let surname = compound ? 2 : (lexicon.facts(id(first)).contains(.surname) || marked ? 1 : 0)
        let rest = words.dropFirst(surname)
        guard surname > 0, (1...3).contains(rest.count) else { return false }
        let minority = surname == 1 && lexicon.facts(id(first)).contains(.minority)
        for word in words.dropLast() where wordEnd(word) != word + 1 || !isNative(word) { return false }
        let last = words[words.endIndex - 1]
        if isInitials(last) { return true }
        guard isNative(last) else { return false }
        if rest.count == 1 {
            // A common surname vouches for an unlisted given name (`Trần Bính`, `Lý Bí`).
            let lastFacts = lexicon.facts(id(last))
            return lastFacts.contains(.given)
                || lexicon.surnameWeight(id(first)) >= 1 && lastFacts.isDisjoint(with: [.stop, .middle])  // not `Ngô Thị`
        }
        // Minority names have middle and given names of their own (`Giàng A Páo`).
        return minority || rest.contains { !lexicon.facts(id($0)).isDisjoint(with: [.middle, .given]) }
    }

    /// Whether `words` are exactly a Vietnamese name of three or four syllables with a common surname
    /// and a listed middle name second (`Nguyễn Văn Nghĩa`), which no thing is named.
    func isFullNameWithMiddle(_ words: [Int]) -> Bool {
        (3...Self.longestName).contains(words.count) && lexicon.surnameWeight(id(words[0])) >= 1
            && lexicon.facts(id(words[1])).contains(.middle) && isVietnameseName(words[...])
    }

    /// The Vietnamese name that ends a run of capitalized words, when the run is longer than a name or
    /// starts with something else (`Hà Nội Nguyễn Văn A`, `Lâm Đồng Trần Văn Sỹ`): the whole run if it
    /// is one, else the suffix of two to four words after the most common surname.
    func vietnameseName(endingRun words: [Int]) -> ArraySlice<Int>? {
        guard words.count >= 2 else { return nil }  // a name has a surname and a given name
        if words.count <= Self.longestName, words.contains(where: { !isNative($0) && !isInitials($0) }) { return nil }
        if words.count <= Self.longestName + 1, isVietnameseName(words[...]) { return words[...] }
        var best: (start: Int, weight: Float)?
        for start in words.indices.dropFirst() where (2...Self.longestName).contains(words.count - start) {
            let weight = lexicon.surnameWeight(id(words[start]))
            guard weight > (best?.weight ?? -1), isVietnameseName(words[start...]) else { continue }
            best = (start, weight)
        }
        return best.map { words[$0.start...] }
    }

    /// The name in the run of words right after a title or honorific (`ông Rứa`, `Tổng thống Donald
    /// Trump`, `anh H.`): any run up to the longest name; a longer one only as a Vietnamese name.
    /// After a role's complement (`Bí thư Thành ủy … Lê Thanh Hải`) only a Vietnamese name or a
    /// foreign one of several words, since the words before may still name the body.
    /// After a role (not an honorific) a single Vietnamese word must be a given name (`bác sĩ Đông`),
    /// since it is often the first word of a body (`Trưởng phòng Quản lý`).
    func titledName(_ words: [Int], afterComplement: Bool, afterRole: Bool = false) -> ArraySlice<Int>? {
        guard !words.isEmpty else { return nil }
        if words.contains(where: { !isNative($0) && !isInitials($0) }) {
            // Vietnamese words before a foreign name still name the body (`Chủ tịch Trung Quốc Xi Jinping`).
            let name = words[foreignStart(words)...]
            return name.count <= Self.longestName && (name.count >= 2 || !afterComplement) ? name : nil
        }
        if afterRole, words.count == 1, !isInitials(words[0]) || wordEnd(words[0]) == words[0] + 1 {
            let facts = lexicon.facts(id(words[0]))
            guard facts.contains(.given), !facts.contains(.notAlone) || endsClause(after: words[0]),
                  !afterComplement else { return nil }
        }
        if afterComplement {
            if let name = vietnameseName(endingRun: words) { return name }
            return (2...3).contains(words.count) && words.contains { !isNative($0) } ? words[...] : nil
        }
        if words.count <= Self.longestName { return words[...] }
        return vietnameseName(endingRun: words)
    }

    /// Where a foreign name starts in a run: after the last word before its first foreign word that
    /// is written with Vietnamese letters and is no surname (`Trung Quốc Xi Jinping`, `Tây Deir Ezzor`).
    func foreignStart(_ words: [Int]) -> Int {
        var start = 0
        while start < words.count - 1, lexicon.facts(id(words[start])).contains(.foreignThing) { start += 1 }  // `Facebook Mark …`
        let firstForeign = words[start...].firstIndex { !isNative($0) && !isInitials($0) } ?? start
        // A single letter before it belongs to the name (`Y Ăi Adrơng`).
        if words[start..<firstForeign].contains(where: { tokens[$0].length == 1 }) { return start }
        for index in start..<firstForeign where !lexicon.facts(id(words[index])).contains(.surname)
            && tokens[words[index]].range.contains(where: { text.view.units[$0] >= 0x80 }) {
            start = index + 1
        }
        return start
    }

    /// A foreign name standing with no title: two or three capitalized words, one of them at least
    /// not spelled as Vietnamese (`Donald Trump`, `Xi Jinping`).
    /// None of the words may be a word of names of things (`League`, `Bank`).
    func isForeignName(_ words: ArraySlice<Int>) -> Bool {
        (2...3).contains(words.count { tokens[$0].flags.contains(.initialCapital) })
            && words.contains { !isNative($0) && !isInitials($0) }
            && words.allSatisfy { !tokens[$0].flags.contains(.allCapitals) && !lexicon.facts(id($0)).contains(.foreignThing) }
    }

    /// A given name standing alone inside a sentence (`… bên giường bệnh của Lâm .`, `…, Tùng kêu to`):
    /// a listed given name, or any Vietnamese word after `của`, `gặp`, `với` …, or after a comma or a
    /// function word and before a predicate (`khi Quyến về nhà`), that is not rather the start of a
    /// capitalized common noun, a country or a number, before a punctuation mark, a function word
    /// (`đã`, `và`) or a predicate word (`kêu`, `nhìn`), not before the rest of a word (`Bảo vệ`).
    /// A listed given name after `của`, `cho` … may stand before other words too (`cho Hưng nghe`).
    func isLoneGivenName(_ index: Int) -> Bool {
        // The cheap tests first: many words asked open a sentence or are no names at all.
        guard index > 0, !atSentenceStart(index) else { return false }
        let facts = lexicon.facts(id(index))
        guard !facts.contains(.notAlone) else { return false }
        let predicate = precedesPredicate(index)
        let before = tokens[index - 1]
        let lowerBefore = before.kind == .word && !before.flags.contains(.initialCapital)
        let personBefore = lowerBefore && lexicon.facts(id(index - 1)).contains(.personBefore)
        let functionBefore = lowerBefore && !lexicon.facts(id(index - 1)).isDisjoint(with: [.stop, .personBefore, .subjectFollower])
        let context = personBefore || predicate && (functionBefore || isMark(index - 1, 0x2C) || isOpener(index - 1))
        let vouched = facts.contains(.given)
            || context && isNative(index) && facts.isDisjoint(with: [.thingWord, .bodyHead, .stop, .opening])  // not `của Đảng`
        return vouched && wordEnd(index) == index + 1 && !isInitials(index) && !followsCapitalWord(index)
            && (endsClause(after: index) || predicate
                || personBefore && facts.contains(.given) && !facts.contains(.bodyHead) && precedesNoNounTail(index))
            && !isTitleWord(index)
            && !endsNameWithLowerCaseMiddle(index) && !isListedWithThings(index..<index + 1, inList: true)
    }

    /// Whether a lower-case word follows token `index` that neither makes it a common noun (`Hải
    /// quân`, `Phong trào`) nor is a middle name written in lower case (`Hà văn Thắm`).
    func precedesNoNounTail(_ index: Int) -> Bool {
        let next = index + 1
        return next < tokens.count && tokens[next].kind == .word && !tokens[next].flags.contains(.initialCapital)
            && lexicon.facts(id(next)).isDisjoint(with: [.nounTail, .middle])
    }

    /// Whether a lower-case word that marks a predicate follows token `index` (`đã`, `không`, `kêu`),
    /// which makes a capitalized word there the subject of a clause.
    func precedesPredicate(_ index: Int) -> Bool {
        let next = index + 1
        return next < tokens.count && tokens[next].kind == .word && !tokens[next].flags.contains(.initialCapital)
            && lexicon.facts(id(next)).contains(.subjectFollower)
    }

    /// Initials standing alone with their dot (`… của M. , hễ …`), not before a capital, a number or
    /// the end of the text (`Q. Bình Thạnh`, `P. 12`, `vitamin C.`), and not the numeral `I.`.
    func isLoneInitials(_ index: Int) -> Bool {
        // The glued dot first: most words have none.
        guard index + 1 < tokens.count, isGlued(index + 1, 0x2E), isInitials(index),
              !(tokens[index].length == 1 && text.view.units[Int(tokens[index].start)] == 0x49) else { return false }  // `I.`
        let next = index + 2
        return next < tokens.count && tokens[next].kind != .number && !tokens[next].flags.contains(.initialCapital)
    }

    /// A foreign given name or surname standing alone inside a sentence (`… như Francia .`): a word of
    /// Latin letters only that Vietnamese spelling does not allow, and no word of things' names,
    /// after a mark or a function word.
    func isLoneForeignWord(_ index: Int) -> Bool {
        let token = tokens[index]
        // At a sentence start only as the subject (`Fred rất …`), like a Vietnamese given name.
        func isSubject() -> Bool {
            index + 1 < tokens.count && tokens[index + 1].kind == .word
                && !tokens[index + 1].flags.contains(.initialCapital) && lexicon.facts(id(index + 1)).contains(.subjectFollower)
        }
        // The cheap tests first: most words asked are Vietnamese ones, many with a mark.
        guard token.length >= 3,
              token.range.allSatisfy({ UTF16Letters.isLatinLetter(text.view.units[$0]) && text.view.units[$0] < 0x80 }),
              !atSentenceStart(index) || isSubject(), wordEnd(index) == index + 1, !isNative(index),
              !lexicon.facts(id(index)).contains(.foreignThing), !isTitleWord(index) else { return false }
        // Not a name with a number or code glued to it (`Covid-19`, `Pantsir-S1`).
        if index + 1 < tokens.count, !tokens[index + 1].flags.contains(.spaceBefore),
           tokens[index + 1].kind != .punctuation || UTF16Letters.isDash(text.view.units[Int(tokens[index + 1].start)]) {
            return false
        }
        return !followsContentWord(index) && !followsCapitalWord(index) && (index + 1 >= tokens.count || !tokens[index + 1].flags.contains(.initialCapital))
            && !isListedWithThings(index..<index + 1)
    }

    /// Whether a punctuation mark, the end of the text or a function word follows token `index`, so
    /// that the word there is not the first syllable of a longer word (`Đông,` not `Đông Nam`, `Đại dương`).
    func endsClause(after index: Int) -> Bool {
        let next = index + 1
        return next >= tokens.count || tokens[next].kind == .punctuation
            || tokens[next].kind == .word && !tokens[next].flags.contains(.initialCapital) && lexicon.facts(id(next)).contains(.stop)
    }

    /// A two-syllable given name no list has, after a word that takes a person (`… của Hương Tràm`):
    /// two Vietnamese words, the first a listed middle or given name and neither the first word of a body.
    func isGivenAfterPersonWord(_ words: [Int]) -> Bool {
        guard words.count == 2, words[0] > 0, !atSentenceStart(words[0]),
              words.allSatisfy({ wordEnd($0) == $0 + 1 && isNative($0) }) else { return false }
        let before = words[0] - 1
        guard tokens[before].kind == .word, !tokens[before].flags.contains(.initialCapital),
              lexicon.facts(id(before)).contains(.personBefore) else { return false }
        let first = lexicon.facts(id(words[0])), second = lexicon.facts(id(words[1]))
        return !first.isDisjoint(with: [.middle, .given]) && first.isDisjoint(with: [.bodyHead, .notAlone])
            && second.isDisjoint(with: [.bodyHead, .notAlone, .thingWord])
    }

    /// A two-syllable given name no list has, as the subject of a clause (`Diệu Linh đã …`, `…, Quốc
    /// Bảo vẫn …`): two Vietnamese words, the first a listed middle or given name, the second a listed
    /// given name, neither a word that starts a body or a thing, before a predicate word, and after
    /// a mark or a function word (not `bánh đậu xanh Tâm Phúc đang …`, a brand). Between a
    /// function word and a mark or another function word too, ending a clause (`… về Thu Trang .`).
    func isGivenPairAsSubject(_ words: [Int]) -> Bool {
        guard words.count == 2, words.allSatisfy({ wordEnd($0) == $0 + 1 && isNative($0) }) else { return false }
        let before = words[0] - 1
        let function = before >= 0 && tokens[before].kind == .word && !tokens[before].flags.contains(.initialCapital)
            && !lexicon.facts(id(before)).isDisjoint(with: [.stop, .personBefore, .subjectFollower])
        if precedesPredicate(words[1]) {
            guard before < 0 || function || tokens[before].kind == .punctuation || isOpener(before) else { return false }
        } else if !(function && endsClause(after: words[1])) {
            return false
        }
        let first = lexicon.facts(id(words[0])), second = lexicon.facts(id(words[1]))
        let excluded: PersonLexicon.Facts = [.bodyHead, .notAlone, .thingWord, .opening]
        return !first.isDisjoint(with: [.middle, .given]) && first.isDisjoint(with: excluded)
            && second.contains(.given) && second.isDisjoint(with: excluded)
    }

    /// A listed two-syllable given name written alone (`Thúy Vân`, `Đông Nhi`).
    func isGivenPair(_ words: [Int]) -> Bool {
        words.count == 2 && wordEnd(words[0]) == words[1] && wordEnd(words[1]) == words[1] + 1
            && lexicon.isGivenPair(id(words[0]), id(words[1]))
    }

    /// A name starting a sentence with a rare surname before a common one (`Như Nguyễn Chí Tiện`)
    /// loses the first word, which is rather an ordinary word written with a capital.
    func trimmedAtSentenceStart(_ name: ArraySlice<Int>) -> ArraySlice<Int> {
        let first = name[name.startIndex]
        guard name.count >= 3, atSentenceStart(first), lexicon.surnameWeight(id(first)) < 0.5,
              lexicon.surnameWeight(id(name[name.startIndex + 1])) >= 1, isVietnameseName(name.dropFirst()) else { return name }
        return name.dropFirst()
    }

    /// The form of a name found by the rules above.
    func form(of words: ArraySlice<Int>) -> PersonValue.Form {
        if words.count == 1 { return isInitials(words[words.startIndex]) ? .initials : .short }
        // One pass: a word that is no initials and not spelled as Vietnamese makes the name foreign.
        var allInitials = true
        for word in words where !isInitials(word) {
            allInitials = false
            if !isNative(word) { return .foreign }
        }
        return allInitials ? .initials : .full
    }
}

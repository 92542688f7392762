/// The left-to-right pass of `PersonRecognizer`: titles and the names after them, chains of roles,
/// roles after a name, epithets of Hồ Chí Minh, and names known by their shape alone. Methods of
/// the scan, so that the pass reads it in place (a finder holding the scan would copy it).
extension PersonScan {
    private static let comma: UInt16 = 0x2C

    /// The mentions of the left-to-right pass, in text order.
    func leftToRightMentions() -> [PersonMention] {
        var result: [PersonMention] = []
        result.reserveCapacity(16)
        var pending: [PersonScan.TitleMatch] = []  // a chain of titles, written out only for a name
        var chainAt = -1
        var tentative: [PersonMention] = []
        let epithetSyllables = titleSyllables  // the epithet trie shares the title trie's syllables
        var words: [Int] = []  // the run of name words at a token, one buffer for all
        words.reserveCapacity(2 * Self.longestRun)  // a run's words and the particles between them
        var index = 0
        // Most tokens start nothing: no epithet's, title's or name's word, no line start.
        while case let start = next(from: index, with: .mentionStart), start < tokens.count {
            index = start
            // Only a token whose syllable is an epithet's asks for one (a large result to return).
            if marks[index].contains(.epithet),
               let (mention, needsContext) = epithet(at: index, syllables: epithetSyllables) {
                if needsContext { tentative.append(mention) } else { result.append(mention) }
                index = mention.tokens.upperBound
                continue
            }
            // Only a line's first token may start a byline in capitals: the others are spared the call.
            if marks[index].contains(.lineStart), case let capitals = capitalsByline(at: index), !capitals.isEmpty {
                for name in capitals {
                    result.append(mention(name, form: .full, titles: [], source: "person.byline",
                                          priority: PersonRecognizer.shapePriority))
                }
                index = capitals[capitals.count - 1].upperBound
                continue
            }
            if let title = title(at: index) {
                if chainAt != index { pending.clearKeepingCapacity() }
                let isRole = title.kind == .role
                let zone = self.zone(from: title.tokens.upperBound, complement: isRole, words: &words)
                let complemented = isRole && words.first.map { $0 > zone.lowerBound } ?? true
                if let name = titledName(words, afterComplement: complemented, afterRole: isRole) {
                    let start = name[name.startIndex], end = wordEnd(name[name.endIndex - 1])
                    var titles: [PersonTitle] = []
                    titles.reserveCapacity(pending.count + 2)  // the chain, this title and a role after
                    for title in pending { titles.append(personTitle(title.tokens, kind: title.kind)) }
                    titles.append(personTitle(title.tokens.lowerBound..<start, kind: title.kind))
                    let after = rolesAfter(end, into: &titles)
                    result.append(mention(start..<end, form: form(of: name), titles: titles,
                                          source: "person.titled", priority: PersonRecognizer.titledPriority))
                    pending.clearKeepingCapacity()
                    index = after
                    continue
                }
                let end = max(zone.upperBound, title.tokens.upperBound)
                pending.append(PersonScan.TitleMatch(tokens: title.tokens.lowerBound..<end, kind: title.kind))
                if end < tokens.count, isMark(end, Self.comma) || isWord(end, PersonWords.kiem) {
                    chainAt = end + 1
                } else if self.title(at: end) != nil {
                    chainAt = end
                } else {
                    pending.clearKeepingCapacity()
                }
                index = end
                continue
            }
            if isNameWord(index) {
                nameRun(from: index, into: &words)
                // A sentence's first word that is no name does not start one (`Rồi Khiêm kể …`); the
                // word after it is then taken only as a Vietnamese name (not `Pep Guardiola` → `Guardiola`).
                var found = shapedName(words)
                if found == nil, words.count >= 2, isOpener(words[0]) {
                    words.removeFirst()
                    found = shapedName(words).flatMap { words[$0.0].allSatisfy { isNative($0) } ? $0 : nil }
                }
                if let (range, source) = found {
                    let name = words[range]
                    let start = name[name.startIndex], end = wordEnd(name[name.endIndex - 1])
                    var titles: [PersonTitle] = []
                    let after = rolesAfter(end, into: &titles)
                    result.append(mention(start..<end, form: form(of: name), titles: titles,
                                          source: source, priority: PersonRecognizer.shapePriority))
                    index = after
                } else {
                    index = wordEnd(words[words.count - 1])
                }
                continue
            }
            index += 1
        }
        // The name an epithet needing the text's context stands for, read once; the mentions read in
        // place, by index (neither is copied per mention).
        guard let his = tentative.first?.canonical else { return result }
        let namesHim = result.indices.contains {
            result[$0].form == .epithet || text.string(inView: result[$0].viewRange) == his
        }
        return namesHim ? (result + tentative).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// A name known by its shape alone, as the indices of its words in `words`, and the rule that
    /// knows it: a Vietnamese full name ending the run, a listed two-syllable given name, a foreign
    /// name, or a lone given name or initials. Indices, not a slice: the result holds no reference.
    private func shapedName(_ words: [Int]) -> (Range<Int>, String)? {
        shapedNameSlice(words).map { ($0.0.indices, $0.1) }
    }

    /// `shapedName(_:)`, the name as a slice of `words`.
    @inline(__always)
    private func shapedNameSlice(_ words: [Int]) -> (ArraySlice<Int>, String)? {
        if let name = byline(words) { return (name, "person.byline") }
        // After a word for a kind of thing the name is the thing's (`tiếng Campuchia`, `chiếc Moran`),
        // unless it is a full name with a middle name (`lái xe Nguyễn Văn Nghĩa`).
        let first = words[0]
        if first > 0, tokens[first - 1].kind == .word, !tokens[first - 1].flags.contains(.initialCapital),
           lexicon.facts(id(first - 1)).contains(.thingWord),
           first < 2 || !lexicon.facts(id(first - 2)).contains(.thingCancel), !isFullNameWithMiddle(words) { return nil }
        if words.count >= 2, let name = vietnameseName(endingRun: words) {  // the count first: most runs are one word
            // A house number or a vessel's number before it makes the name a street's or a ship's
            // (`55 Bùi Viện`, `tàu 011 Đinh Tiên Hoàng`); a year does not (`sinh năm 1990 Vũ Minh Hoàng`).
            let start = name[name.startIndex]
            if start > 0, tokens[start - 1].kind == .number,
               !isWord(start - 2, PersonWords.nam) { return nil }
            // A name listed with places or bodies is a street's or a school's (`Phạm Hùng, Nguyễn Trãi, …`).
            if isListedWithThings(start..<wordEnd(name[name.endIndex - 1]), inList: true) { return nil }
            return (trimmedAtSentenceStart(name), "person.name")
        }
        if words.count == 1 {
            let word = words[0]
            // Initials are two units at most or have a mark glued after: most words are neither, told with no call.
            if tokens[word].length <= 2 || word + 1 < tokens.count && !tokens[word + 1].flags.contains(.spaceBefore),
               isLoneInitials(word) || isBareInitial(word) { return (words[...], "person.initials") }
            // A word opening a sentence is a name only as the subject of a predicate (`Lâm đã …`, `Fred
            // rất …`): the rules below all say so; most such words are none (`Trong`, `Theo`), told here.
            if atSentenceStart(word), !precedesPredicate(word) { return nil }
            if isLoneGivenName(word) || isSubjectGivenName(word) { return (words[...], "person.given") }
            return isLoneForeignWord(word) && !isThingElsewhere(word..<word + 1) ? (words[...], "person.foreign-word") : nil
        }
        if isGivenPair(words) { return (words[...], "person.given-pair") }
        if isGivenAfterPersonWord(words) { return (words[...], "person.given-after") }
        if isGivenPairAsSubject(words) { return (words[...], "person.given-pair") }
        let name = words[foreignStart(words)...]
        // At a sentence start only a name all of whose words are foreign (`Diego Costa bị …`).
        let atStart = atSentenceStart(name[name.startIndex])
        return isForeignName(name) && (!atStart || name.allSatisfy { !isNative($0) })
            && !isThingElsewhere(name[name.startIndex]..<wordEnd(name[name.endIndex - 1])) ? (name, "person.foreign") : nil
    }

    /// An epithet of Hồ Chí Minh at `index` (`Bác Hồ` anywhere; `Bác`, `Người` capitalized inside a
    /// sentence and not before another capital), and whether it needs the text to name him otherwise.
    /// The caller has checked that the syllable at `index` is some epithet's.
    private func epithet(at index: Int, syllables: [Int32]) -> (PersonMention, Bool)? {
        guard !isBlocked(index), !tokens[index].flags.contains(.allCapitals),
              let match = lexicon.epithets.longestMatch(at: index, in: text, syllables: syllables),
              let id = lexicon.epithets.entries(of: match).first.flatMap(lexicon.epithets.number(ofEntry:)) else { return nil }
        let record = lexicon.epithetRecords[id]
        let end = match.tokens.upperBound
        if match.tokens.count == 1, atSentenceStart(index) || isNameWord(end) { return nil }
        if let title = title(at: index), title.tokens.count > match.tokens.count { return nil }  // `Bác sĩ`
        var found = mention(index..<end, form: .epithet, titles: [], source: "person.epithet",
                            priority: PersonRecognizer.titledPriority)
        found.canonical = record.canonical
        return (found, record.needsContext)
    }

    /// Roles written after a name, each after a comma or an opening mark (`Tô Huy Rứa, Trưởng ban
    /// Tổ chức Trung ương`), appended to `titles`; returns where they end.
    private func rolesAfter(_ end: Int, into titles: inout [PersonTitle]) -> Int {
        var position = end
        var words: [Int] = []  // each role's zone's name words
        // The mark's one unit read once.
        while position + 1 < tokens.count, tokens[position].length == 1,
              case let unit = text.view.units[Int(tokens[position].start)],
              unit == Self.comma || unit == 0x28 || unit == 0x2D || unit == 0x2013,
              let role = title(at: position + 1), role.kind == .role {
            let zone = self.zone(from: role.tokens.upperBound, complement: true, words: &words)
            // A role with a name of its own belongs to the next person (`…, Thượng tướng Trần Quang Phương`).
            let complemented = words.first.map { $0 > zone.lowerBound } ?? true
            if titledName(words, afterComplement: complemented, afterRole: true) != nil { break }
            let roleEnd = max(zone.upperBound, role.tokens.upperBound)
            titles.append(personTitle(role.tokens.lowerBound..<roleEnd, kind: .role))
            position = roleEnd
        }
        return position
    }

    private func personTitle(_ range: Range<Int>, kind: PersonLexicon.TitleKind) -> PersonTitle {
        let viewRange = Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
        return PersonTitle(text: text.string(inView: viewRange), kind: kind == .role ? .role : .honorific,
                           viewRange: viewRange)
    }

    private func mention(_ range: Range<Int>, form: PersonValue.Form, titles: [PersonTitle], source: String,
                         priority: Int) -> PersonMention {
        let viewRange = Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
        return PersonMention(tokens: range, viewRange: viewRange, form: form, titles: titles, source: source, priority: priority)
    }
}

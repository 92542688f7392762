/// The zone after a title: the name after an honorific, and after a role also the body it names
/// (`Trưởng ban Tổ chức Trung ương`), where a person's name may follow.
extension PersonScan {
    /// The longest complement or name zone after a title, in tokens.
    private static let longestZone = 16
    /// The most lower-case syllables a complement runs over between capitals.
    private static let longestBridge = 3

    /// The tokens of the zone after a title ending at `start`: for honorifics just a run of name
    /// words; for roles the body they name too (`Tổ chức Trung ương`, `UBND tỉnh Lâm Đồng`), over
    /// earlier candidates, capitalized words and short lower-case stretches between them, never
    /// past a line break. `words` (emptied first, a buffer the caller reuses) gets the zone's
    /// trailing run of name words (start of each word unit), empty when the zone ends otherwise.
    func zone(from start: Int, complement: Bool, words: inout [Int]) -> Range<Int> {
        words.clearKeepingCapacity()
        guard complement else {
            if title(at: start) != nil { return start..<start }  // `ông Chủ tịch …`
            nameRun(from: start, limit: 5, into: &words)
            return start..<(words.last.map { wordEnd($0) } ?? start)
        }
        var position = start
        while position < tokens.count, position - start < Self.longestZone,
              position == start || !tokens[position].flags.contains(.lineBefore) {
            if isBlocked(position) && !(isYielding(position) && !words.isEmpty) {
                while position < tokens.count, isBlocked(position) { position += 1 }
                words.clearKeepingCapacity()
            } else if isNameWord(position) {
                if title(at: position)?.kind == .honorific { break }
                if words.isEmpty, lexicon.facts(id(position)).contains(.bodyHead),
                   !isVietnameseName(nameRun(from: position, limit: 4)[...]) {
                    position = wordEnd(position)  // the body's name starts here, not a person's
                    continue
                }
                words.append(position)
                position = wordEnd(position)
            } else if tokens[position].kind == .word, tokens[position].flags.contains(.allCapitals) {
                position += 1  // an acronym of the body (`UBND`, `HĐQT`, `GD`)
                words.clearKeepingCapacity()
            } else if !words.isEmpty, vietnameseName(endingRun: words) != nil || isForeignName(words[...]) {
                break  // a name, then lower-case words: the sentence goes on (`… Lê Thanh Hải dự Hội nghị`)
            } else if let bridge = bridge(from: position) {
                position = bridge
                words.clearKeepingCapacity()
            } else if !words.isEmpty, isLastSyllable(position) {
                position += 1  // the second syllable of the body's last word (`… Trung ương`, `Sở Xây dựng`)
                words.clearKeepingCapacity()
                break
            } else if isMark(position, 0x2D) || isMark(position, 0x26) || isMark(position, 0x2013),
                      position > start, isNameWord(position + 1) || position + 1 < tokens.count && isBlocked(position + 1) {
                position += 1
                words.clearKeepingCapacity()
            } else {
                break
            }
        }
        return start..<position
    }

    /// Whether token `index` is a lower-case syllable, no stop word, that ends a clause (before a
    /// punctuation mark or the end of the text).
    private func isLastSyllable(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.flags.contains(.initialCapital), !isBlocked(index),
              !lexicon.facts(id(index)).contains(.stop) else { return false }
        return index + 1 == tokens.count || tokens[index + 1].kind == .punctuation
    }

    /// The end of a short lower-case stretch starting at `index` that a capital or an earlier
    /// candidate follows, with no stop word and no title in it; nil when there is none.
    private func bridge(from index: Int) -> Int? {
        var position = index
        while position < tokens.count, position - index < Self.longestBridge {
            let token = tokens[position]
            guard token.kind == .word, !token.flags.contains(.initialCapital), !isBlocked(position),
                  !lexicon.facts(id(position)).contains(.stop), title(at: position) == nil else { break }
            position += 1
        }
        guard position > index, position < tokens.count, isNameWord(position) || isBlocked(position) else { return nil }
        return position
    }
}

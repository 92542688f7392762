/// Bylines and photo credits: names that sign an article rather than appear in it.
extension PersonScan {
    /// A byline or photo credit: two to four capitalized Vietnamese words alone on their line, or after `Ảnh:` or
    /// `Theo`, ending the line or before `/`, `(` or a web address (`Theo Huy Phong/Dân Việt`, `Ảnh: Tùng Phạm`,
    /// `Hằng Nga Baodatviet.vn`); a speaker's name opening a line of an interview (`Trung Đinh: …`).
    func byline(_ run: [Int]) -> ArraySlice<Int>? {
        // `Theo` capitalized is itself a word of the run.
        let words = run.count >= 2 && lexicon.facts(id(run[0])).contains(.creditWord) ? run.dropFirst() : run[...]
        guard (1...4).contains(words.count) else { return nil }
        let first = words[words.startIndex]
        // The marks and line breaks before the word lists: most runs have neither.
        let credited = first >= 2 && isMark(first - 1, 0x3A) && lexicon.facts(id(first - 2)).contains(.creditWord)
            || first >= 1 && (first == 1 || tokens[first - 1].flags.contains(.lineBefore)) && !isMark(first - 1, 0x3A)
                && lexicon.facts(id(first - 1)).contains(.creditWord)
        let alone = first == 0 || tokens[first].flags.contains(.lineBefore)
        // The spelling last: most runs are neither credited nor alone on their line.
        guard credited || alone && words.count >= 2,
              words.allSatisfy({ !tokens[$0].flags.contains(.allCapitals) && isNative($0) }) else { return nil }
        let end = wordEnd(words[words.endIndex - 1])
        let ends = end == tokens.count || tokens[end].flags.contains(.lineBefore) || isMark(end, 0x2F) || isMark(end, 0x28)
            || alone && isMark(end, 0x3A) || isDomain(at: end)
            || credited && isMark(end, 0x2E) && (end + 1 == tokens.count || tokens[end + 1].flags.contains(.lineBefore))
        return ends ? words : nil
    }

    /// A byline written in capitals on a line of its own (`BÍCH QUYÊN`, `THÀNH ĐỒNG - LÊ PHONG`): one
    /// or two names of two or three capitalized syllables from the name lists, the last a given name.
    func capitalsByline(at index: Int) -> [Range<Int>] {
        guard index == 0 || tokens[index].flags.contains(.lineBefore) else { return [] }
        var names: [Range<Int>] = []
        var position = index
        while names.count < 2 {
            var end = position
            while end < tokens.count, end - position < 3, tokens[end].kind == .word, tokens[end].length > 1,
                  tokens[end].flags.contains(.allCapitals), !isBlocked(end), !lexicon.facts(id(end)).isDisjoint(with: [.surname, .middle, .given]),
                  end == position || !tokens[end].flags.contains(.lineBefore) {
                end += 1
            }
            guard end - position >= 2, lexicon.facts(id(end - 1)).contains(.given) else { return [] }
            names.append(position..<end)
            guard end < tokens.count, !tokens[end].flags.contains(.lineBefore) else { return names }
            guard isMark(end, 0x2D) || isMark(end, 0x2013), end + 1 < tokens.count else { return [] }
            position = end + 1
        }
        return []  // a third name or more: a heading, not a byline
    }

    /// Whether a web address starts at token `index` (`Baodatviet.vn`, `VnExpress.net`).
    private func isDomain(at index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index].kind == .word && isGlued(index + 1, 0x2E)
            && tokens[index + 2].kind == .word && !tokens[index + 2].flags.contains(.spaceBefore)
            && !tokens[index + 2].flags.contains(.initialCapital)
    }
}

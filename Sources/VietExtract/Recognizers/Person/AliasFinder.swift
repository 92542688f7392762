/// The second pass of `PersonRecognizer`: capitalized words standing alone that repeat a name found
/// in the first pass, or its given name (or last two syllables): `Sơn bất ngờ…` after `Nguyễn Xuân
/// Sơn`, `Tăng` after `anh Tăng`, `Hương Tràm` alone after `ca sĩ Hương Tràm`.
/// Methods of the scan, so that the pass reads it in place.
extension PersonScan {
    /// The aliases of the mentions `found` by the first pass.
    func aliasMentions(found: [PersonMention]) -> [PersonMention] {
        let aliases = self.aliases(of: found)
        guard !aliases.isEmpty else { return [] }
        let keys = text.keys
        // The key of each alias's first syllable: the aliases are few, a plain search beats a table.
        let firstKeys = aliases.map { keys[$0.lowerBound] }
        // Their low six bits as the bits of one word: most name words start no alias, told by one test.
        let firstBits = firstKeys.reduce(UInt64(0)) { $0 | 1 << ($1 & 63) }
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in found { for index in mention.tokens { covered[index] = true } }
        var result: [PersonMention] = []
        var index = 0
        // An alias starts with a name word; most tokens are none.
        while case let start = next(from: index, with: .nameWord), start < tokens.count {
            index = start
            defer { index += 1 }
            // The cheap facts as bits, told by one test (each by its own branch would mispredict
            // often): a syllable some alias may start with, not covered, and not after a name word
            // that is not covered either (the text's first token has none before it).
            let previous = max(index - 1, 0), nameWordShift = PersonMarks.nameWord.rawValue.trailingZeroBitCount
            let startsAlias = Int(truncatingIfNeeded: firstBits >> (keys[index] & 63)) & 1
            let free = covered[index] ? 0 : 1
            let afterFree = (index == 0 ? 1 : 0) | (covered[previous] ? 1 : 0)
                | (Int(marks[previous].rawValue >> nameWordShift) & 1 ^ 1)
            guard startsAlias & free & afterFree != 0, firstKeys.contains(keys[index]),
                  title(at: index) == nil, !isTitleWord(index) else { continue }
            for (alias, first) in zip(aliases, firstKeys) where first == keys[index] && index + alias.count <= tokens.count {
                let end = index + alias.count
                guard (index..<end).allSatisfy({ !covered[$0] && isNameWord($0) }), !isNameWord(end),
                      spellSame(alias, index..<end) else { continue }
                let viewRange = Int(tokens[index].start)..<Int(tokens[end - 1].end)
                result.append(PersonMention(tokens: index..<end, viewRange: viewRange, form: alias.count == 1 ? .short : .full,
                                            source: "person.alias", priority: PersonRecognizer.shapePriority))
                index = end - 1
                break
            }
        }
        return result
    }

    /// The aliases of the names found: each as the tokens of one mention that spell it (the last
    /// name, the whole name, a foreign first name, the last two syllables), longest first; one
    /// mention stands for all mentions of the same lower-cased syllables.
    private func aliases(of found: [PersonMention]) -> [Range<Int>] {
        var aliases: [Range<Int>] = []
        let keys = text.keys
        // The aliases by their first syllable's key and their length, in an open-addressing table
        // of `aliases` indices plus one (0 is empty), at most half full: a mention adds four at most.
        var size = 16
        while size < found.count * 8 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        func add(_ words: Range<Int>) {
            let key = keys[words.lowerBound]
            var slot = Int(truncatingIfNeeded: (key &+ UInt64(words.count)) &* 0x9E37_79B9_7F4A_7C15 >> 40) & (size - 1)
            while slots[slot] != 0 {
                let other = aliases[Int(slots[slot]) - 1]
                if other.count == words.count && keys[other.lowerBound] == key && spellSame(other, words) { return }
                slot = (slot + 1) & (size - 1)
            }
            slots[slot] = Int32(aliases.count + 1)
            aliases.append(words)
        }
        // Only mentions made of words alone: their words are their tokens. Read in place, not copied.
        for index in found.indices where found[index].form != .epithet && found[index].form != .initials {
            let words = found[index].tokens, form = found[index].form
            guard words.allSatisfy({ tokens[$0].kind == .word }) else { continue }
            add(words.suffix(1))
            if (2...4).contains(words.count) { add(words) }  // the whole name again (`Hương Tràm`)
            if words.count >= 2, form == .foreign { add(words.prefix(1)) }
            if words.count >= 3, form == .full { add(words.suffix(2)) }
        }
        return aliases.sorted { $0.count > $1.count }
    }

    /// Whether two runs of tokens are the same syllables lower-cased: equal keys first (one
    /// comparison a token), then the units.
    private func spellSame(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        let keys = text.keys
        // The keys first, all of them: they tell most other runs apart with no unit read.
        for offset in 0..<first.count where keys[first.lowerBound + offset] != keys[second.lowerBound + offset] {
            return false
        }
        return text.view.units.withUnsafeBufferPointer { units in
            (0..<first.count).allSatisfy { offset in
                equal(tokens[first.lowerBound + offset].range, tokens[second.lowerBound + offset].range, units)
            }
        }
    }

    /// Whether two tokens' units are equal lower-cased.
    @inline(__always)
    private func equal(_ first: Range<Int>, _ second: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard first.count == second.count else { return false }
        // Most repeats are written alike: a unit is lower-cased only where the two differ.
        var other = second.lowerBound
        for one in first {
            if units[one] != units[other] && UTF16Letters.lowercase(units[one]) != UTF16Letters.lowercase(units[other]) {
                return false
            }
            other += 1
        }
        return true
    }
}

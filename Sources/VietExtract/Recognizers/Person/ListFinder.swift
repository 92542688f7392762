/// The last pass of `PersonRecognizer`: in a list of three or more short capitalized names joined by
/// commas, dashes, `và` or `hoặc`, where most items are already people, the others are people too (a
/// team's line-up: `Văn Cường, Văn Học, Thiago, Ngọc Nguyên, Văn Phong`); so is a word or two joined
/// by `và` or `hoặc` to a person (`chị Hạnh và Xuyến`), unless the lists say it is rather a common noun.
/// Methods of the scan, so that the pass reads it in place.
extension PersonScan {
    private static let longestItem = 4

    /// The list items that the mentions `found` by the earlier passes make people.
    func listMentions(found: [PersonMention]) -> [PersonMention] {
        var result: [PersonMention] = []
        var items: [Range<Int>] = [], words: [Int] = []  // buffers for `list(from:)`
        items.reserveCapacity(8)
        words.reserveCapacity(2 * Self.longestRun)
        // A list is made only where an item is a mention found before, which a list from a start
        // reaches only if no gap lies between (`gapBefore`): most starts are told so with no run read.
        let foundStarts = found.map(\.tokens.lowerBound).sorted()
        var nextFound = 0  // the first of `foundStarts` at or after the start
        var gap = -1  // the first gap at or after the start, or the next found start if none is before it
        var index = 0
        // A list starts with a name word (the first run of `list(from:)`); most tokens are none.
        while case let start = next(from: index, with: .nameWord), start < tokens.count {
            index = start
            while nextFound < foundStarts.count, foundStarts[nextFound] < index { nextFound += 1 }
            guard nextFound < foundStarts.count else { break }
            if gap < index { gap = gapBefore(foundStarts[nextFound], from: index) }
            if gap < foundStarts[nextFound] {
                index = gap + 1  // no start up to the gap makes a list
                continue
            }
            list(from: index, into: &items, words: &words)
            guard items.count >= 2 else {
                // One item whose tokens are all name words (no dash, dot or particle inside): a list
                // from a later word of it would run to the same end and fail the same way.
                let skipsItem = items.count == 1 && items[0].allSatisfy { isNameWord($0) }
                index = skipsItem ? items[0].upperBound : index + 1
                continue
            }
            // Lists are rare and the mentions few: both are searched, not tabled per token.
            let known = items.count { item in
                found.last { $0.tokens.lowerBound == item.lowerBound }?.tokens.upperBound == item.upperBound
            }
            if known >= 2 && known * 2 >= items.count || items.count == 2 && known == 1 && isCoordinated(items) {
                for item in items where !found.contains(where: { $0.tokens.overlaps(item) }) {
                    let viewRange = Int(tokens[item.lowerBound].start)..<Int(tokens[item.upperBound - 1].end)
                    nameRun(from: item.lowerBound, limit: Self.longestItem, into: &words)
                    result.append(PersonMention(tokens: item, viewRange: viewRange, form: form(of: words[...]),
                                                source: "person.list", priority: PersonRecognizer.shapePriority))
                }
            }
            index = items[items.count - 1].upperBound
        }
        return result
    }

    /// The items of the list starting at `index`, written into `items` (`words` holds each run):
    /// runs of one to four name words, each followed by a comma, a dash, `và` or `hoặc` before the next.
    private func list(from index: Int, into items: inout [Range<Int>], words: inout [Int]) {
        items.clearKeepingCapacity()
        var position = index
        while position < tokens.count {
            nameRun(from: position, limit: Self.longestItem + 1, into: &words)
            guard (1...Self.longestItem).contains(words.count), !isTitleWord(words[0]) else { break }
            let end = wordEnd(words[words.count - 1])
            items.append(position..<end)
            guard end + 1 < tokens.count, isSeparator(end) else { break }
            position = end + 1
        }
    }

    /// The first token from `index` on that no list runs over, or `end` if there is none before it:
    /// a number, or a lower-case word after a space that is no particle of a foreign name and no `và`
    /// or `hoặc` (a list's items hold name words, particles and what is glued to them).
    private func gapBefore(_ end: Int, from index: Int) -> Int {
        var position = index
        while position < end {
            let token = tokens[position]
            if token.kind == .number || token.kind == .word && !token.flags.contains(.initialCapital)
                && token.flags.contains(.spaceBefore) && !lexicon.facts(id(position)).contains(.particle)
                && !isSeparator(position) { return position }
            position += 1
        }
        return end
    }

    /// Whether two items are joined by `và` or `hoặc`, and each is one or two Vietnamese words that
    /// no list calls a common noun's start, a body's head or a thing's word, not before the rest of a
    /// common noun (`chị Lan và Quân đội`).
    private func isCoordinated(_ items: [Range<Int>]) -> Bool {
        let joint = items[0].upperBound, end = items[1].upperBound
        guard isWord(joint, PersonWords.va) || isWord(joint, PersonWords.hoac),
              end >= tokens.count || tokens[end].flags.contains(.initialCapital)
                || !lexicon.facts(id(end)).contains(.nounTail) else { return false }
        return items.allSatisfy { item in
            item.count <= 2 && item.allSatisfy { isNative($0)
                && lexicon.facts(id($0)).isDisjoint(with: [.notAlone, .bodyHead, .thingWord, .opening]) }
        }
    }

    private func isSeparator(_ index: Int) -> Bool {
        // The token's one unit or its key, read once.
        let token = tokens[index]
        guard token.kind == .word else {
            guard token.length == 1 else { return false }
            let unit = text.view.units[Int(token.start)]
            return unit == 0x2C || unit == 0x2D || unit == 0x2013
        }
        let key = text.keys[index]
        return key == PersonWords.va || key == PersonWords.hoac
    }
}

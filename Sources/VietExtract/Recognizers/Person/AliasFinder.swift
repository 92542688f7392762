/// The second pass of `PersonRecognizer`: capitalized words standing alone that repeat a name found
/// in the first pass, or its given name (or last two syllables): `Sơn bất ngờ…` after `Nguyễn Xuân
/// Sơn`, `Tăng` after `anh Tăng`, `Hương Tràm` alone after `ca sĩ Hương Tràm`.
struct AliasFinder {
    let scan: PersonScan
    /// The mentions of the first pass.
    let found: [PersonMention]

    func mentions() -> [PersonMention] {
        let aliases = self.aliases()
        guard !aliases.isEmpty else { return [] }
        let tokens = scan.tokens
        let units = scan.text.view.units
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in found { for index in mention.tokens { covered[index] = true } }
        var result: [PersonMention] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard !covered[index], scan.isNameWord(index), index == 0 || !scan.isNameWord(index - 1) || covered[index - 1],
                  scan.title(at: index) == nil, !scan.isTitleWord(index) else { continue }
            for alias in aliases where index + alias.count <= tokens.count {
                let end = index + alias.count
                guard (index..<end).allSatisfy({ !covered[$0] && scan.isNameWord($0) }), !scan.isNameWord(end),
                      zip(alias, index..<end).allSatisfy({ equal($0, tokens[$1].range, units) }) else { continue }
                let viewRange = Int(tokens[index].start)..<Int(tokens[end - 1].end)
                let value = PersonValue(name: scan.text.string(inView: viewRange), form: alias.count == 1 ? .short : .full)
                result.append(PersonMention(tokens: index..<end, viewRange: viewRange, value: value,
                                            source: "person.alias", priority: PersonRecognizer.shapePriority))
                index = end - 1
                break
            }
        }
        return result
    }

    /// The lower-cased syllables of every alias, longer ones first.
    private func aliases() -> [[[UInt16]]] {
        var aliases: Set<[[UInt16]]> = []
        let units = scan.text.view.units
        for mention in found where mention.value.form != .epithet && mention.value.form != .initials {
            let words = mention.tokens.filter { scan.tokens[$0].kind == .word }
            guard words.count == mention.tokens.count else { continue }
            let syllables = words.map { index in scan.tokens[index].range.map { UTF16Letters.lowercase(units[$0]) } }
            aliases.insert([syllables[syllables.count - 1]])
            if (2...4).contains(syllables.count) { aliases.insert(syllables) }  // the whole name again (`Hương Tràm`)
            if syllables.count >= 2, mention.value.form == .foreign { aliases.insert([syllables[0]]) }
            if syllables.count >= 3, mention.value.form == .full { aliases.insert(Array(syllables.suffix(2))) }
        }
        return aliases.sorted { $0.count > $1.count }
    }

    @inline(__always)
    private func equal(_ alias: [UInt16], _ range: Range<Int>, _ units: [UInt16]) -> Bool {
        guard alias.count == range.count else { return false }
        for (offset, position) in range.enumerated() where UTF16Letters.lowercase(units[position]) != alias[offset] { return false }
        return true
    }
}

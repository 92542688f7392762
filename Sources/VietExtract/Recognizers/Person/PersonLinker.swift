/// Joins the mentions of one person in a text: every mention gets the person's id (`per-1` …, in
/// order of first mention), the fullest name as `canonical`, and the roles of all its mentions;
/// and each title gets its code-point offsets in the caller's text.
///
/// Full names (two words or more) that are the same name are one person. A short mention
/// (`ông Rứa`, `Trump`) joins the nearest person before it whose name ends with it (or, for one
/// word, starts with it: `ông Tập`), else the nearest after it; initials (`N.V.A.`) join a name
/// with those initials. An epithet (`Bác`, `Người`) joins the person its canonical name names.
public struct PersonLinker: EntityLinker {
    public init() {}

    public func link(_ entities: inout [ResolvedEntity], in text: AnalyzedText) {
        var slots: [Int] = []
        var values: [PersonValue] = []
        for (index, entity) in entities.enumerated() {
            guard case .person(let value) = entity.candidate.value else { continue }
            slots.append(index)
            values.append(value)
        }
        guard !values.isEmpty else { return }
        let clusters = PersonClusters(values)
        let owners = clusters.owners
        // By cluster (the index of its first mention): its id number, in order of first mention.
        var persons = [Int](repeating: 0, count: values.count)
        var personCount = 0
        for owner in owners where persons[owner] == 0 {
            personCount += 1
            persons[owner] = personCount
        }
        let positions = OffsetTranslator.positions(of: titleBounds(values, in: text), in: text.originalUnits)
        for position in values.indices {
            for index in values[position].titles.indices {
                let range = text.originalRange(ofView: values[position].titles[index].viewRange)
                values[position].titles[index].start = positions[range.lowerBound]?.codePoints
                values[position].titles[index].end = positions[range.upperBound]?.codePoints
                // A new string only where it differs (where normalizing changed the title's units).
                guard !values[position].titles[index].text.utf16.elementsEqual(text.originalUnits[range]) else { continue }
                values[position].titles[index].text = UTF16Transcoder.string(of: text.originalUnits[range])
            }
        }
        // By cluster: the name with the most words, and its word count.
        var canonical = [(name: String, words: Int)?](repeating: nil, count: values.count)
        var roles = [[String]](repeating: [], count: values.count)
        for (position, (value, owner)) in zip(values, owners).enumerated() {
            let words = clusters.wordCounts[position]
            if value.form != .short, value.form != .initials, canonical[owner].map({ words > $0.words }) ?? true {
                canonical[owner] = (value.canonical ?? value.name, words)
            }
            for title in value.titles where title.kind == .role && !roles[owner].contains(title.text) {
                roles[owner].append(title.text)
            }
        }
        for (position, slot) in slots.enumerated() {
            var value = values[position]
            let owner = owners[position]
            value.personID = "per-\(persons[owner])"
            value.canonical = canonical[owner]?.name ?? value.canonical ?? value.name
            value.roles = roles[owner]
            entities[slot].candidate.value = .person(value)
        }
    }

    /// The bounds of every title in the caller's text (UTF-16 offsets), to be translated at once.
    private func titleBounds(_ values: [PersonValue], in text: AnalyzedText) -> [Int] {
        var bounds: [Int] = []
        for value in values {
            for title in value.titles {
                let range = text.originalRange(ofView: title.viewRange)
                bounds.append(range.lowerBound)
                bounds.append(range.upperBound)
            }
        }
        return bounds
    }
}

/// Groups person mentions into persons: `owners[i]` is the cluster of mention i.
struct PersonClusters {
    private(set) var owners: [Int]
    /// The number of words of each mention's name (its canonical form where it has one).
    let wordCounts: [Int]

    init(_ values: [PersonValue]) {
        let words = values.map { Self.words($0.canonical ?? $0.name) }
        wordCounts = words.map { $0.count }
        owners = Array(values.indices)
        // Full names first: the same words make one person.
        let forms = values.map(\.form)
        let full = values.indices.map { Self.isFull(forms[$0], words[$0]) }
        var byName: [[String]: Int] = [:]
        byName.reserveCapacity(values.count)
        for index in values.indices where full[index] {
            if let owner = byName[words[index]] { owners[index] = owner } else { byName[words[index]] = index }
        }
        let fullOnes = values.indices.filter { full[$0] }
        let names = fullOnes.isEmpty ? [] : values.indices.map { Name(forms[$0], words[$0]) }
        for index in values.indices where !full[index] {
            // The nearest full name before it that it refers to, else the nearest after it.
            let split = fullOnes.partitioningIndex { $0 > index }
            let target = fullOnes[..<split].last { names[index].refers(to: names[$0]) }
                ?? fullOnes[split...].first { names[index].refers(to: names[$0]) }
            if let target {
                owners[index] = owners[target]
            } else if let earlier = words[..<index].firstIndex(of: words[index]) {
                owners[index] = owners[earlier]
            }
        }
    }

    private static func words(_ name: String) -> [String] {
        latinWords(name) ?? spaceSeparated(name.lowercased())
    }

    /// `spaceSeparated(name.lowercased())` in one pass, for a name whose scalars all lie in the
    /// Latin blocks (below U+0250 but `İ`, or U+1E00…U+1EFF): there the simple lower-case mapping
    /// is the full one and no scalar joins a space into a larger character. Nil for other names.
    private static func latinWords(_ name: String) -> [String]? {
        var words: [String] = []
        words.reserveCapacity(4)
        var word: [UInt8] = []
        word.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            let value = scalar.value
            guard value < 0x250 && value != 0x130 || value & 0xFF00 == 0x1E00 else { return nil }
            if value == 0x20 {
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            } else if let lower = Unicode.Scalar(UTF16Letters.lowercase(UInt16(value))) {
                UTF8.encode(lower) { word.append($0) }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// `string.split(separator: " ")` as strings, cut at the spaces' bytes when no scalar of the
    /// string can join a space into a larger character (all are below the combining marks or Latin
    /// letters of U+1E00…U+1EFF), which spares walking the string character by character.
    static func spaceSeparated(_ string: String) -> [String] {
        var string = string
        let words: [String]? = string.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            for position in 0...bytes.count {
                guard position < bytes.count, bytes[position] != 0x20 else {
                    if position > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)) }
                    start = position + 1
                    continue
                }
                let byte = bytes[position]
                let latin = byte == 0xE1 && position + 1 < bytes.count && (0xB8...0xBB).contains(bytes[position + 1])
                if byte >= 0xCC && !latin { return nil }  // a lead byte of U+0300 or above
            }
            return words
        }
        return words ?? string.split(separator: " ").map(String.init)
    }

    private static func isFull(_ form: PersonValue.Form, _ words: [String]) -> Bool {
        form != .initials && (words.count >= 2 && form != .short || form == .epithet)
    }

    /// A mention's lower-cased words, and for initials their letters, worked out once.
    private struct Name {
        let words: [String]
        let isInitials: Bool
        /// For initials (`N.V.A.`), their letters (`nva`).
        let letters: String

        init(_ form: PersonValue.Form, _ words: [String]) {
            self.words = words
            isInitials = form == .initials
            letters = isInitials ? words.joined().filter(\.isLetter) : ""
        }

        /// The first letter of every word (`nva` for `nguyễn văn an`), worked out only for initials
        /// to compare to (they are rare).
        var initials: String { String(words.compactMap(\.first)) }

        /// The first letter of the last word.
        var lastInitial: String? { words.last?.first.map(String.init) }

        /// Whether this short mention, initials or two-word given name refers to the full name `full`.
        func refers(to full: Name) -> Bool {
            if isInitials {
                return letters.count >= 2 ? full.initials == letters : full.lastInitial == letters
            }
            guard words.count < full.words.count else { return false }
            return full.words.suffix(words.count).elementsEqual(words) || words.count == 1 && full.words.first == words.first
        }
    }
}

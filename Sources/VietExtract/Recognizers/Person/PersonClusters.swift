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

/// Groups person mentions into persons: `owners[i]` is the cluster of mention i.
///
/// Names are compared by their lower-cased words, each read as a 64-bit key (`PersonNameKeys`):
/// no string is built for a word, and two words are the same when their keys are.
struct PersonClusters {
    private(set) var owners: [Int]
    /// The number of words of each mention's name (its canonical form where it has one).
    let wordCounts: [Int]

    init(_ values: [PersonValue]) {
        let readsInitials = values.contains { $0.form == .initials }
        let names = values.map { Name($0, readsInitials: readsInitials) }
        wordCounts = names.map { $0.words.count }
        owners = Array(values.indices)
        // Full names first: the same words make one person.
        var byWords: [[UInt64]: Int] = [:]
        byWords.reserveCapacity(values.count)
        var fullOnes: [Int] = []
        for index in names.indices where names[index].isFull {
            fullOnes.append(index)
            if let owner = byWords[names[index].words] { owners[index] = owner } else { byWords[names[index].words] = index }
        }
        for index in names.indices where !names[index].isFull {
            // The nearest full name before it that it refers to, else the nearest after it.
            let split = fullOnes.partitioningIndex { $0 > index }
            let target = fullOnes[..<split].last { names[index].refers(to: names[$0]) }
                ?? fullOnes[split...].first { names[index].refers(to: names[$0]) }
            if let target {
                owners[index] = owners[target]
            } else if let earlier = names[..<index].firstIndex(where: { $0.words == names[index].words }) {
                owners[index] = owners[earlier]
            }
        }
    }

    /// A mention's name as the linker compares it: the keys of its words, and where initials are
    /// compared (they are rare), letters read from its words as strings.
    private struct Name {
        /// The key of each lower-cased word.
        let words: [UInt64]
        let form: PersonValue.Form
        /// For initials (`N.V.A.`), their letters (`nva`); for a full name that initials may
        /// refer to, the first letter of every word (`nva` for `nguyễn văn an`); else empty.
        let letters: String
        /// For a full name that initials may refer to, the first letter of its last word.
        let lastInitial: String?

        /// The name of `value`, with its letters when it is initials, or when it is a full name
        /// and `readsInitials` (the text has initials).
        init(_ value: PersonValue, readsInitials: Bool) {
            let text = value.canonical ?? value.name
            words = PersonNameKeys.words(of: text)
            form = value.form
            let isInitials = form == .initials
            guard isInitials || readsInitials && Self.isFull(form, words.count) else {
                letters = ""
                lastInitial = nil
                return
            }
            let lowered = text.lowercased().split(separator: " ")
            letters = isInitials ? String(lowered.joined().filter(\.isLetter)) : String(lowered.compactMap(\.first))
            lastInitial = lowered.last?.first.map(String.init)
        }

        /// Whether the mention names a person on its own: two words or more, or an epithet.
        var isFull: Bool { Self.isFull(form, words.count) }

        private static func isFull(_ form: PersonValue.Form, _ wordCount: Int) -> Bool {
            form != .initials && (wordCount >= 2 && form != .short || form == .epithet)
        }

        /// Whether this short mention, initials or two-word given name refers to the full name `full`.
        func refers(to full: Name) -> Bool {
            if form == .initials { return letters.count >= 2 ? full.letters == letters : full.lastInitial == letters }
            guard words.count < full.words.count else { return false }
            return full.words.suffix(words.count).elementsEqual(words) || words.count == 1 && full.words.first == words.first
        }
    }
}

/// Groups person mentions into persons: `owners[i]` is the cluster of mention i.
///
/// Names are compared by their lower-cased words, each read as a 64-bit key (`PersonNameKeys`),
/// the keys of all names kept in one array: no string or array is built for a word or a name.
struct PersonClusters {
    private(set) var owners: [Int]
    /// The number of words of each mention's name (its canonical form where it has one).
    let wordCounts: [Int]

    init(_ values: [PersonValue]) {
        let names = Names(values)
        wordCounts = names.spans.map { $0.count }
        owners = Array(values.indices)
        // Full names first: the same words make one person. A text names few persons: the first
        // mention of each is searched, not hashed.
        var fullOnes: [Int] = [], firsts: [Int] = []
        fullOnes.reserveCapacity(values.count)
        firsts.reserveCapacity(values.count)
        for index in values.indices where names.isFull(index) {
            fullOnes.append(index)
            if let owner = firsts.first(where: { names.sameWords($0, index) }) { owners[index] = owner } else { firsts.append(index) }
        }
        for index in values.indices where !names.isFull(index) {
            // The nearest full name before it that it refers to, else the nearest after it.
            let split = fullOnes.partitioningIndex { $0 > index }
            let target = fullOnes[..<split].last { names.refers(index, to: $0) }
                ?? fullOnes[split...].first { names.refers(index, to: $0) }
            if let target {
                owners[index] = owners[target]
            } else if let earlier = (0..<index).first(where: { names.sameWords($0, index) }) {
                owners[index] = owners[earlier]
            }
        }
    }

    /// The names of the mentions as the linker compares them: the keys of their words, and where
    /// initials are compared (they are rare), letters read from their words as strings.
    private struct Names {
        /// Every name's word keys, one name after another.
        private var keys: [UInt64] = []
        /// Where each name's keys are in `keys`.
        private(set) var spans: [Range<Int>] = []
        private let forms: [PersonValue.Form]
        /// For initials (`N.V.A.`), their letters (`nva`); for a full name that initials may refer
        /// to, the first letter of every word (`nva` for `nguyễn văn an`) and of its last word.
        private var letters: [(all: String, last: String?)?] = []

        init(_ values: [PersonValue]) {
            forms = values.indices.map { values[$0].form }  // by index: a value is not copied
            keys.reserveCapacity(values.count * 3)
            spans.reserveCapacity(values.count)
            // By index: a value is not copied for its name.
            for index in values.indices {
                let start = keys.count
                PersonNameKeys.appendWords(of: values[index].canonical ?? values[index].name, to: &keys)
                spans.append(start..<keys.count)
            }
            guard forms.contains(.initials) else { return }
            letters = values.indices.map { index in
                guard forms[index] == .initials || isFull(index) else { return nil }
                // The words are those of `lowercased().split(separator: " ")`, read in one pass.
                let initials = forms[index] == .initials
                var all = "", last: Character?, atWordStart = true
                for character in (values[index].canonical ?? values[index].name).lowercased() {
                    if character == " " {
                        atWordStart = true
                        continue
                    }
                    if atWordStart { last = character }
                    if initials ? character.isLetter : atWordStart { all.append(character) }
                    atWordStart = false
                }
                return (all, last.map(String.init))
            }
        }

        /// Whether names `one` and `other` have the same words.
        func sameWords(_ one: Int, _ other: Int) -> Bool {
            spans[one].count == spans[other].count && endsWith(other, one)
        }

        /// Whether name `name` ends with the words of name `end`, which has no more words.
        private func endsWith(_ name: Int, _ end: Int) -> Bool {
            let shift = spans[name].upperBound - spans[end].upperBound
            return spans[end].allSatisfy { keys[$0] == keys[$0 + shift] }
        }

        /// Whether name `index` names a person on its own: two words or more, or an epithet.
        func isFull(_ index: Int) -> Bool {
            forms[index] != .initials && (spans[index].count >= 2 && forms[index] != .short || forms[index] == .epithet)
        }

        /// Whether short mention, initials or two-word given name `index` refers to full name `full`.
        func refers(_ index: Int, to full: Int) -> Bool {
            if forms[index] == .initials, let mine = letters[index] {
                return mine.all.count >= 2 ? letters[full]?.all == mine.all : letters[full]?.last == mine.all
            }
            let mine = spans[index], theirs = spans[full]
            guard mine.count < theirs.count else { return false }
            return endsWith(full, index) || mine.count == 1 && keys[theirs.lowerBound] == keys[mine.lowerBound]
        }
    }
}

/// The keys (`SyllableKeys`) of the few function words the person rules look for (`và`, `kiêm`),
/// so that a token is compared by its key in `AnalyzedText.keys`, one comparison, not by its units.
enum PersonWords {
    static let va = SyllableKeys.key(ofWord: "và")
    static let hoac = SyllableKeys.key(ofWord: "hoặc")
    static let hay = SyllableKeys.key(ofWord: "hay")
    static let kiem = SyllableKeys.key(ofWord: "kiêm")
    static let nam = SyllableKeys.key(ofWord: "năm")
}

extension PersonScan {
    /// Whether token `index` exists and is the word of key `key` (one of `PersonWords`), in any case.
    @inline(__always)
    func isWord(_ index: Int, _ key: UInt64) -> Bool {
        index >= 0 && index < tokens.count && text.keys[index] == key
    }
}

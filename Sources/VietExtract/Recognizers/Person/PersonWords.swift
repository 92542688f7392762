/// The keys (`SyllableKeys`) of the few function words the person rules look for (`và`, `kiêm`),
/// so that a token is compared by its key in `AnalyzedText.keys`, one comparison, not by its units.
enum PersonWords {
    static let va = key("và")
    static let hoac = key("hoặc")
    static let hay = key("hay")
    static let kiem = key("kiêm")
    static let nam = key("năm")

    private static func key(_ word: String) -> UInt64 {
        Array(word.utf16).withUnsafeBufferPointer { SyllableKeys.hash($0, 0..<$0.count) }
    }
}

extension PersonScan {
    /// Whether token `index` exists and is the word of key `key` (one of `PersonWords`), in any case.
    @inline(__always)
    func isWord(_ index: Int, _ key: UInt64) -> Bool {
        index >= 0 && index < tokens.count && text.keys[index] == key
    }
}

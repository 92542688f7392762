extension PlaceTables {
    /// A word that names the kind of a place (`huyện`), and what may follow it: a class, so that
    /// the recognizer hands one around as one reference, not as copies of its strings and arrays.
    final class TypeWord: Sendable {
        let word: String
        /// The administrative type it stands for (`TP.` → `thành phố`), if any.
        let type: String?
        let kind: String
        /// The administrative levels of the units it names (empty for other kinds), each once: a
        /// few short words, compared rather than hashed.
        let levels: [String]
        /// Whether a number may be the name (`quận 1`, `số 38 Hàng Da`).
        let takesNumber: Bool
        /// Whether the word may be written with a capital and still be a type word.
        let mayBeCapitalized: Bool
        /// The syllable keys (`AnalyzedText.keys`) of the words it makes a compound with (`yêu` + `cầu`),
        /// each: compared with a text's keys, no unit read.
        let notAfter: [[UInt64]]
        /// Whether it names an administrative unit (and a person's name after it is no place).
        var isAdministrative: Bool { !levels.isEmpty }

        /// The word of a row of `places/type_words.tsv`.
        init(_ row: TSVTable.Row) {
            word = row["word"]
            type = row.optional("type")
            kind = row["kind"]
            levels = row["levels"].split(separator: ";").map(String.init).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            takesNumber = row["numbers"] == "yes"
            mayBeCapitalized = row["capital"] == "yes"
            notAfter = row["not_after"].split(separator: ";").map { compound in
                PlaceTables.syllables(of: String(compound)).map { syllable in
                    syllable.withUnsafeBufferPointer { SyllableKeys.hash($0, $0.indices) }
                }
            }
        }
    }
}

/// The syllable ids of one text's tokens in a table that several recognizers share: the extractor
/// computes them once per text and hands them to each recognizer in its `RecognitionContext`, so
/// that a text's keys are looked up once, not once per recognizer.
///
/// A recognizer reads them only when they number the text over its own table (`SyllableTable.numbers(_:)`);
/// used alone, it computes its own.
struct TextSyllables: Sendable {
    /// The id of each token (`SyllableTable.ids(of:)`).
    let ids: [Int32]
    /// The lineage of the table the ids come from.
    let lineage: SyllableTable.Lineage
    /// How many syllables the table held: it numbers alike every table of its lineage that holds no more.
    let tableCount: Int
}

extension SyllableTable {
    /// The ids of `text`'s tokens, with what tells which tables they serve.
    func syllables(of text: AnalyzedText) -> TextSyllables {
        TextSyllables(ids: ids(of: text), lineage: lineage, tableCount: count)
    }

    /// Whether `syllables` gives every syllable of this table the id this table gives it: they come
    /// from this table or from a later state of it (ids past this table's count are syllables it lacks).
    func numbers(_ syllables: TextSyllables) -> Bool {
        syllables.lineage === lineage && syllables.tableCount >= count
    }
}

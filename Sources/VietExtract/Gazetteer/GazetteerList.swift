extension GazetteerMatcher {
    /// One list to compile: its names, how their capitals are read, and each name's number (for a
    /// built-in table, the index of the name's record; for a user's gazetteer, its entry's id read
    /// as a number). Built-in tables are compiled from their names alone: a `GazetteerEntry` per
    /// name (several strings, and an id written out to be read back) cost their start-up more than
    /// the names' keys, and nothing reads it.
    struct List {
        /// The list's name, as `listNames` gives it.
        let name: String
        let casePolicy: Gazetteer.CasePolicy
        let names: [String]
        /// Each name's number, or -1 (`number(ofEntry:)`).
        let numbers: [Int32]
        /// A user's entries, one per name (`entry(at:)`); none for a built-in table.
        let entries: [GazetteerEntry]

        /// A built-in table's `names`, numbered `numbers`, or by their positions when nil.
        init(name: String, names: [String], numbers: [Int32]? = nil, casePolicy: Gazetteer.CasePolicy = .asWritten) {
            self.name = name
            self.casePolicy = casePolicy
            self.names = names
            self.numbers = numbers ?? Array(0..<Int32(names.count))
            entries = []
        }

        /// A user's gazetteer.
        init(_ gazetteer: Gazetteer) {
            name = gazetteer.name
            casePolicy = gazetteer.casePolicy
            names = gazetteer.entries.map(\.name)
            numbers = gazetteer.entries.map { Int32($0.id) ?? -1 }
            entries = gazetteer.entries
        }
    }
}

extension PersonLexicon {
    /// The people tables read and the names of most cut into words: what needs no syllable table,
    /// so that it may load on another thread than the one that interns them (`init(_:syllables:)`).
    struct Loaded {
        /// A name's normalized units and its words in them.
        typealias Cut = (units: [UInt16], words: [Range<Int>])

        /// A table and the words of one column of each row.
        struct Names {
            let table: TSVTable
            let cut: [Cut]

            init(_ path: String, required: [String], column: String) throws(ResourceError) {
                table = try TSVTable.resource(path, required: required)
                let index = table.column(column)
                cut = Loaded.words(of: table.rows.map { $0[field: index] })
            }
        }

        let surnames, middles, givens, givenPairs: Names
        let titles: TSVTable
        let stops, notAlone, foreignThings, bodyHeads, creditWords: Names
        let thingWords: TSVTable
        let particles, personBefore, subjectFollowers, openingWords, nounTails: Names
        let epithets: TSVTable

        /// Reads the tables of `Resources/people/`, in a fixed order (the first error is thrown).
        init() throws(ResourceError) {
            surnames = try Names("people/surnames.tsv", required: ["surname", "form", "weight"], column: "surname")
            middles = try Names("people/middle_names.tsv", required: ["middle"], column: "middle")
            givens = try Names("people/given_names.tsv", required: ["given"], column: "given")
            givenPairs = try Names("people/given_names_2syl.tsv", required: ["given"], column: "given")
            titles = try TSVTable.resource("people/titles.tsv", required: ["title", "kind"])
            stops = try Names("people/complement_stops.tsv", required: ["word"], column: "word")
            notAlone = try Names("people/standalone_stops.tsv", required: ["syllable"], column: "syllable")
            foreignThings = try Names("people/foreign_stops.tsv", required: ["word"], column: "word")
            bodyHeads = try Names("people/body_heads.tsv", required: ["word"], column: "word")
            creditWords = try Names("people/credit_words.tsv", required: ["word"], column: "word")
            thingWords = try TSVTable.resource("people/thing_words.tsv", required: ["word"])
            particles = try Names("people/name_particles.tsv", required: ["word"], column: "word")
            personBefore = try Names("people/person_before.tsv", required: ["word"], column: "word")
            subjectFollowers = try Names("people/subject_followers.tsv", required: ["word"], column: "word")
            openingWords = try Names("people/opening_words.tsv", required: ["word"], column: "word")
            nounTails = try Names("people/noun_tails.tsv", required: ["word"], column: "word")
            epithets = try TSVTable.resource("people/epithets.tsv", required: ["epithet", "canonical", "context"])
        }

        /// The normalized view of each listed name and its words: cut at spaces when it is made of
        /// letters and spaces only (most are one word), else by the segmenter. The names are normalized
        /// as one text, a line each (normalizing name by name cost more than their letters): a name of
        /// letters and spaces reads its words in that text, any other one in its own `AnalyzedText`.
        static func words(of names: [String]) -> [Cut] {
            let units = NormalizedText(original: GazetteerMatcher.lines(of: names)).units
            var lineStart = 0
            return names.map { name in
                var lineEnd = lineStart
                var plain = true
                while units[lineEnd] != 0x0A {
                    if !(UTF16Letters.isLatinLetter(units[lineEnd]) || units[lineEnd] == 0x20) { plain = false }
                    lineEnd += 1
                }
                defer { lineStart = lineEnd + 1 }
                guard plain else {
                    let text = AnalyzedText(name)
                    return (text.view.units, text.tokens.filter { $0.kind == .word }.map(\.range))
                }
                var words: [Range<Int>] = []
                words.reserveCapacity(2)  // most names have one or two
                var start = lineStart
                for position in lineStart...lineEnd where position == lineEnd || units[position] == 0x20 {
                    if position > start { words.append(start..<position) }
                    start = position + 1
                }
                return (units, words)
            }
        }
    }
}

extension PlaceTables {
    /// The built-in tables read and their names cut into keys, before they are compiled: loading
    /// needs no syllable table, so it may run on another thread than the compilation.
    struct Loaded: Sendable {
        let roles: [ContextRole]
        let typeWordRecords: [TypeWord]
        let sources: [Source]
        let standings: [Standing]
        let reader: SourceReader
        /// The names, the type words and the context words, cut into keys.
        let groups: [GazetteerMatcher.KeyedGroup]

        init() throws(ResourceError) {
            let context = try TSVTable.resource("places/context_words.tsv", required: ["word", "role"])
            var roles: [ContextRole] = []
            var contextPhrases: [String] = []
            for row in context.rows {
                guard let role = ContextRole(rawValue: row["role"]) else {
                    throw .malformedLine(path: context.path, line: row.line, reason: "unknown role '\(row["role"])'")
                }
                contextPhrases.append(row["word"])
                roles.append(role)
            }
            let typedOnly = zip(contextPhrases, roles).filter { $0.1 == .typedOnly }.map(\.0)
            let types = try TSVTable.resource("places/type_words.tsv", required: ["word", "kind"])
            let typeWordRecords = types.rows.map(TypeWord.init)
            let generic = Set(typeWordRecords.map { $0.word.lowercased() }).union(PlaceTables.genericWords)
            var builder = RecordBuilder(typedOnly: typedOnly, genericWords: generic)
            try builder.addAdministrativeUnits()
            try builder.addAliases()
            try builder.addWorld()
            try builder.addHandPlaces()
            self.roles = roles
            self.typeWordRecords = typeWordRecords
            sources = builder.sources
            standings = builder.standings
            reader = builder.reader
            groups = [
                GazetteerMatcher.KeyedGroup([GazetteerMatcher.List(name: "places", names: builder.names)]),
                GazetteerMatcher.KeyedGroup([GazetteerMatcher.List(name: "place-types", names: typeWordRecords.map(\.word),
                                                                   casePolicy: .insensitive)]),
                GazetteerMatcher.KeyedGroup([GazetteerMatcher.List(name: "place-context", names: contextPhrases,
                                                                   casePolicy: .insensitive)]),
            ]
        }
    }
}

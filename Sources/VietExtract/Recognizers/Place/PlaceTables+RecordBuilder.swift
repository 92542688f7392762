extension PlaceTables {
    /// Collects names and their records from the tables, in the order they rank.
    struct RecordBuilder {
        /// The names that are places only after their type word (a few).
        let typedOnly: [String]
        /// Words that, written first in a name (`Sông Hồng`), may also be written in lower case.
        let genericWords: Set<String>
        /// The names, one per record: a name's position is its record's index.
        var names: [String] = []
        var sources: [Source] = []
        var standings: [Standing] = []
        /// The first province or district of each level and name, for aliases to point at.
        /// Keyed by the UTF-8 bytes of `level:name`: hashing a Vietnamese string first normalizes it,
        /// and the tables' strings are all NFC (`sameBytes`).
        var units: [[UInt8]: Source] = [:]
        var reader = SourceReader()

        /// The record of a value built here.
        mutating func fixed(_ value: PlaceValue) -> Source {
            reader.fixed.append(value)
            return .fixed(value: Int32(reader.fixed.count - 1))
        }

        mutating func add(_ name: String, _ source: Source, standing: Standing = .alone) {
            names.append(name)
            sources.append(source)
            standings.append(typedOnly.contains { PlaceTables.sameBytes($0, name) } ? .typed : standing)
        }

        /// Adds the glued forms (`TP.Vinh`, `Q.3`) of a unit's name, given its type's `prefixes`.
        mutating func addGluedForms(of name: String, prefixes: [String], _ source: Source) {
            guard !prefixes.isEmpty, name.unicodeScalars.count > 2 || name.allSatisfy(\.isNumber) else { return }
            for prefix in prefixes { add(prefix + name, source) }
        }

        mutating func addAdministrativeUnits() throws(ResourceError) {
            let table = try TSVTable.resource("places/vn_admin.tsv", required: ["name", "type", "level", "code", "era"])
            reader.unit = SourceReader.Columns(table)
            reader.unitRows = table.rows
            reader.unitLevels.reserveCapacity(table.rows.count)
            reader.unitTypes.reserveCapacity(table.rows.count)
            let levelColumn = table.column("level"), typeColumn = table.column("type")
            // Rows of one level or type come in runs: a run's level, type and glued prefixes are made once.
            var previous: TSVTable.Row?
            var level = "", type = "", prefixes: [String] = []
            // Room for the units, their glued forms and the other tables' names: no copy while growing.
            names.reserveCapacity(names.count + table.rows.count * 2)
            sources.reserveCapacity(names.count + table.rows.count * 2)
            standings.reserveCapacity(names.count + table.rows.count * 2)
            for (number, row) in table.rows.enumerated() {
                if previous.map({ !row.field(levelColumn, isSameAs: $0) }) ?? true { level = row[field: levelColumn] }
                if previous.map({ !row.field(typeColumn, isSameAs: $0) }) ?? true {
                    type = row[field: typeColumn]
                    prefixes = PlaceTables.gluedPrefixes(ofType: type)
                }
                previous = row
                let name = row[field: reader.unit.name]
                // Numbers and Roman numerals (`Phường 1`, `Phường V`) name a unit only after their type word.
                let isNumber = name.utf8.allSatisfy { UTF16Letters.isDigit(UInt16($0)) || "IVX".utf8.contains($0) }
                let standsAlone = PlaceTables.standAloneLevels.contains(level)
                let source = Source.unit(row: Int32(number))
                reader.unitLevels.append(level)
                reader.unitTypes.append(type)
                add(name, source, standing: isNumber ? .typed : standsAlone ? .alone : .locative)
                addGluedForms(of: name, prefixes: prefixes, source)
                if standsAlone {
                    let key = Array("\(level):\(name)".utf8)
                    if units[key] == nil { units[key] = source }
                }
            }
        }

        mutating func addAliases() throws(ResourceError) {
            let table = try TSVTable.resource("places/vn_aliases.tsv", required: ["name", "canonical", "kind"])
            for row in table.rows {
                let canonical = row["canonical"], kind = row["kind"]
                var value = units[Array("\(kind):\(canonical)".utf8)].map(reader.value(of:))
                    ?? PlaceValue(name: canonical, kind: kind, era: row.optional("era"), country: "VN")
                value.name = canonical
                let name = row["name"]
                let source = fixed(value)
                add(name, source)
                if let lowered = lowerCasedGeneric(name) { add(lowered, source) }
                if let type = value.type { addGluedForms(of: name, prefixes: PlaceTables.gluedPrefixes(ofType: type), source) }
            }
        }

        mutating func addWorld() throws(ResourceError) {
            let table = try TSVTable.resource("places/world.tsv", required: ["name", "kind", "code"])
            reader.world = SourceReader.Columns(table)
            reader.worldRows = table.rows
            for (number, row) in table.rows.enumerated() { add(row[field: reader.world.name], .world(row: Int32(number))) }
        }

        mutating func addHandPlaces() throws(ResourceError) {
            let table = try TSVTable.resource("places/hand_places.tsv", required: ["name", "canonical", "kind", "standing"])
            for row in table.rows {
                guard let standing = Standing(rawValue: row["standing"]) else {
                    throw .malformedLine(path: table.path, line: row.line, reason: "unknown standing '\(row["standing"])'")
                }
                add(row["name"], fixed(PlaceValue(name: row["canonical"], kind: row["kind"], code: row.optional("code"),
                                                  country: row.optional("country"))), standing: standing)
            }
        }

        /// `sông Hồng` for `Sông Hồng`: the name with its first, generic word in lower case, if it has one.
        func lowerCasedGeneric(_ name: String) -> String? {
            let lowered = name.lowercased()
            guard name != lowered, let first = name.first, first.isUppercase,
                  // The words before some space of the name are a generic word: one probe per space.
                  lowered.indices.contains(where: { lowered[$0] == " " && genericWords.contains(String(lowered[..<$0])) })
            else { return nil }
            return first.lowercased() + name.dropFirst()
        }
    }
}

extension PlaceTables {
    /// Reads the fields of records' rows by column index, resolved once per table: a field read
    /// costs no hashing of its column's name.
    struct SourceReader: Sendable {
        /// The columns read of one table (nil where the table has no such column, or none is loaded).
        struct Columns: Sendable {
            private(set) var name, kind, code, era, parent, became, becameCode, country: Int?

            init() {}

            init(_ table: TSVTable) {
                name = table.column("name")
                kind = table.column("kind")
                code = table.column("code")
                era = table.column("era")
                parent = table.column("parent")
                became = table.column("became")
                becameCode = table.column("became_code")
                country = table.column("country")
            }
        }

        /// The columns of `places/vn_admin.tsv` (`Source.unit`) and `places/world.tsv` (`Source.world`).
        var unit = Columns()
        var world = Columns()
        /// The rows of those tables, by their `Source` numbers.
        var unitRows: [TSVTable.Row] = []
        var worldRows: [TSVTable.Row] = []
        /// The units' levels and types (read at start-up anyway), by their rows' numbers.
        var unitLevels: [String] = []
        var unitTypes: [String] = []
        /// The values built at start-up (`Source.fixed`).
        var fixed: [PlaceValue] = []

        func value(of source: Source) -> PlaceValue {
            switch source {
            case .unit(let number):
                let columns = unit, row = unitRows[Int(number)], level = unitLevels[Int(number)]
                return PlaceValue(name: row[field: columns.name], kind: level, level: level, type: unitTypes[Int(number)],
                                  code: row[field: columns.code], era: row[field: columns.era],
                                  parent: row.optional(field: columns.parent), became: row.optional(field: columns.became),
                                  becameCode: row.optional(field: columns.becameCode), country: "VN")
            case .world(let number):
                let columns = world, row = worldRows[Int(number)]
                return PlaceValue(name: row[field: columns.name], kind: row[field: columns.kind], code: row[field: columns.code],
                                  country: row.optional(field: columns.country))
            case .fixed(let value):
                return fixed[Int(value)]
            }
        }

        /// The administrative level of a record (nil for a place abroad), read without building its value.
        func level(of source: Source) -> String? {
            switch source {
            case .unit(let row): return unitLevels[Int(row)]
            case .world: return nil
            case .fixed(let value): return fixed[Int(value)].level
            }
        }

        /// The administrative type of a record (nil for a place abroad), read without building its value.
        func type(of source: Source) -> String? {
            switch source {
            case .unit(let row): return unitTypes[Int(row)]
            case .world: return nil
            case .fixed(let value): return fixed[Int(value)].type
            }
        }

        /// Whether a record is a place `typeWord` can name: a unit of one of its levels, or for a word
        /// of another kind a place of that kind; read without building the record's value.
        func fits(_ source: Source, after typeWord: TypeWord) -> Bool {
            switch source {
            case .unit(let row):
                let level = unitLevels[Int(row)]
                return typeWord.isAdministrative ? typeWord.levels.contains(level) : level == typeWord.kind
            case .world(let row):
                return !typeWord.isAdministrative && worldRows[Int(row)].field(world.kind, is: typeWord.kind)
            case .fixed(let value):
                let value = fixed[Int(value)]
                return typeWord.isAdministrative ? value.level.map { typeWord.levels.contains($0) } ?? false : value.kind == typeWord.kind
            }
        }

        /// The code of a record's value, read without building the value.
        func code(of source: Source) -> String? {
            switch source {
            case .unit(let row): return unitRows[Int(row)][field: unit.code]
            case .world(let row): return worldRows[Int(row)][field: world.code]
            case .fixed(let value): return fixed[Int(value)].code
            }
        }

        /// The name of a record's value, read without building the value.
        func name(of source: Source) -> String {
            switch source {
            case .unit(let row): return unitRows[Int(row)][field: unit.name]
            case .world(let row): return worldRows[Int(row)][field: world.name]
            case .fixed(let value): return fixed[Int(value)].name
            }
        }

        /// Whether a record's value is of `era`, read without building the value.
        func isOfEra(_ source: Source, _ era: String) -> Bool {
            switch source {
            case .unit(let row): return unitRows[Int(row)].field(unit.era, is: era)
            case .world: return false
            case .fixed(let value): return fixed[Int(value)].era == era
            }
        }

        /// The 2025 unit(s) a record's value became, read without building the value.
        func became(of source: Source) -> String? {
            switch source {
            case .unit(let row): return unitRows[Int(row)].optional(field: unit.became)
            case .world: return nil
            case .fixed(let value): return fixed[Int(value)].became
            }
        }

        /// Whether a record's value is a 2025 unit with a type, read without building the value.
        func isTyped2025Unit(_ source: Source) -> Bool {
            switch source {
            case .unit(let row): return unitRows[Int(row)].field(unit.era, is: "2025")
            case .world: return false
            case .fixed(let value): return fixed[Int(value)].era == "2025" && fixed[Int(value)].type != nil
            }
        }

        /// Whether a record names a country, read without building its value.
        func isCountry(_ source: Source) -> Bool {
            switch source {
            case .unit: return false
            case .world(let row): return worldRows[Int(row)].field(world.kind, is: "country")
            case .fixed(let value): return fixed[Int(value)].kind == "country"
            }
        }
    }
}

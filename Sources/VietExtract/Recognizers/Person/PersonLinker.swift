/// Joins the mentions of one person in a text: every mention gets the person's id (`per-1` …, in
/// order of first mention), the fullest name as `canonical`, and the roles of all its mentions;
/// and each title gets its code-point offsets in the caller's text.
///
/// Full names (two words or more) that are the same name are one person. A short mention
/// (`ông Rứa`, `Trump`) joins the nearest person before it whose name ends with it (or, for one
/// word, starts with it: `ông Tập`), else the nearest after it; initials (`N.V.A.`) join a name
/// with those initials. An epithet (`Bác`, `Người`) joins the person its canonical name names.
public struct PersonLinker: EntityLinker {
    public init() {}

    public func link(_ entities: inout [ResolvedEntity], in text: AnalyzedText) {
        var slots: [Int] = []
        var values: [PersonValue] = []
        slots.reserveCapacity(entities.count)
        values.reserveCapacity(entities.count)
        // By index: an entity is not copied to be looked at.
        for index in entities.indices {
            guard case .person(let value) = entities[index].candidate.value else { continue }
            slots.append(index)
            values.append(value)
        }
        guard !values.isEmpty else { return }
        let clusters = PersonClusters(values)
        let owners = clusters.owners
        // The persons in order of first mention, each numbered so; `number[owner]` is the index in
        // `persons` of the cluster whose first mention is `owner`.
        var persons: [Person] = []
        persons.reserveCapacity(values.count)
        var number = [Int](repeating: -1, count: values.count)
        for owner in owners where number[owner] < 0 {
            number[owner] = persons.count
            persons.append(Person(id: "per-" + String(persons.count + 1)))
        }
        // The titles' bounds, read back in the order they were asked.
        let positions = OffsetTranslator.positions(inOrderOf: titleBounds(values, in: text), in: text.originalUnits)
        var bound = 0
        for position in values.indices {
            for index in values[position].titles.indices {
                let range = text.originalRange(ofView: values[position].titles[index].viewRange)
                values[position].titles[index].start = positions[bound].codePoints
                values[position].titles[index].end = positions[bound + 1].codePoints
                bound += 2
                // A new string only where it differs (where normalizing changed the title's units): a
                // title's text is the view's text of its range, so the units are compared.
                guard text.view.units[values[position].titles[index].viewRange] != text.originalUnits[range] else { continue }
                values[position].titles[index].text = UTF16Transcoder.string(of: text.originalUnits[range])
            }
        }
        // By cluster: the fullest name and the roles. Read in place: a value is not copied for the few fields read.
        for position in values.indices {
            let owner = number[owners[position]], words = clusters.wordCounts[position], form = values[position].form
            if form != .short, form != .initials, persons[owner].canonical.map({ words > $0.words }) ?? true {
                persons[owner].canonical = (values[position].canonical ?? values[position].name, words)
            }
            for index in values[position].titles.indices where values[position].titles[index].kind == .role {
                let role = values[position].titles[index].text
                if !persons[owner].roles.contains(role) { persons[owner].roles.append(role) }
            }
        }
        // Each value moved out from the last, not copied.
        for slot in slots.reversed() {
            var value = values.removeLast()
            let person = number[owners[values.count]]
            value.personID = persons[person].id
            value.canonical = persons[person].canonical?.name ?? value.canonical ?? value.name
            value.roles = persons[person].roles
            entities[slot].candidate.value = .person(value)
        }
    }

    /// What the mentions of one person share, gathered at the index of its first mention.
    private struct Person {
        let id: String
        /// The name with the most words, and its word count.
        var canonical: (name: String, words: Int)?
        var roles: [String] = []
    }

    /// The bounds of every title in the caller's text (UTF-16 offsets), to be translated at once:
    /// each title's start and end, in the order of `values` and their titles.
    private func titleBounds(_ values: [PersonValue], in text: AnalyzedText) -> [Int] {
        var bounds: [Int] = []
        bounds.reserveCapacity(values.count * 2)
        for position in values.indices {
            for index in values[position].titles.indices {  // by index: a title is not copied
                let range = text.originalRange(ofView: values[position].titles[index].viewRange)
                bounds.append(range.lowerBound)
                bounds.append(range.upperBound)
            }
        }
        return bounds
    }
}

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
        // By index: an entity is not copied to be looked at.
        for index in entities.indices {
            guard case .person(let value) = entities[index].candidate.value else { continue }
            slots.append(index)
            values.append(value)
        }
        guard !values.isEmpty else { return }
        let clusters = PersonClusters(values)
        let owners = clusters.owners
        // By cluster (the index of its first mention): its id, numbered in order of first mention,
        // written once per person.
        var persons = [String?](repeating: nil, count: values.count)
        var personCount = 0
        for owner in owners where persons[owner] == nil {
            personCount += 1
            persons[owner] = "per-" + String(personCount)
        }
        let positions = OffsetTranslator.positions(of: titleBounds(values, in: text), in: text.originalUnits)
        for position in values.indices {
            for index in values[position].titles.indices {
                let range = text.originalRange(ofView: values[position].titles[index].viewRange)
                values[position].titles[index].start = positions[range.lowerBound]?.codePoints
                values[position].titles[index].end = positions[range.upperBound]?.codePoints
                // A new string only where it differs (where normalizing changed the title's units): a
                // title's text is the view's text of its range, so the units are compared.
                guard text.view.units[values[position].titles[index].viewRange] != text.originalUnits[range] else { continue }
                values[position].titles[index].text = UTF16Transcoder.string(of: text.originalUnits[range])
            }
        }
        // By cluster: the name with the most words, and its word count.
        var canonical = [(name: String, words: Int)?](repeating: nil, count: values.count)
        var roles = [[String]](repeating: [], count: values.count)
        // Read in place: a value is not copied for the few fields read.
        for position in values.indices {
            let owner = owners[position], words = clusters.wordCounts[position], form = values[position].form
            if form != .short, form != .initials, canonical[owner].map({ words > $0.words }) ?? true {
                canonical[owner] = (values[position].canonical ?? values[position].name, words)
            }
            for title in values[position].titles where title.kind == .role && !roles[owner].contains(title.text) {
                roles[owner].append(title.text)
            }
        }
        for (position, slot) in slots.enumerated() {
            let owner = owners[position]
            values[position].personID = persons[owner]
            values[position].canonical = canonical[owner]?.name ?? values[position].canonical ?? values[position].name
            values[position].roles = roles[owner]
            entities[slot].candidate.value = .person(values[position])
        }
    }

    /// The bounds of every title in the caller's text (UTF-16 offsets), to be translated at once.
    private func titleBounds(_ values: [PersonValue], in text: AnalyzedText) -> [Int] {
        var bounds: [Int] = []
        for value in values {
            for title in value.titles {
                let range = text.originalRange(ofView: title.viewRange)
                bounds.append(range.lowerBound)
                bounds.append(range.upperBound)
            }
        }
        return bounds
    }
}

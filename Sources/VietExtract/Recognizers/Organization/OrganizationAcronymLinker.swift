/// Gives an acronym introduced in brackets (`Tổng Công ty … (Becamex IDC)`) the value of the name
/// before it, and every later mention of the acronym the same value.
///
/// Both share one id: the known body's, or else a text-local `local.<slug>` made from the full
/// name; the full name records the acronym, and the acronym the full name.
public struct OrganizationAcronymLinker: EntityLinker {
    public init() {}

    public func link(_ entities: inout [ResolvedEntity], in text: AnalyzedText) {
        var linked: [String: OrganizationValue] = [:]
        var previous: Int?
        for index in entities.indices where !entities[index].isNested && entities[index].candidate.label == .organization {
            defer { previous = index }
            let isFound = entities[index].candidate.source == "org.acronym"
            let bracketed = previous.map {
                onlyBracketBetween(entities[$0].candidate.viewRange, entities[index].candidate.viewRange, in: text)
            } ?? false
            guard isFound || bracketed else { continue }
            let acronym = text.string(inView: entities[index].candidate.viewRange)
            if bracketed, let previous, case .organization(let value) = entities[previous].candidate.value {
                let fullRange = entities[previous].candidate.viewRange
                // Each value is built once: a field set alone puts all the fields in a new box.
                let full = value.with(id: value.id ?? "local.\(KnownOrganizations.slug(inView: fullRange, of: text))",
                                      acronym: acronym)
                entities[previous].candidate.value = .organization(full)
                if isFound { linked[acronym] = full.with(name: full.name ?? text.string(inView: fullRange), basis: "acronym") }
            }
            if isFound, let value = linked[acronym] { entities[index].candidate.value = .organization(value) }
        }
    }

    /// Whether only `(` and white space stand between the two spans.
    private func onlyBracketBetween(_ full: Range<Int>, _ acronym: Range<Int>, in text: AnalyzedText) -> Bool {
        guard full.upperBound <= acronym.lowerBound else { return false }
        var brackets = 0
        for unit in text.units(full.upperBound..<acronym.lowerBound) where unit != 0x20 {
            guard unit == 0x28, brackets == 0 else { return false }
            brackets += 1
        }
        return brackets == 1
    }
}

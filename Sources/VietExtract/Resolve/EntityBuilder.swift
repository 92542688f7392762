/// Turns resolved candidates into entities with offsets into the caller's own text.
enum EntityBuilder {
    /// The entities of `resolved`, in its order. Each resolved candidate is moved into its entity,
    /// not copied: `resolved` is taken apart from its end.
    static func entities(from resolved: consuming [ResolvedEntity], in text: AnalyzedText) -> [Entity] {
        guard !resolved.isEmpty else { return [] }
        // Both ends of every entity's range in the original, entity i's at 2i and 2i + 1, into
        // one buffer sized once; their positions come back in the same order.
        var offsets: [Int] = []
        offsets.reserveCapacity(2 * resolved.count)
        // By index: a copy of each entity would retain and release its value and source.
        for index in resolved.indices {
            let range = text.originalRange(ofView: resolved[index].candidate.viewRange)
            offsets.append(range.lowerBound)
            offsets.append(range.upperBound)
        }
        let positions = OffsetTranslator.positions(inOrderOf: offsets, in: text.originalUnits)
        let utf8 = text.original.utf8
        let count = resolved.count
        return [Entity](unsafeUninitializedCapacity: count) { entities, initialized in
            for index in (0..<count).reversed() {
                let start = positions[2 * index], end = positions[2 * index + 1]
                let lower = utf8.index(utf8.startIndex, offsetBy: start.utf8)
                let upper = utf8.index(lower, offsetBy: end.utf8 - start.utf8)
                let entity = Entity(resolved: resolved.removeLast(), original: text.original, range: lower..<upper,
                                    start: start.codePoints, end: end.codePoints, utf8Start: start.utf8, utf8End: end.utf8)
                (entities.baseAddress! + index).initialize(to: entity)
            }
            initialized = count
        }
    }
}

/// Decides which candidates become entities: the one rule for overlaps, written once.
///
/// Candidates are ranked longest first, then earliest, then by priority, then by label order.
/// Going down the ranking, a candidate that overlaps no accepted outermost entity becomes
/// outermost. One lying wholly inside an outermost entity becomes nested in it (kept only
/// when nested entities are wanted, and only once per span and label); one that crosses an
/// outermost entity's boundary is dropped. So outermost entities never overlap each other.
enum OverlapResolver {
    static func resolve(_ candidates: [Candidate], includeNested: Bool) -> [ResolvedEntity] {
        // Ranks are sorted, not the candidates (large values, slow to move); ties keep input order.
        let ranked = candidates.indices.map { Rank(candidates[$0], index: $0) }.sorted()
        var outermost: [Range<Int>] = []  // kept sorted by lower bound
        var resolved: [ResolvedEntity] = []
        var nestedSeen = Set<NestedKey>()
        for candidate in ranked.lazy.map({ candidates[$0.index] }) where !candidate.viewRange.isEmpty {
            let range = candidate.viewRange
            let insertion = outermost.partitioningIndex { $0.lowerBound >= range.upperBound }
            // The only outermost spans that can overlap `range` start before its end; check the
            // nearest ones (they do not overlap each other, so one before suffices).
            let before = insertion > 0 ? outermost[insertion - 1] : nil
            if let before, before.overlaps(range) {
                if includeNested, before.lowerBound <= range.lowerBound, range.upperBound <= before.upperBound,
                   nestedSeen.insert(NestedKey(range: range, label: candidate.label)).inserted {
                    resolved.append(ResolvedEntity(candidate: candidate, isNested: true))
                }
                continue
            }
            outermost.insert(range, at: insertion)
            resolved.append(ResolvedEntity(candidate: candidate, isNested: false))
        }
        // In text order: by start, the longer first, the outermost before the nested; else as resolved.
        let order = resolved.indices.map { index in
            let range = resolved[index].candidate.viewRange
            return (range.lowerBound, -range.upperBound, resolved[index].isNested ? 1 : 0, index)
        }.sorted(by: <)
        return order.map { resolved[$0.3] }
    }

    /// What a candidate is ranked by, copied out of it once: longest first, then earliest, then
    /// highest priority, then by label order, then in input order.
    private struct Rank: Comparable {
        let length: Int
        let start: Int
        let priority: Int
        let label: EntityLabel
        let index: Int

        init(_ candidate: Candidate, index: Int) {
            length = candidate.viewRange.count
            start = candidate.viewRange.lowerBound
            priority = candidate.priority
            label = candidate.label
            self.index = index
        }

        static func < (a: Rank, b: Rank) -> Bool {
            if (a.length, a.start, a.priority) != (b.length, b.start, b.priority) {
                return (b.length, a.start, b.priority) < (a.length, b.start, a.priority)
            }
            return a.label != b.label ? a.label < b.label : a.index < b.index
        }
    }

    private struct NestedKey: Hashable {
        let range: Range<Int>
        let label: EntityLabel
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, which must be false then true along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

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
        outermost.reserveCapacity(candidates.count)
        // The candidates kept, by index: each candidate is copied once, into its entity, at the end.
        var kept: [Kept] = []
        kept.reserveCapacity(candidates.count)
        var nestedSeen = Set<NestedKey>()
        for rank in ranked where rank.length > 0 {
            let range = rank.start..<(rank.start + rank.length)
            let insertion = outermost.partitioningIndex { $0.lowerBound >= range.upperBound }
            // The only outermost spans that can overlap `range` start before its end; check the
            // nearest ones (they do not overlap each other, so one before suffices).
            let before = insertion > 0 ? outermost[insertion - 1] : nil
            if let before, before.overlaps(range) {
                if includeNested, before.lowerBound <= range.lowerBound, range.upperBound <= before.upperBound,
                   nestedSeen.insert(NestedKey(range: range, label: rank.label)).inserted {
                    kept.append(Kept(range: range, isNested: true, order: kept.count, index: rank.index))
                }
                continue
            }
            outermost.insert(range, at: insertion)
            kept.append(Kept(range: range, isNested: false, order: kept.count, index: rank.index))
        }
        // In text order: by start, the longer first, the outermost before the nested; else as resolved.
        kept.sort { a, b in
            if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
            if a.range.upperBound != b.range.upperBound { return a.range.upperBound > b.range.upperBound }
            if a.isNested != b.isNested { return !a.isNested }
            return a.order < b.order
        }
        return kept.map { ResolvedEntity(candidate: candidates[$0.index], isNested: $0.isNested) }
    }

    /// A candidate kept: its span, whether it is nested, when it was kept, and its index.
    private struct Kept {
        let range: Range<Int>
        let isNested: Bool
        let order: Int
        let index: Int
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
            if a.length != b.length { return a.length > b.length }
            if a.start != b.start { return a.start < b.start }
            if a.priority != b.priority { return a.priority > b.priority }
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

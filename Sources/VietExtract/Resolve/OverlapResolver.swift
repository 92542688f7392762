/// Decides which candidates become entities: the one rule for overlaps, written once.
///
/// Candidates are ranked longest first, then earliest, then by priority, then by label order.
/// Going down the ranking, a candidate that overlaps no accepted outermost entity becomes
/// outermost. One lying wholly inside an outermost entity becomes nested in it (kept only
/// when nested entities are wanted, and only once per span and label); one that crosses an
/// outermost entity's boundary is dropped. So outermost entities never overlap each other.
enum OverlapResolver {
    static func resolve(_ candidates: [Candidate], includeNested: Bool) -> [ResolvedEntity] {
        // Indices are sorted, not the candidates (large values, slow to move); ties keep input order.
        let ranked = candidates.indices.sorted { i, j in
            let a = candidates[i].viewRange, b = candidates[j].viewRange
            if a.count != b.count { return a.count > b.count }
            if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
            if candidates[i].priority != candidates[j].priority { return candidates[i].priority > candidates[j].priority }
            if candidates[i].label != candidates[j].label { return candidates[i].label < candidates[j].label }
            return i < j
        }
        var outermost: [Range<Int>] = []  // kept sorted by lower bound
        var resolved: [ResolvedEntity] = []
        var nestedSeen = Set<NestedKey>()
        for candidate in ranked.lazy.map({ candidates[$0] }) where !candidate.viewRange.isEmpty {
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
        let order = resolved.indices.sorted { i, j in
            let a = resolved[i].candidate.viewRange, b = resolved[j].candidate.viewRange
            let keyA = (a.lowerBound, -a.upperBound, resolved[i].isNested ? 1 : 0)
            let keyB = (b.lowerBound, -b.upperBound, resolved[j].isNested ? 1 : 0)
            return keyA != keyB ? keyA < keyB : i < j
        }
        return order.map { resolved[$0] }
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

/// Decides which candidates become entities: the one rule for overlaps, written once.
///
/// Candidates are ranked longest first, then earliest, then by priority, then by label order.
/// Going down the ranking, a candidate that overlaps no accepted outermost entity becomes
/// outermost. One lying wholly inside an outermost entity becomes nested in it (kept only
/// when nested entities are wanted, and only once per span and label); one that crosses an
/// outermost entity's boundary is dropped. So outermost entities never overlap each other.
enum OverlapResolver {
    static func resolve(_ candidates: [Candidate], includeNested: Bool) -> [ResolvedEntity] {
        let ranked = candidates.sorted { a, b in
            let lengthA = a.viewRange.count, lengthB = b.viewRange.count
            if lengthA != lengthB { return lengthA > lengthB }
            if a.viewRange.lowerBound != b.viewRange.lowerBound { return a.viewRange.lowerBound < b.viewRange.lowerBound }
            if a.priority != b.priority { return a.priority > b.priority }
            return a.label < b.label
        }
        var outermost: [Range<Int>] = []  // kept sorted by lower bound
        var resolved: [ResolvedEntity] = []
        var nestedSeen = Set<NestedKey>()
        for candidate in ranked where !candidate.viewRange.isEmpty {
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
        return resolved.sorted {
            ($0.candidate.viewRange.lowerBound, -$0.candidate.viewRange.upperBound, $0.isNested ? 1 : 0)
                < ($1.candidate.viewRange.lowerBound, -$1.candidate.viewRange.upperBound, $1.isNested ? 1 : 0)
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

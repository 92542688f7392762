/// Decides which candidates become entities: the one rule for overlaps, written once.
///
/// Candidates are ranked longest first, then earliest, then by priority, then by label order.
/// Going down the ranking, a candidate that overlaps no accepted outermost entity becomes
/// outermost. One lying wholly inside an outermost entity becomes nested in it (kept only
/// when nested entities are wanted, and only once per span and label); one that crosses an
/// outermost entity's boundary is dropped. So outermost entities never overlap each other.
enum OverlapResolver {
    static func resolve(_ candidates: consuming [Candidate], includeNested: Bool) -> [ResolvedEntity] {
        // Ranks are sorted, not the candidates (large values, slow to move); ties keep input order.
        var ranked = candidates.indices.map { Rank(candidates[$0], index: $0) }
        ranked.sort { Rank.precedes($0, $1, in: candidates) }
        // The candidates kept, by index: each candidate is moved once, into its entity, at the end.
        var outermost: [Kept] = []  // kept sorted by lower bound
        outermost.reserveCapacity(candidates.count)
        var nested: [Kept] = []  // in the order they are kept
        var nestedSeen = Set<NestedKey>()
        for rank in ranked where rank.length > 0 {
            let range = rank.start..<(rank.start + rank.length)
            let insertion = outermost.firstIndex(atLeast: range.upperBound) { $0.range.lowerBound }
            // The only outermost spans that can overlap `range` start before its end; check the
            // nearest ones (they do not overlap each other, so one before suffices).
            let before = insertion > 0 ? outermost[insertion - 1].range : nil
            if let before, before.overlaps(range) {
                if includeNested, before.lowerBound <= range.lowerBound, range.upperBound <= before.upperBound,
                   nestedSeen.insert(NestedKey(range: range, label: candidates[rank.index].label)).inserted {
                    nested.append(Kept(range: range, index: rank.index))
                }
                continue
            }
            outermost.insert(Kept(range: range, index: rank.index), at: insertion)
        }
        return inTextOrder(outermost, nested, of: candidates)
    }

    /// The entities in text order: by start, the longer first, the outermost before the nested;
    /// else as resolved. The outermost are in that order already and each nested one lies inside
    /// one of them, so the nested, sorted alone, are merged in after the outermost that holds them.
    /// Each kept candidate is moved into its entity, not copied: `candidates` is taken apart from
    /// its end, the ones not kept dropped on the way.
    private static func inTextOrder(_ outermost: [Kept], _ nested: [Kept], of candidates: consuming [Candidate]) -> [ResolvedEntity] {
        // Stable: nested ones of one span keep the order they were kept in.
        let nested = nested.sorted { a, b in
            a.range.lowerBound != b.range.lowerBound ? a.range.lowerBound < b.range.lowerBound : a.range.upperBound > b.range.upperBound
        }
        // Where each candidate goes, by its index: twice its place in the result, plus one when
        // nested; -1 when it is not kept.
        var places = [Int](repeating: -1, count: candidates.count)
        var place = 0, next = 0
        for kept in outermost {
            places[kept.index] = 2 * place
            place += 1
            while next < nested.count, nested[next].range.lowerBound < kept.range.upperBound {
                places[nested[next].index] = 2 * place + 1
                place += 1
                next += 1
            }
        }
        return [ResolvedEntity](unsafeUninitializedCapacity: place) { result, count in
            for index in places.indices.reversed() {
                let candidate = candidates.removeLast()
                guard places[index] >= 0 else { continue }
                let entity = ResolvedEntity(candidate: candidate, isNested: places[index] % 2 == 1)
                (result.baseAddress! + places[index] / 2).initialize(to: entity)
            }
            count = place
        }
    }

    /// A candidate kept: its span and its index.
    private struct Kept {
        let range: Range<Int>
        let index: Int
    }

    /// What a candidate is ranked by first, copied out of it once, and its index: a small value,
    /// quick to move while sorting.
    private struct Rank {
        /// Longest first, then earliest, in one integer: the length's complement above the start.
        let span: UInt64
        let index: Int

        init(_ candidate: Candidate, index: Int) {
            let range = candidate.viewRange
            precondition(range.lowerBound >= 0 && range.upperBound < 1 << 32, "a span past 2^32 UTF-16 units")
            span = UInt64(UInt32.max - UInt32(range.count)) << 32 | UInt64(range.lowerBound)
            self.index = index
        }

        var length: Int { Int(UInt32.max - UInt32(span >> 32)) }
        var start: Int { Int(span & 0xFFFF_FFFF) }

        /// Whether `a` ranks before `b`: longest first, then earliest, then (the rare ties read
        /// from the candidates) highest priority, then by label order, then in input order.
        static func precedes(_ a: Rank, _ b: Rank, in candidates: [Candidate]) -> Bool {
            if a.span != b.span { return a.span < b.span }
            let first = candidates[a.index].priority, second = candidates[b.index].priority
            if first != second { return first > second }
            let label = candidates[a.index].label, other = candidates[b.index].label
            return label != other ? label < other : a.index < b.index
        }
    }

    private struct NestedKey: Hashable {
        let range: Range<Int>
        let label: EntityLabel
    }
}

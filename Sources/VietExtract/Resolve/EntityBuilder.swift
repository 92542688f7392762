/// Turns resolved candidates into entities with offsets into the caller's own text.
enum EntityBuilder {
    static func entities(from resolved: [ResolvedEntity], in text: AnalyzedText) -> [Entity] {
        guard !resolved.isEmpty else { return [] }
        let originalRanges = resolved.map { text.originalRange(ofView: $0.candidate.viewRange) }
        // Both ends of every range, into one buffer sized once (not a small array per range).
        var offsets: [Int] = []
        offsets.reserveCapacity(2 * originalRanges.count)
        for range in originalRanges {
            offsets.append(range.lowerBound)
            offsets.append(range.upperBound)
        }
        let positions = OffsetTranslator.positions(of: offsets, in: text.originalUnits)
        let utf8 = text.original.utf8
        return zip(resolved, originalRanges).map { item, range in
            let start = positions[range.lowerBound]!
            let end = positions[range.upperBound]!
            let lower = utf8.index(utf8.startIndex, offsetBy: start.utf8)
            let upper = utf8.index(lower, offsetBy: end.utf8 - start.utf8)
            return Entity(
                label: item.candidate.label,
                text: slice(of: text.original, utf8: start.utf8..<end.utf8) ?? String(text.original[lower..<upper]),
                range: lower..<upper,
                start: start.codePoints,
                end: end.codePoints,
                utf8Start: start.utf8,
                utf8End: end.utf8,
                value: item.candidate.value,
                isNested: item.isNested,
                source: item.candidate.source
            )
        }
    }

    /// The text between two UTF-8 offsets of `original`, which fall on scalar boundaries, read from
    /// its bytes: no index checks, no substring; nil when the string has no contiguous UTF-8.
    private static func slice(of original: String, utf8 range: Range<Int>) -> String? {
        original.utf8.withContiguousStorageIfAvailable { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }
}

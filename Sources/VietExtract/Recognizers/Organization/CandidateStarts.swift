/// What the earlier recognizers found at each token of one text, as the organization scanner
/// reads it: the token after a place candidate starting there, whether that place is a region, and
/// whether a person, document or date candidate starts there.
///
/// One word of raw memory a token (and one past the end), filled once per text: one allocation
/// and no reference counting. The place's end fills the low bits, the two facts the high ones.
struct CandidateStarts {
    private let slots: UnsafeMutableBufferPointer<UInt32>
    private static let placeEndBits: UInt32 = (1 << 30) - 1
    private static let regionBit: UInt32 = 1 << 30
    private static let otherBit: UInt32 = 1 << 31

    /// The table of `candidates` over `tokens`, and the tokens where places start (each once).
    /// Only candidates whose ends fall on token boundaries count.
    init(candidates: [Candidate], tokens: [Token], placeStarts: inout [Int]) {
        precondition(tokens.count < Int(Self.placeEndBits), "a place's end is kept in 30 bits")
        slots = .allocate(capacity: tokens.count + 1)
        slots.initialize(repeating: 0)
        tokens.withUnsafeBufferPointer { tokens in
            // Candidates are read in place, field by field: copying each whole candidate costs more than the rest.
            for position in candidates.indices {
                let label = candidates[position].label
                guard label == .location || label == .person || label == .document || label == .date else { continue }
                let viewRange = candidates[position].viewRange
                let start = tokens.firstIndex(atLeast: viewRange.lowerBound) { Int($0.start) }
                guard start < tokens.count, Int(tokens[start].start) == viewRange.lowerBound else { continue }
                // A candidate is a few tokens long: its last token is found by stepping on from its first
                // (an empty one's may lie before it, and is searched for).
                var last = viewRange.isEmpty ? tokens.firstIndex(atLeast: viewRange.upperBound) { Int($0.end) } : start
                while last < tokens.count, Int(tokens[last].end) < viewRange.upperBound { last += 1 }
                guard last < tokens.count, Int(tokens[last].end) == viewRange.upperBound else { continue }
                let end = UInt32(last + 1)
                if label == .location {
                    let known = slots[start] & Self.placeEndBits
                    if known == 0 { placeStarts.append(start) }
                    slots[start] = slots[start] & ~Self.placeEndBits | max(known, end)
                    if case .place(let place) = candidates[position].value, place.kind == "region" {
                        slots[start] |= Self.regionBit
                    }
                } else {
                    slots[start] |= Self.otherBit
                }
            }
        }
    }

    /// Frees the table; its owner calls it once, when done.
    func deallocate() { slots.deallocate() }

    /// The token after the place candidate starting at `index`, if any.
    @inline(__always)
    func placeEnd(at index: Int) -> Int? {
        guard index >= 0, index < slots.count else { return nil }
        let end = slots[index] & Self.placeEndBits
        return end > 0 ? Int(end) : nil
    }

    /// Whether a place candidate starts at token `index`, which must be a token of the text.
    @inline(__always)
    func startsPlace(at index: Int) -> Bool { slots.baseAddress.unsafelyUnwrapped[index] & Self.placeEndBits != 0 }

    /// Cuts the place starting at `index` to end before token `end`.
    func cutPlace(at index: Int, before end: Int) {
        slots[index] = slots[index] & ~Self.placeEndBits | UInt32(end)
    }

    /// Whether the place candidate starting at `index` names a region or continent.
    func placeIsRegion(at index: Int) -> Bool { index >= 0 && index < slots.count && slots[index] & Self.regionBit != 0 }

    /// Whether a person, document or date candidate starts at token `index`.
    @inline(__always)
    func otherStarts(at index: Int) -> Bool { index >= 0 && index < slots.count && slots[index] & Self.otherBit != 0 }
}

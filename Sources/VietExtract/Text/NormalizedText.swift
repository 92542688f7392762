import CICU

/// The text as matchers see it, with a map back to the user's own characters.
///
/// The view is the input in UTF-16, composed to NFC, with old-style tone marks moved to the new
/// style (`hòa` → `hoà`), `Ð` (U+00D0) read as `Đ`, no-break spaces read as spaces and invisible
/// characters (zero-width spaces, soft hyphens, byte-order marks) left out. Every unit of the view
/// remembers which units of the original it came from, so a match in the view becomes a range of
/// the original text. When normalization changed no length, the map is the identity and costs nothing.
public struct NormalizedText: Sendable {
    /// The normalized text, in UTF-16 code units.
    public let units: [UInt16]
    /// The length of the original text, in UTF-16 code units.
    public let originalLength: Int
    /// For each unit of the view, where its source starts in the original; empty for the identity.
    private let sourceStarts: [Int32]
    /// For each unit of the view, where its source ends in the original; empty for the identity.
    private let sourceEnds: [Int32]

    /// Normalizes `original`, given as UTF-16 code units.
    public init(original: [UInt16]) {
        let survey = Survey(original)
        originalLength = original.count
        var view: [UInt16]
        let oldStyleStarts: [Int]
        if !survey.rewrites {
            // Most texts are NFC already: the view shares the original's storage until a tone fold.
            view = original
            oldStyleStarts = survey.oldStyleStarts
            sourceStarts = []
            sourceEnds = []
        } else {
            var builder = Builder(capacity: original.count)
            builder.append(original)
            view = builder.units
            oldStyleStarts = TonePlacement.oldStyleStarts(in: view)
            sourceStarts = builder.sourceStarts
            sourceEnds = builder.sourceEnds
        }
        TonePlacement.foldToNewStyle(&view, at: oldStyleStarts)
        units = view
    }

    /// Whether the view may differ from the original at `unit` (a conservative answer: surrogates
    /// and combining marks always say yes).
    static func rewrites(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x00A0, 0x00AD, 0x00D0, 0x2007, 0x202F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xD800...0xDFFF:
            return true
        default:
            return unit >= 0x300 && Builder.combinesBack(unit)
        }
    }

    /// What one pass over the original's units learns before the view is built: whether the
    /// view would change any unit (then the builder runs), and where an old-style tone placement
    /// may start (the only change to a text that needs no other).
    private struct Survey {
        let rewrites: Bool
        let oldStyleStarts: [Int]

        /// Each unit's bits are or-ed together, and its position written after the starts found
        /// so far and kept (the count moves on) when it may start an old-style tone: no branch on
        /// a unit, whose outcome would be mispredicted at each toned `o` or `u`.
        init(_ original: [UInt16]) {
            var seen: UInt8 = 0
            oldStyleStarts = [Int](unsafeUninitializedCapacity: original.count) { starts, count in
                count = 0
                UnitClasses.table.withUnsafeBufferPointer { table in
                    original.withUnsafeBufferPointer { units in
                        for position in units.indices {
                            let bits = UnitClasses.of(units[position], in: table).rawValue
                            seen |= bits
                            starts[count] = position  // count <= position: within the capacity
                            count &+= Int(truncatingIfNeeded: (bits & UnitClasses.Bits.oldStyleStart.rawValue) &>> 4)
                        }
                    }
                }
            }
            rewrites = seen & UnitClasses.Bits.rewritten.rawValue != 0
        }
    }

    /// Whether the view has the same length as the original, unit for unit.
    public var isIdentityMapped: Bool { sourceStarts.isEmpty }

    /// The range of the original text that a range of the view came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !sourceStarts.isEmpty else { return range }
        if range.isEmpty {
            let position = range.lowerBound < units.count ? Int(sourceStarts[range.lowerBound]) : originalLength
            return position..<position
        }
        return Int(sourceStarts[range.lowerBound])..<Int(sourceEnds[range.upperBound - 1])
    }

    /// Accumulates the view and, from the first change on, its map.
    private struct Builder {
        var units: [UInt16] = []
        var sourceStarts: [Int32] = []
        var sourceEnds: [Int32] = []
        private var mapped = false

        init(capacity: Int) {
            units.reserveCapacity(capacity)
        }

        /// Switches from the implicit identity map to explicit arrays.
        private mutating func startMapping() {
            guard !mapped else { return }
            mapped = true
            sourceStarts = (0..<units.count).map { Int32($0) }
            sourceEnds = (0..<units.count).map { Int32($0 + 1) }
        }

        private mutating func emit(_ unit: UInt16, from start: Int, to end: Int) {
            units.append(unit)
            if mapped {
                sourceStarts.append(Int32(start))
                sourceEnds.append(Int32(end))
            }
        }

        mutating func append(_ original: [UInt16]) {
            var index = 0
            var lastStarter = (source: 0, view: 0)
            let count = original.count
            while index < count {
                let unit = original[index]
                if unit < 0x80 {
                    emit(unit, from: index, to: index + 1)
                    lastStarter = (index, units.count - 1)
                    index += 1
                    continue
                }
                switch unit {
                case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                    startMapping()
                    index += 1
                case 0x00A0, 0x2007, 0x202F:
                    emit(0x20, from: index, to: index + 1)
                    index += 1
                case 0x00D0:
                    emit(0x0110, from: index, to: index + 1)
                    index += 1
                case 0xD800...0xDBFF where index + 1 < count:
                    emit(unit, from: index, to: index + 1)
                    emit(original[index + 1], from: index + 1, to: index + 2)
                    lastStarter = (index, units.count - 2)
                    index += 2
                default:
                    if Self.combinesBack(unit), !units.isEmpty {
                        index = composeSegment(original, from: lastStarter, combiningAt: index)
                    } else {
                        emit(unit, from: index, to: index + 1)
                        lastStarter = (index, units.count - 1)
                        index += 1
                    }
                }
            }
        }

        /// Whether NFC may compose `unit` with the character before it.
        @inline(__always)
        static func combinesBack(_ unit: UInt16) -> Bool {
            if unit &- 0x300 < 0x70 { return true }
            if unit < 0x370 || unit &- 0x1E00 < 0x100 { return false }
            return cicu_nfc_combines_back(UInt32(unit)) != 0
        }

        /// Replaces the segment that starts at the last starter and runs over the combining marks
        /// at `combiningAt` by its NFC form, each unit mapped to the whole segment. Returns the
        /// index after the segment.
        private mutating func composeSegment(
            _ original: [UInt16], from starter: (source: Int, view: Int), combiningAt start: Int
        ) -> Int {
            var end = start + 1
            while end < original.count, Self.combinesBack(original[end]) { end += 1 }
            let segment = Array(original[starter.source..<end])
            var composed = [UInt16](repeating: 0, count: segment.count * 3 + 4)
            let length = segment.withUnsafeBufferPointer { source in
                composed.withUnsafeMutableBufferPointer { target in
                    cicu_nfc(source.baseAddress, Int32(source.count), target.baseAddress, Int32(target.count))
                }
            }
            startMapping()
            units.removeLast(units.count - starter.view)
            sourceStarts.removeLast(sourceStarts.count - starter.view)
            sourceEnds.removeLast(sourceEnds.count - starter.view)
            let result = length >= 0 ? composed[0..<Int(length)] : segment[...]
            for composedUnit in result {
                emit(composedUnit == 0x00D0 ? 0x0110 : composedUnit, from: starter.source, to: end)
            }
            return end
        }
    }
}

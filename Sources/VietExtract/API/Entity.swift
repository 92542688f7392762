/// One entity found in a text: its label, where it is, what it says, and which rule found it.
///
/// Offsets are into the text as the caller gave it, whatever normalization happened inside:
/// `range` indexes the caller's `String`; `start`/`end` count Unicode code points (as Python
/// and spaCy do), `utf8Start`/`utf8End` count UTF-8 bytes; ends are exclusive. `text` is
/// always exactly the caller's characters at those offsets.
public struct Entity: Sendable, Hashable {
    /// The candidate the entity was made of, held whole: moved in, not taken apart (which would
    /// copy its value and release the rest).
    let resolved: ResolvedEntity
    /// The caller's whole text, which `text` is cut from when asked for: an entity holds no
    /// string of its own, so making one allocates nothing and destroying one frees nothing.
    let original: String
    /// The entity's range in the caller's string.
    public let range: Range<String.Index>
    /// The first code point of the entity, counted from 0.
    public let start: Int
    /// The code point after the entity.
    public let end: Int
    /// The first UTF-8 byte of the entity, counted from 0.
    public let utf8Start: Int
    /// The UTF-8 byte after the entity.
    public let utf8End: Int

    /// What kind of entity this is.
    public var label: EntityLabel { resolved.candidate.label }
    /// The normalized, label-specific value.
    public var value: EntityValue { _read { yield resolved.candidate.value } }
    /// Whether the entity lies inside another, outermost one.
    public var isNested: Bool { resolved.isNested }
    /// The rule or gazetteer that produced the entity, such as `doc.number-symbol`.
    public var source: String { _read { yield resolved.candidate.source } }

    /// The caller's characters covered by the entity.
    public var text: String {
        // The bounds fall on scalar boundaries: a slice of valid UTF-8 between them needs no second check.
        withTextUTF8 { bytes in
            if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
                return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: false))
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, read in place (copied first only from a string
    /// not stored as contiguous UTF-8).
    func withTextUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let utf8Range = utf8Start..<utf8End
        if let result = try original.utf8.withContiguousStorageIfAvailable({ try body(UnsafeBufferPointer(rebasing: $0[utf8Range])) }) {
            return result
        }
        return try Array(original.utf8[range]).withUnsafeBufferPointer(body)
    }

    /// Equal entities say the same: their texts are compared, not the texts they were cut from.
    public static func == (a: Entity, b: Entity) -> Bool {
        a.label == b.label && a.range == b.range && a.start == b.start && a.end == b.end
            && a.utf8Start == b.utf8Start && a.utf8End == b.utf8End && a.isNested == b.isNested
            && a.source == b.source && a.value == b.value
            && a.withTextUTF8 { first in b.withTextUTF8 { first.elementsEqual($0) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(label)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(value)
        hasher.combine(isNested)
        hasher.combine(source)
        withTextUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The entity with the offsets inside its value moved by `codePoints`, for reporting in an input's coordinates.
    func shiftingValueOffsets(by codePoints: Int) -> Entity {
        var resolved = resolved
        resolved.candidate.value = value.shifted(by: codePoints)
        return Entity(resolved: resolved, original: original, range: range, start: start, end: end,
                      utf8Start: utf8Start, utf8End: utf8End)
    }
}

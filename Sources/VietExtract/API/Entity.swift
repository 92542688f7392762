/// One entity found in a text: its label, where it is, what it says, and which rule found it.
///
/// Offsets are into the text as the caller gave it, whatever normalization happened inside:
/// `range` indexes the caller's `String`; `start`/`end` count Unicode code points (as Python
/// and spaCy do), `utf8Start`/`utf8End` count UTF-8 bytes; ends are exclusive. `text` is
/// always exactly the caller's characters at those offsets.
public struct Entity: Sendable, Hashable {
    /// What kind of entity this is.
    public let label: EntityLabel
    /// The caller's characters covered by the entity.
    public let text: String
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
    /// The normalized, label-specific value.
    public let value: EntityValue
    /// Whether the entity lies inside another, outermost one.
    public let isNested: Bool
    /// The rule or gazetteer that produced the entity, such as `doc.number-symbol`.
    public let source: String

    /// The entity with the offsets inside its value moved by `codePoints`, for reporting in an input's coordinates.
    func shiftingValueOffsets(by codePoints: Int) -> Entity {
        Entity(label: label, text: text, range: range, start: start, end: end, utf8Start: utf8Start, utf8End: utf8End,
               value: value.shifted(by: codePoints), isNested: isNested, source: source)
    }
}

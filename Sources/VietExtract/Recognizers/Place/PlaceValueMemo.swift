/// The values one text's names were given, kept while the recognizer reads the text: a name written
/// again (about half the place names of a news text) reads its value here, not from its rows again.
///
/// A text names a few dozen places at most: the values are searched in order, first by one integer,
/// which costs less than hashing their keys.
struct PlaceValueMemo {
    /// What a unit named after a type word depends on: the name's trie node and capitals (which
    /// give its records) and the type word.
    struct TypedKey: Equatable {
        let node: Int32
        let capitals: UInt64?
        let typeWord: ObjectIdentifier
    }

    /// Bare names' values, with the records each stands for (in their order).
    private var bare: [(records: [Int], value: PlaceValue)] = []
    /// The units type words name (nil: none fits), with their keys.
    private var typed: [(key: TypedKey, value: PlaceValue?)] = []

    /// The value kept of a bare name that stands for `records` (never empty), if any.
    func bareValue(of records: [Int]) -> PlaceValue? {
        bare.first { $0.records[0] == records[0] && $0.records == records }?.value
    }

    mutating func keep(_ value: PlaceValue, of records: [Int]) {
        bare.append((records, value))
    }

    /// The unit kept of `key` (`.some(nil)`: none fits), if any.
    func typedValue(of key: TypedKey) -> PlaceValue?? {
        typed.first { $0.key.node == key.node && $0.key == key }.map(\.value)
    }

    mutating func keep(_ value: PlaceValue?, of key: TypedKey) {
        typed.append((key, value))
    }
}

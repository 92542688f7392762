/// The values the recognizer gave a text's names: a name written again (about half the place names
/// of a news text) reads its value here rather than building it from its rows again.
///
/// One memo serves one text, so the recognizer stays immutable and threads share nothing mutable.
/// Values are kept by what they depend on: their name's trie node and capitals, and how it stands.
final class PlaceValueMemo {
    /// What a unit named after a type word depends on: the name's trie node and capitals (which
    /// give its records) and the type word.
    struct TypedKey: Equatable {
        let node: Int32
        let capitals: UInt64?
        let typeWord: ObjectIdentifier
    }

    /// What a bare name's value depends on: the name's trie node and capitals (which give its
    /// records) and the standings it has here (`PlaceTables.Standing.bit`, which pick among them).
    struct BareKey: Equatable {
        let node: Int32
        let capitals: UInt64?
        let standings: UInt8
    }

    /// Values kept (nil: none fits) beside their keys: a text keeps few (its names not seen before),
    /// so a search compares keys in turn, which costs less than hashing them, and copies only the
    /// value it finds.
    private struct Kept<Key: Equatable> {
        private var keys: [Key] = []
        private var values: [PlaceValue?] = []

        func value(of key: Key) -> PlaceValue?? {
            guard let index = keys.firstIndex(of: key) else { return nil }
            return .some(values[index])
        }

        mutating func keep(_ value: PlaceValue?, of key: Key) {
            // Room for a text's usual names at the first value: the lists do not grow one by one.
            if keys.isEmpty {
                keys.reserveCapacity(16)
                values.reserveCapacity(16)
            }
            keys.append(key)
            values.append(value)
        }
    }

    /// Bare names' values.
    private var bare = Kept<BareKey>()
    /// Typed units.
    private var typed = Kept<TypedKey>()

    /// The value kept of a bare name of `key`, if any.
    func bareValue(of key: BareKey) -> PlaceValue? {
        return bare.value(of: key) ?? nil
    }

    func keep(_ value: PlaceValue, of key: BareKey) {
        bare.keep(value, of: key)
    }

    /// The unit kept of `key` (`.some(nil)`: none fits), if any.
    func typedValue(of key: TypedKey) -> PlaceValue?? {
        return typed.value(of: key)
    }

    func keep(_ value: PlaceValue?, of key: TypedKey) {
        typed.keep(value, of: key)
    }
}

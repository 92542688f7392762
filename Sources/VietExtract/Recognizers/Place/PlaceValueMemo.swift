/// The values the recognizer gave a text's names: a name written again (about half the place names
/// of a news text) reads its value here rather than building it from its rows again.
///
/// One memo serves one text, so the recognizer stays immutable and threads share nothing mutable.
/// Values are kept by what they depend on: their name's trie node and capitals, and how it stands.
final class PlaceValueMemo {
    /// What a unit named after a type word depends on: the name's trie node and capitals (which
    /// give its records) and the type word.
    struct TypedKey: Hashable {
        let node: Int32
        let capitals: UInt64?
        let typeWord: ObjectIdentifier
    }

    /// What a bare name's value depends on: the name's trie node and capitals (which give its
    /// records) and the standings it has here (`PlaceTables.Standing.bit`, which pick among them).
    struct BareKey: Hashable {
        let node: Int32
        let capitals: UInt64?
        let standings: UInt8
    }

    /// Values kept (nil: none fits) beside their keys: a text keeps few (its names not seen before),
    /// so a search compares keys in turn, which costs less than hashing them, and copies only the
    /// value it finds. Past `linearLimit` keys (a text that lists hundreds of places) they are also
    /// indexed, so that no text costs more than linear time.
    private struct Kept<Key: Hashable> {
        private var keys: [Key] = []
        private var values: [PlaceValue?] = []
        private var index: [Key: Int]?
        private static var linearLimit: Int { 32 }

        func value(of key: Key) -> PlaceValue?? {
            let found = index.map { $0[key] } ?? keys.firstIndex(of: key)
            guard let found else { return nil }
            return .some(values[found])
        }

        /// Keeps the value of a key not kept yet.
        mutating func keep(_ value: PlaceValue?, of key: Key) {
            // Room for a text's usual names at the first value: the lists do not grow one by one.
            if keys.isEmpty {
                keys.reserveCapacity(16)
                values.reserveCapacity(16)
            }
            keys.append(key)
            values.append(value)
            if index != nil {
                index?[key] = keys.count - 1
            } else if keys.count > Self.linearLimit {
                index = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices))
            }
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

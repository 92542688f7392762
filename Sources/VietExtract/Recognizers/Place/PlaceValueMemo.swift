/// The values the recognizer gave a text's names: a name written again (about half the place names
/// of a news text) reads its value here rather than building it from its rows again.
///
/// One memo serves one text, so the recognizer stays immutable and threads share nothing mutable.
/// Values are kept under their name's trie node, each slot a chain of the few values kept there.
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

    /// Values kept in slots (a record, a node), each slot a chain of the few values kept there.
    private struct Chains<Key: Equatable> {
        /// For each slot used, the last value kept there.
        private var last: [Int: Int32] = [:]
        /// The values kept (nil: none fits), their keys, and for each the one kept before it in its slot
        /// (-1: none), side by side: a search compares keys and copies only the value it finds.
        private var keys: [Key] = []
        private var values: [PlaceValue?] = []
        private var previous: [Int32] = []

        func value(of key: Key, in slot: Int) -> PlaceValue?? {
            var index = last[slot] ?? -1
            while index >= 0 {
                if keys[Int(index)] == key { return .some(values[Int(index)]) }
                index = previous[Int(index)]
            }
            return nil
        }

        mutating func keep(_ value: PlaceValue?, of key: Key, in slot: Int) {
            keys.append(key)
            values.append(value)
            previous.append(last[slot] ?? -1)
            last[slot] = Int32(keys.count - 1)
        }
    }

    /// Bare names' values, in the slot of their node.
    private var bare = Chains<BareKey>()
    /// Typed units, in the slot of their node.
    private var typed = Chains<TypedKey>()

    /// The value kept of a bare name of `key`, if any.
    func bareValue(of key: BareKey) -> PlaceValue? {
        return bare.value(of: key, in: Int(key.node)) ?? nil
    }

    func keep(_ value: PlaceValue, of key: BareKey) {
        bare.keep(value, of: key, in: Int(key.node))
    }

    /// The unit kept of `key` (`.some(nil)`: none fits), if any.
    func typedValue(of key: TypedKey) -> PlaceValue?? {
        return typed.value(of: key, in: Int(key.node))
    }

    func keep(_ value: PlaceValue?, of key: TypedKey) {
        typed.keep(value, of: key, in: Int(key.node))
    }
}

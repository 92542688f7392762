import Foundation

/// The values the recognizer gave names, kept for the texts to come: a name written again, in the
/// same text (about half the place names of a news text) or a later one, reads its value here rather
/// than building it from its rows again.
///
/// A value depends only on what it is kept by, so every text may share it; the threads that run the
/// recognizer share the memo behind a lock. It grows to at most one value per name of the tables.
/// Values are found without hashing: under their first record (a bare name's) or their trie node
/// (a typed unit's), each a chain of the few values kept there.
final class PlaceValueMemo: @unchecked Sendable {
    /// What a unit named after a type word depends on: the name's trie node and capitals (which
    /// give its records) and the type word.
    struct TypedKey: Equatable {
        let node: Int32
        let capitals: UInt64?
        let typeWord: ObjectIdentifier
    }

    /// Values kept in slots (a record, a node), each slot a chain of the few values kept there.
    private struct Chains<Key: Equatable> {
        /// For each slot, the last value kept there (-1: none).
        private var last: [Int32]
        /// The values kept (nil: none fits), their keys, and for each the one kept before it in its slot
        /// (-1: none), side by side: a search compares keys and copies only the value it finds.
        private var keys: [Key] = []
        private var values: [PlaceValue?] = []
        private var previous: [Int32] = []

        init(slots: Int) {
            last = [Int32](repeating: -1, count: slots)
        }

        func value(of key: Key, in slot: Int) -> PlaceValue?? {
            var index = last[slot]
            while index >= 0 {
                if keys[Int(index)] == key { return .some(values[Int(index)]) }
                index = previous[Int(index)]
            }
            return nil
        }

        mutating func keep(_ value: PlaceValue?, of key: Key, in slot: Int) {
            keys.append(key)
            values.append(value)
            previous.append(last[slot])
            last[slot] = Int32(keys.count - 1)
        }
    }

    private let lock = NSLock()
    /// Bare names' values, by the records each stands for (in their order), in the slot of the first.
    private var bare: Chains<[Int]>
    /// Typed units, in the slot of their node.
    private var typed: Chains<TypedKey>

    /// An empty memo for tables of `recordCount` records whose names' trie has `nodeCount` nodes.
    init(recordCount: Int, nodeCount: Int) {
        bare = Chains(slots: recordCount)
        typed = Chains(slots: nodeCount)
    }

    /// The value kept of a bare name that stands for `records` (never empty), if any.
    func bareValue(of records: [Int]) -> PlaceValue? {
        lock.lock()
        defer { lock.unlock() }
        return bare.value(of: records, in: records[0]) ?? nil
    }

    func keep(_ value: PlaceValue, of records: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        bare.keep(value, of: records, in: records[0])
    }

    /// The unit kept of `key` (`.some(nil)`: none fits), if any.
    func typedValue(of key: TypedKey) -> PlaceValue?? {
        lock.lock()
        defer { lock.unlock() }
        return typed.value(of: key, in: Int(key.node))
    }

    func keep(_ value: PlaceValue?, of key: TypedKey) {
        lock.lock()
        defer { lock.unlock() }
        typed.keep(value, of: key, in: Int(key.node))
    }
}

import Foundation

/// The values the recognizer gave names, kept for the texts to come: a name written again, in the
/// same text (about half the place names of a news text) or a later one, reads its value here rather
/// than building it from its rows again.
///
/// A value depends only on what it is kept by, so every text may share it; the threads that run the
/// recognizer share the memo behind a lock. It grows to at most one value per name of the tables.
final class PlaceValueMemo: @unchecked Sendable {
    /// What a unit named after a type word depends on: the name's trie node and capitals (which
    /// give its records) and the type word.
    struct TypedKey: Hashable {
        let node: Int32
        let capitals: UInt64?
        let typeWord: ObjectIdentifier
    }

    private let lock = NSLock()
    /// Bare names' values, by the records each stands for (in their order).
    private var bare: [[Int]: PlaceValue] = [:]
    /// The units type words name (nil: none fits), by their keys.
    private var typed: [TypedKey: PlaceValue?] = [:]

    /// The value kept of a bare name that stands for `records`, if any.
    func bareValue(of records: [Int]) -> PlaceValue? {
        lock.lock()
        defer { lock.unlock() }
        return bare[records]
    }

    func keep(_ value: PlaceValue, of records: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        bare[records] = value
    }

    /// The unit kept of `key` (`.some(nil)`: none fits), if any.
    func typedValue(of key: TypedKey) -> PlaceValue?? {
        lock.lock()
        defer { lock.unlock() }
        return typed[key]
    }

    func keep(_ value: PlaceValue?, of key: TypedKey) {
        lock.lock()
        defer { lock.unlock() }
        typed[key] = .some(value)
    }
}

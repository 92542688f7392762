import Testing
@testable import VietExtract

/// `KeyedTable` finds every key it was given, with its value, and no other.
@Suite struct KeyedTableTests {
    @Test func findsEachKeyAndNoOther() {
        // Keys that share their low bits, so they collide in the slots, and the dash key 0.
        let pairs: [(key: UInt64, value: String)] = [(0, "dash"), (16, "a"), (32, "b"), (48, "c"), (7, "d")]
        let table = KeyedTable(pairs)
        for pair in pairs {
            #expect(table.value(for: pair.key) == pair.value)
        }
        #expect(table.value(for: 64) == nil)
        #expect(table.value(for: 8) == nil)
        #expect(table.keys == pairs.map(\.key))
    }

    @Test func anEmptyTableFindsNothing() {
        let table = KeyedTable<Int>([])
        #expect(table.value(for: 0) == nil)
        #expect(table.value(for: 12345) == nil)
    }
}

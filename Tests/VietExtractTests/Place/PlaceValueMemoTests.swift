import Testing
@testable import VietExtract

/// Place values are kept by what they depend on, and found only by that.
@Suite struct PlaceValueMemoTests {
    @Test func aBareNameIsFoundByItsRecordsInTheirOrder() {
        let memo = PlaceValueMemo()
        memo.keep(PlaceValue(name: "Hòa Vang", kind: "district"), of: [4, 9])
        #expect(memo.bareValue(of: [4, 9])?.name == "Hòa Vang")
        #expect(memo.bareValue(of: [9, 4]) == nil)
        #expect(memo.bareValue(of: [4]) == nil)
        #expect(memo.bareValue(of: [4, 9, 11]) == nil)
        memo.keep(PlaceValue(name: "Hòa Vang", kind: "commune"), of: [4, 9, 11])
        #expect(memo.bareValue(of: [4, 9, 11])?.kind == "commune")
        #expect(memo.bareValue(of: [4, 9])?.kind == "district")
    }

    @Test func aTypedUnitKeepsAnAnswerOfNoneApartFromNoAnswer() {
        let memo = PlaceValueMemo()
        let word = PlaceTables.TypeWord(try! TSVTable(text: "word\tkind\nxã\tcommune\n", path: "t.tsv", required: ["word"]).rows[0])
        let key = PlaceValueMemo.TypedKey(node: 7, capitals: 1, typeWord: ObjectIdentifier(word))
        #expect(memo.typedValue(of: key) == nil)
        memo.keep(nil, of: key)
        #expect(memo.typedValue(of: key) == .some(nil))
        let capitalized = PlaceValueMemo.TypedKey(node: 7, capitals: nil, typeWord: ObjectIdentifier(word))
        #expect(memo.typedValue(of: capitalized) == nil)
    }
}

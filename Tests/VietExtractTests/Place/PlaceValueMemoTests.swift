import Testing
@testable import VietExtract

/// Place values are kept by what they depend on, and found only by that.
@Suite struct PlaceValueMemoTests {
    @Test func aBareNameIsFoundByItsNodeCapitalsAndStandings() {
        let memo = PlaceValueMemo()
        let district = PlaceValueMemo.BareKey(node: 4, capitals: 3, standings: 1)
        memo.keep(PlaceValue(name: "Hòa Vang", kind: "district"), of: district)
        #expect(memo.bareValue(of: district)?.name == "Hòa Vang")
        #expect(memo.bareValue(of: PlaceValueMemo.BareKey(node: 4, capitals: nil, standings: 1)) == nil)
        #expect(memo.bareValue(of: PlaceValueMemo.BareKey(node: 9, capitals: 3, standings: 1)) == nil)
        let both = PlaceValueMemo.BareKey(node: 4, capitals: 3, standings: 3)
        #expect(memo.bareValue(of: both) == nil)
        memo.keep(PlaceValue(name: "Hòa Vang", kind: "commune"), of: both)
        #expect(memo.bareValue(of: both)?.kind == "commune")
        #expect(memo.bareValue(of: district)?.kind == "district")
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

    @Test func aTextOfHundredsOfNamesFindsEveryOneAndNoOther() {
        let memo = PlaceValueMemo()
        for node in 0..<300 {
            memo.keep(PlaceValue(name: "Nơi \(node)", kind: "commune"), of: PlaceValueMemo.BareKey(node: Int32(node), capitals: nil, standings: 1))
        }
        for node in [0, 31, 32, 33, 150, 299] {
            #expect(memo.bareValue(of: PlaceValueMemo.BareKey(node: Int32(node), capitals: nil, standings: 1))?.name == "Nơi \(node)")
        }
        #expect(memo.bareValue(of: PlaceValueMemo.BareKey(node: 300, capitals: nil, standings: 1)) == nil)
        #expect(memo.bareValue(of: PlaceValueMemo.BareKey(node: 40, capitals: nil, standings: 2)) == nil)
    }
}

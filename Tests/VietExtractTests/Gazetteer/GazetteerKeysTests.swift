import Testing
@testable import VietExtract

/// Keys cut in two halves, one on another thread, are the keys cut at once.
struct GazetteerKeysTests {
    /// Each name's syllables as text, and its capitals.
    private func described(_ keys: GazetteerMatcher.Keys) -> [String] {
        (0..<keys.count).map { name in
            let syllables = keys.syllables[keys.starts[name]..<keys.starts[name + 1]].map {
                String(decoding: keys.units[$0], as: UTF16.self)
            }
            return syllables.joined(separator: "|") + " \(keys.capitals[name])"
        }
    }

    @Test func halvesAgreeWithTheWhole() {
        let names = ["Hà Nội", "TP.Vinh", "Thừa Thiên - Huế", "Q.3", "Bến Nghé", "Côte d'Ivoire", "xã Tân Phú", "A.B"]
        let whole = GazetteerMatcher.keys(of: names)
        let halves = GazetteerMatcher.keysInHalves(of: names)
        #expect(described(halves) == described(whole))
        #expect(described(whole)[0] == "Hà|Nội 3")
        #expect(halves.count == names.count)
    }

    @Test func manyNamesAreCutInHalves() {
        let names = (0..<GazetteerMatcher.KeyedGroup.manyNames).map { "Làng Số \($0)" }
        let group = GazetteerMatcher.KeyedGroup([GazetteerMatcher.List(name: "test", names: names)])
        #expect(described(group.keys) == described(GazetteerMatcher.keys(of: names)))
        #expect(described(group.keys).last == "Làng|Số|\(names.count - 1) 3")
    }
}

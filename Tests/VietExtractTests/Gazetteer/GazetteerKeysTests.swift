import Testing
@testable import VietExtract

/// Names cut into keys as a text is cut: plain names at their spaces and dashes, the others by the
/// segmenter, dashes left out, and a bit for each syllable that starts with a capital.
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

    @Test func plainAndOtherNamesAreCutAsTextIs() {
        let names = ["Hà Nội", "Thừa Thiên - Huế", "xã Tân Phú", "Q.3", "Bến-Nghé"]
        let keys = GazetteerMatcher.keys(of: names)
        #expect(keys.count == names.count)
        #expect(described(keys)[0] == "Hà|Nội 3")
        #expect(described(keys)[1] == "Thừa|Thiên|Huế 7")
        #expect(described(keys)[2] == "xã|Tân|Phú 6")
        #expect(described(keys)[4] == "Bến|Nghé 3")
        // Each name is cut as the same text alone would be.
        for (index, name) in names.enumerated() {
            #expect(described(GazetteerMatcher.keys(of: [name])) == [described(keys)[index]])
        }
    }

    @Test func aGroupOfSeveralListsHasTheKeysOfAllTheirNames() {
        let group = GazetteerMatcher.KeyedGroup([GazetteerMatcher.List(name: "a", names: ["Làng Số 1"]),
                                                 GazetteerMatcher.List(name: "b", names: ["Sông Hồng"])])
        #expect(described(group.keys) == ["Làng|Số|1 3", "Sông|Hồng 3"])
    }
}

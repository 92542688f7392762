import Testing
@testable import VietExtract

/// The trie's nodes as tables that read their entries once per node see them.
@Suite struct GazetteerNodeTests {
    static let list = Gazetteer(name: "test", entries: [
        GazetteerEntry(name: "Bà Rịa", label: .location, id: "written"),
        GazetteerEntry(name: "bà rịa", label: .location, id: "lower"),
        GazetteerEntry(name: "Vũng Tàu", label: .location, id: "other"),
    ])
    let matcher = GazetteerMatcher([list])

    @Test func aNodeListsEveryEntryOfItsKeyWhateverTheCapitals() throws {
        let text = AnalyzedText("Họ về bà rịa hôm qua.")
        let match = try #require(matcher.matches(in: text).first)
        #expect(matcher.entries(of: match).map { matcher.entry(at: $0).id } == ["lower"])
        #expect(matcher.entries(ofNode: Int(match.node)).map { matcher.entry(at: Int($0)).id } == ["written", "lower"])
    }

    @Test func everyNodeIsCountedAndInnerNodesHoldNoEntries() {
        // The root, `bà`, `rịa`, `vũng` and `tàu`.
        #expect(matcher.nodeCount == 5)
        let ends = (0..<matcher.nodeCount).filter { !matcher.entries(ofNode: $0).isEmpty }
        #expect(ends.count == 2)
    }

    @Test func aWalkStopsAtALeafAndKeepsTheLongestKey() {
        let text = AnalyzedText("Ở Vũng Tàu Mới và vũng tàu cũ.")
        let matches = matcher.matches(in: text)
        #expect(matches.map(\.tokens.count) == [2])
        #expect(matches.first.map { matcher.entries(of: $0).map { matcher.entry(at: $0).id } } == ["other"])
    }
}

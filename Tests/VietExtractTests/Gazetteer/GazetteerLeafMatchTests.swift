import Testing
@testable import VietExtract

/// Keys of one syllable that no key goes on from are matched without a walk; the match must be the walk's.
@Suite struct GazetteerLeafMatchTests {
    /// `ở` alone is a leaf of the trie; with `ở đâu` beside it, it is not, and every match is walked.
    static let leaf = GazetteerMatcher([Gazetteer(name: "leaf", entries: [
        GazetteerEntry(name: "ở", label: .location, id: "at"),
    ], casePolicy: .insensitive)])
    static let walked = GazetteerMatcher([Gazetteer(name: "walked", entries: [
        GazetteerEntry(name: "ở", label: .location, id: "at"),
        GazetteerEntry(name: "ở đâu", label: .location, id: "where"),
    ], casePolicy: .insensitive)])

    /// Each match's tokens, view range, capitals and entry ids.
    func described(_ text: AnalyzedText, _ matcher: GazetteerMatcher) -> [String] {
        matcher.matches(in: text).map { match in
            let ids = matcher.entries(of: match).map { matcher.entry(at: $0).id }
            return "\(match.tokens) \(match.viewRange) \(String(describing: match.capitals)) \(ids)"
        }
    }

    @Test func aLeafMatchIsTheMatchAWalkFinds() {
        for sentence in ["Anh ở Huế.", "Ở Huế, anh ở lại.", "ANH Ở HUẾ", "Ở"] {
            let text = AnalyzedText(sentence)
            let found = described(text, Self.leaf)
            #expect(!found.isEmpty)
            #expect(found == described(text, Self.walked))
        }
    }

    @Test func aKeyThatGoesOnIsStillWalkedToItsEnd() throws {
        let text = AnalyzedText("Anh ở đâu?")
        let match = try #require(Self.walked.matches(in: text).first)
        #expect(match.tokens == 1..<3)
        #expect(Self.leaf.matches(in: text).map(\.tokens) == [1..<2])
    }

    @Test func aLeafWrittenWithCapitalsMatchesOnlyCapitalized() {
        let names = GazetteerMatcher([Gazetteer(name: "names", entries: [
            GazetteerEntry(name: "Huế", label: .location, id: "hue"),
        ])])
        #expect(names.matches(in: AnalyzedText("Về Huế.")).map(\.tokens) == [1..<2])
        #expect(names.matches(in: AnalyzedText("về huế.")).isEmpty)
    }
}

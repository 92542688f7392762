import Testing
@testable import VietExtract

@Suite struct UserGazetteerTests {
    @Test func aUserFileGivesLabelsIdsAttributesAndCasePolicy() throws {
        let tsv = "# my products\n# case: insensitive\nname\tlabel\tid\tkind\nVinFast\tORG\tvf\tcompany\nsông Sài Gòn\tLOC\t\t\n"
        let list = try Gazetteer(tsv: tsv, path: "mine.tsv")
        #expect(list.casePolicy == .insensitive)
        #expect(list.entries.map(\.id) == ["vf", "sông Sài Gòn"])
        #expect(list.entries[0].attributes == .object([("kind", .string("company"))]))
        #expect(list.entries[1].label == .location)
    }

    @Test(arguments: [
        ("name\tlabel\nHà Nội\tLOC\textra\n", 2, "expected 2"),
        ("name\tlabel\n\nHà Nội\tPLACE\n", 3, "unknown label 'PLACE'"),
        ("name\tkind\nHà Nội\tLOC\n", 1, "no column 'label'"),
        ("name\tlabel\n - \tLOC\n", 2, "no letter or digit"),
        ("# case: loud\nname\tlabel\n", 1, "unknown case policy"),
        ("# only a comment\n", 1, "no header"),
    ])
    func malformedLinesNameTheFileAndLine(tsv: String, line: Int, reason: String) {
        do {
            _ = try Gazetteer(tsv: tsv, path: "bad.tsv")
            Issue.record("no error for \(tsv)")
        } catch {
            guard case .malformedLine(let path, let errorLine, let message) = error else {
                Issue.record("wrong error \(error)"); return
            }
            #expect(path == "bad.tsv")
            #expect(errorLine == line)
            #expect(message.contains(reason), "\(message)")
            #expect(error.description.hasPrefix("bad.tsv:\(line): "))
        }
    }

    /// A stand-in for a built-in recognizer proposing the same span.
    struct BuiltIn: Recognizer {
        let labels: Set<EntityLabel> = [.location]
        func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
            for match in GazetteerMatcher([Gazetteer(name: "builtin", entries: [
                GazetteerEntry(name: "Hà Nội", label: .location, id: "builtin-hn"),
            ])]).matches(in: text) {
                candidates.append(Candidate(label: .location, viewRange: match.viewRange,
                                            value: .attributes(.string("builtin")), source: "builtin", priority: 50))
            }
        }
    }

    @Test func userEntriesWinTiesAgainstBuiltInOnesAndKeepOffsets() throws {
        let user = Gazetteer(name: "mine.tsv", entries: [
            GazetteerEntry(name: "Hà Nội", label: .location, id: "my-hn", attributes: .object([("note", .string("x"))])),
        ])
        let extractor = Extractor(options: ExtractorOptions(), recognizers: [GazetteerRecognizer([user]), BuiltIn()])
        let text = "Tôi ở Ha\u{300} Nội."
        let entity = try #require(extractor.extract(text).first)
        #expect(entity.text == "Ha\u{300} Nội")
        #expect(entity.start == 6)
        #expect(entity.end == 13)
        #expect(entity.source == "gazetteer:mine.tsv")
        #expect(entity.value.json == .object([("id", .string("my-hn")), ("note", .string("x"))]))
    }
}

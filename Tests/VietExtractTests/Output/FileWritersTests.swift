import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VietExtract

/// The writers of token columns, standoff files and pages: conll, brat, html.
@Suite struct FileWritersTests {
    @Test func conllTagsSyllablesWithBIOAndSeparatesSentences() {
        let output = WriterFixture.run(CoNLLWriter(nestedColumn: false))
        #expect(output.text == """
            -DOCSTART-\tO

            Bà\tO
            Lan\tO
            &\tO
            ông\tO
            Tô\tB-PER
            Huy\tI-PER
            Rứa\tI-PER
            gặp\tO
            UBND\tB-ORG
            tỉnh\tI-ORG
            Bình\tI-ORG
            Định\tI-ORG
            .\tO

            Theo\tO
            Chỉ\tB-DOC
            thị\tI-DOC
            số\tI-DOC
            39\tI-DOC
            -\tI-DOC
            CT\tI-DOC
            /\tI-DOC
            TW\tI-DOC
            <\tO
            mới\tO
            >\tO
            .\tO


            """)
    }

    @Test func conllPutsNestedEntitiesInASecondColumn() {
        let lines = WriterFixture.run(CoNLLWriter(nestedColumn: true)).text.split(separator: "\n")
        #expect(lines.first == "-DOCSTART-\tO\tO")
        #expect(lines.contains("UBND\tB-ORG\tO"))
        #expect(lines.contains("tỉnh\tI-ORG\tB-LOC"))
        #expect(lines.contains("Định\tI-ORG\tI-LOC"))
        #expect(lines.contains("Tô\tB-PER\tO"), "an outermost entity is not repeated in the nested column")
    }

    @Test func conllWritesTheUsersOwnCharactersForATokenTheViewNormalized() {
        let text = "Ông Thuỵ đến."  // old-style tone placement: the view reads "Thụy"
        let output = WriterFixture.run(CoNLLWriter(nestedColumn: false), [
            WriterFixture.document(text, entities: [WriterFixture.entity(.person, "Thuỵ", in: text)])])
        #expect(output.text.contains("Thuỵ\tB-PER\n"))
    }

    @Test func bratWritesTheTextAndStandoffAnnotationsWithValueNotes() {
        let output = WriterFixture.run(BratWriter(), [WriterFixture.document(id: .string("bài 1/a"))])
        #expect(output.text.isEmpty)
        #expect(output.files["bài_1_a.txt"] == WriterFixture.text)
        #expect(output.files["bài_1_a.ann"] == """
            T1\tPER 13 23\tTô Huy Rứa
            #1\tAnnotatorNotes T1\tcanonical: Tô Huy Rứa
            T2\tORG 28 47\tUBND tỉnh Bình Định
            T3\tLOC 33 47\ttỉnh Bình Định
            T4\tDOC 54 73\tChỉ thị số 39-CT/TW
            #2\tAnnotatorNotes T4\tcanonical: 39-CT/TW; mention: numbered; type: Chỉ thị

            """)
    }

    @Test func bratSplitsAnEntityAcrossALineBreakAndKeepsFileNamesUnique() {
        let text = "Theo Chỉ thị\nsố 39-CT/TW."
        let document = WriterFixture.document(text, entities: [WriterFixture.entity(.document, "Chỉ thị\nsố 39-CT/TW", in: text)])
        let output = WriterFixture.run(BratWriter(), [document, document])
        #expect(output.files["stdin.ann"] == "T1\tDOC 5 12;13 24\tChỉ thị số 39-CT/TW\n")
        #expect(output.files["stdin-2.ann"] != nil)
        #expect(output.files.count == 4)
    }

    @Test func htmlHighlightsEveryEntityWithItsValueAndEscapesTheText() throws {
        let page = WriterFixture.run(HTMLWriter()).text
        #expect(page.contains("""
            <div class="text">Bà Lan &amp; ông <mark class="e-PER" title="PER&#10;canonical: Tô Huy Rứa">Tô Huy Rứa\
            <span class="l">PER</span></mark> gặp <mark class="e-ORG" title="ORG">UBND <mark class="e-LOC" title="LOC">\
            tỉnh Bình Định<span class="l">LOC</span></mark><span class="l">ORG</span></mark>.&#10;Theo \
            <mark class="e-DOC" title="DOC&#10;canonical: 39-CT/TW&#10;mention: numbered&#10;type: Chỉ thị">Chỉ thị số 39-CT/TW\
            <span class="l">DOC</span></mark> &lt;mới&gt;.</div>
            """))
        #expect(page.contains("<tr><td>39-CT/TW</td><td>Chỉ thị</td><td>Chỉ thị số 39-CT/TW</td></tr>"))
        #expect(!page.contains("<mới>"), "the user's text is escaped")
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(page.components(separatedBy: "<mark class=\"e-").count - 1 == 4 + EntityLabel.allCases.count,
                "one highlight per entity, plus the legend")
        try HTMLWellFormedness.check(page)
    }

    @Test func htmlStaysWellFormedForHostileText() throws {
        let text = "a & b <script>alert('x')</script> \"q\" \u{0C} Tô Huy Rứa"
        let page = WriterFixture.run(HTMLWriter(), [
            WriterFixture.document(text, entities: [WriterFixture.entity(.person, "Tô Huy Rứa", in: text)])]).text
        #expect(!page.contains("<script>"))
        try HTMLWellFormedness.check(page)
    }
}

/// Checks a page parses as XML, which the HTML writer promises (and which implies balanced tags).
enum HTMLWellFormedness {
    struct Malformed: Error { let reason: String }

    static func check(_ page: String) throws {
        let parser = XMLParser(data: Data(page.utf8))
        if !parser.parse() {
            throw Malformed(reason: "\(parser.parserError.map { "\($0)" } ?? "unknown") at line \(parser.lineNumber)")
        }
    }
}

/// The HTML writer's page-per-document mode.
@Suite struct HTMLPagePerDocumentTests {
    @Test func eachDocumentIsAWholePageFileAndTheStreamStaysEmpty() throws {
        let documents = [WriterFixture.document(id: .string("một")), WriterFixture.document(id: .string("một"))]
        let output = WriterFixture.run(HTMLWriter(pagePerDocument: true), documents)
        #expect(output.text.isEmpty)
        #expect(Set(output.files.keys) == ["một.html", "một-2.html"])
        let page = try #require(output.files["một.html"])
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(page.contains("<h2>một</h2>"))
        try HTMLWellFormedness.check(page)
    }
}

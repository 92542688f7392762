import Testing
@testable import VietExtract

/// The writers whose output is one line or one text per document: jsonl, json, spacy, text.
@Suite struct StreamWritersTests {
    @Test func jsonLinesWritesOneRecordALineAndAnErrorRecordForABadInput() {
        let text = "Ông Tô Huy Rứa."
        let document = WriterFixture.document(text, entities: [WriterFixture.entity(.person, "Tô Huy Rứa", in: text)])
        var writer = AnnotationFormat.jsonl.writer()
        var output = WriterOutput()
        writer.begin(into: &output)
        writer.write(document, into: &output)
        writer.write(InputError(source: "in.jsonl", place: "line 2", reason: "malformed JSON"), into: &output)
        writer.finish(into: &output)
        #expect(String(decoding: output.bytes, as: UTF8.self) == """
            {"source":"-","line":1,"entities":[{"label":"PER","text":"Tô Huy Rứa","start":4,"end":14,\
            "utf8_start":5,"utf8_end":18,"value":null,"nested":false,"rule":"test"}]}
            {"source":"in.jsonl","place":"line 2","error":"malformed JSON"}

            """)
    }

    @Test func onlyJsonLinesRendersADocumentOnItsOwnAndItsRendererWritesWhatTheWriterWrites() throws {
        let document = WriterFixture.document()
        var writer = AnnotationFormat.jsonl.writer()
        var written = WriterOutput()
        writer.write(document, into: &written)
        var rendered: [UInt8] = []
        try #require(writer.documentRenderer).render(document, into: &rendered)
        #expect(rendered == written.bytes)
        #expect(rendered.last == 0x0A)
        for format in AnnotationFormat.allCases where format != .jsonl {
            #expect(format.writer().documentRenderer == nil, "\(format)")
        }
    }

    @Test func jsonWritesAnIndentedArrayAndNoErrorRecords() {
        let empty = WriterFixture.run(AnnotationFormat.json.writer(), [])
        #expect(empty.text == "[]\n")
        var writer = AnnotationFormat.json.writer()
        var output = WriterOutput()
        writer.write(InputError(source: "x", reason: "unreadable"), into: &output)
        #expect(output.bytes.isEmpty)
        let one = WriterFixture.run(AnnotationFormat.json.writer(), [WriterFixture.document("Không có gì.", entities: [])])
        #expect(one.text == "[\n  {\n    \"source\": \"-\",\n    \"line\": 1,\n    \"entities\": []\n  }\n]\n")
    }

    @Test func spacyWritesTextAndOutermostEntitiesInCodePoints() {
        let output = WriterFixture.run(SpacyWriter())
        #expect(output.text == """
            {"text":"Bà Lan & ông Tô Huy Rứa gặp UBND tỉnh Bình Định.\\nTheo Chỉ thị số 39-CT/TW <mới>.",\
            "ents":[{"start":13,"end":23,"label":"PER"},{"start":28,"end":47,"label":"ORG"},\
            {"start":54,"end":73,"label":"DOC"}]}

            """)
        #expect(!output.text.contains("LOC"), "a nested entity is not a spaCy entity")
    }

    @Test func textMarksEntitiesInlineWithNestedBrackets() {
        let output = WriterFixture.run(InlineTextWriter(colour: false))
        #expect(output.text == """
            Bà Lan & ông [Tô Huy Rứa]PER gặp [UBND [tỉnh Bình Định]LOC]ORG.
            Theo [Chỉ thị số 39-CT/TW]DOC <mới>.

            """)
        #expect(!output.text.contains("\u{1B}"), "no escapes when not colouring")
    }

    @Test func textColoursEachEntityAndRestoresTheOuterColourAfterANestedOne() {
        let output = WriterFixture.run(InlineTextWriter(colour: true))
        #expect(output.text.contains("\u{1B}[1;33m[Tô Huy Rứa]PER\u{1B}[0m gặp"))
        #expect(output.text.contains(
            "\u{1B}[1;34m[UBND \u{1B}[1;32m[tỉnh Bình Định]LOC\u{1B}[0m\u{1B}[1;34m]ORG\u{1B}[0m."))
    }

    @Test func anEntityCrossingAnotherIsLeftOutOfInlineMarkup() {
        let text = "Hội đồng nhân dân Hà Nội"
        let entities = [WriterFixture.entity(.organization, "Hội đồng nhân dân", in: text),
                        WriterFixture.entity(.location, "dân Hà Nội", in: text, nested: true)]
        let output = WriterFixture.run(InlineTextWriter(colour: false), [WriterFixture.document(text, entities: entities)])
        #expect(output.text == "[Hội đồng nhân dân]ORG Hà Nội\n")
    }
}

import Testing
@testable import VietExtract

@Suite struct JSONTests {
    @Test func parsesAndWritesBackKeepingMemberOrder() throws {
        let text = #"{"z":1,"a":[true,null,-2.5],"s":"Hà \"Nội\"\n\u00e9\ud83d\ude00"}"#
        let value = try JSONParser.parse(Array(text.utf8))
        #expect(value["s"]?.stringValue == "Hà \"Nội\"\né😀")
        #expect(JSONWriter().string(value) == #"{"z":1,"a":[true,null,-2.5],"s":"Hà \"Nội\"\né😀"}"#)
    }

    @Test(arguments: [#"{"a":}"#, #"{"a":1"#, #"[1,]"#, #"{"a":1} x"#, #""\x""#, #"tru"#])
    func rejectsMalformedText(text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test func errorSaysWhere() {
        do {
            _ = try JSONParser.parse(Array(#"{"id": 1, "text" "x"}"#.utf8))
            Issue.record("no error")
        } catch {
            #expect(error.offset == 17)
            #expect(error.description.contains("expected ':'"))
        }
    }
}

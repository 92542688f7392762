import Foundation
import Testing
@testable import VietExtract

@Suite struct JSONTests {
    @Test func parsesAndWritesBackKeepingMemberOrder() throws {
        let text = #"{"z":1,"a":[true,null,-2.5],"s":"Hà \"Nội\"\n\u00e9\ud83d\ude00"}"#
        let value = try JSONParser.parse(Array(text.utf8))
        #expect(value["s"]?.stringValue == "Hà \"Nội\"\né😀")
        #expect(JSONWriter().string(value) == #"{"z":1,"a":[true,null,-2.5],"s":"Hà \"Nội\"\né😀"}"#)
    }

    @Test func writesEveryIntegerAndLongStringsWhole() {
        let value = JSONValue.array([.int(0), .int(-7), .int(1_234_567), .int(Int.max), .int(Int.min)])
        #expect(JSONWriter().string(value) == "[0,-7,1234567,\(Int.max),\(Int.min)]")
        // Every digit count, odd and even, at the edges where one more digit starts.
        let edges: [Int] = [9, 10, 99, 100, 999, 1_000, 10_000, 100_000, 1_000_005].flatMap { [$0, -$0] }
        #expect(JSONWriter().string(.array(edges.map(JSONValue.int))) == "[" + edges.map(String.init).joined(separator: ",") + "]")
        // Longer than the writer's first buffer, with escapes on both sides of where it grows.
        let long = String(repeating: "Nội \"x\"\n", count: 400)
        #expect(JSONWriter().string(.string(long)) == "\"" + long.replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\"")
    }

    @Test func prettyOutputIndentsNestedContainersAndLeavesEmptyOnesShut() {
        let value = JSONValue.object([("a", .array([.int(1), .object([])])), ("b", .array([]))])
        #expect(JSONWriter(pretty: true).string(value) == "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": []\n}")
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

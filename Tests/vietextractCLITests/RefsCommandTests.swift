import Foundation
import Testing

@Suite struct RefsCommandTests {
    private static let corpus = """
        {"id": "a1", "text": "Theo Chỉ thị số 39-CT/TW của Bộ Chính trị về bảo vệ nội bộ, các cấp làm theo. Chỉ thị này rất quan trọng."}
        {"id": "a2", "text": "Nghị định 15/2020/NĐ-CP và Chỉ thị 39-CT/TW được nhắc lại."}
        {"id": "a3", "text": "Bài này không dẫn văn bản nào."}

        """

    private func run(_ format: String) throws -> String {
        let outcome = try CLIRunner.run(["refs", "--format", format, "-"], input: Self.corpus)
        #expect(outcome.status == 0, "\(outcome.error)")
        return outcome.output
    }

    @Test func jsonLinesAggregateMentionsAndArticles() throws {
        let lines = try run("jsonl").split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["canonical"] as? String == "39-CT/TW")
        #expect(first["type"] as? String == "Chỉ thị")
        #expect(first["issuer"] as? String == "Bộ Chính trị")
        #expect(first["mentions"] as? Int == 3)
        #expect(first["articles"] as? [String] == ["a1", "a2"])
        let mention = try #require(first["first_mention"] as? [String: Any])
        #expect(mention["text"] as? String == "Chỉ thị số 39-CT/TW")
        #expect((mention["context"] as? String)?.contains("[Chỉ thị số 39-CT/TW]") == true)
    }

    @Test func jsonIsOneArray() throws {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(try run("json").utf8)) as? [[String: Any]])
        #expect(array.map { $0["canonical"] as? String } == ["39-CT/TW", "15/2020/NĐ-CP"])
    }

    @Test func csvHasAHeaderAndQuotesFieldsWithCommas() throws {
        let rows = try run("csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("canonical,type,issuer,date,subject,mentions,articles,article_ids"))
        #expect(rows[1].hasPrefix("39-CT/TW,Chỉ thị,Bộ Chính trị,,bảo vệ nội bộ,3,2,a1;a2,a1,"))
        #expect(rows[1].hasSuffix("\"Theo [Chỉ thị số 39-CT/TW] của Bộ Chính trị về bảo vệ nội bộ, các …\""), "a context with a comma is quoted")
        #expect(rows[2].hasPrefix("15/2020/NĐ-CP,Nghị định,Chính phủ,,,1,1,a2,a2,Nghị định 15/2020/NĐ-CP,"))
    }

    @Test func tableForPeople() throws {
        let output = try run("table")
        let lines = output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("document") == true)
        #expect(lines[1].hasPrefix("39-CT/TW"))
        #expect(lines.last == "2 documents")
    }
}

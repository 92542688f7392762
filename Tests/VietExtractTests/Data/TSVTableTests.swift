import Foundation
import Testing
@testable import VietExtract

/// The reader of the tab-separated tables in `Resources/`.
@Suite struct TSVTableTests {
    @Test func fieldsCommentsBlankLinesAndCarriageReturnsAreReadAsWritten() throws {
        let table = try TSVTable(text: "# a comment\nname\tkind\r\nHà Nội\tcity\n\n   \nHuế\t\n", path: "t.tsv", required: ["name"])
        #expect(table.header == ["name", "kind"])
        #expect(table.rows.map { $0["name"] } == ["Hà Nội", "Huế"])
        #expect(table.rows.map { $0["kind"] } == ["city", ""])
        #expect(table.rows.map(\.line) == [3, 6])
    }

    @Test func aColumnIndexReadsTheSameFieldsAsItsName() throws {
        let table = try TSVTable(text: "name\tcode\tnote\nHội An\t503\nVinh\t\tx\n", path: "t.tsv", required: ["name"])
        let code = table.column("code"), note = table.column("note")
        #expect(code == 1 && note == 2)
        #expect(table.column("era") == nil)
        #expect(table.rows.map { $0[field: code] } == table.rows.map { $0["code"] })
        #expect(table.rows.map { $0.optional(field: code) } == ["503", nil])
        // A short row, a missing column: empty, as reading by name gives.
        #expect(table.rows.map { $0[field: note] } == ["", "x"])
        #expect(table.rows[0][field: table.column("era")] == "")
        #expect(table.rows[1].optional(field: nil) == nil)
    }

    @Test func aFieldIsComparedByItsBytesWithoutBeingRead() throws {
        let table = try TSVTable(text: "name\tkind\tera\nHội An\tcity\nVinh\tcity\t2025\n", path: "t.tsv", required: ["name"])
        let kind = table.column("kind"), era = table.column("era")
        #expect(table.rows.map { $0.field(kind, is: "city") } == [true, true])
        #expect(table.rows[1].field(era, is: "2025"))
        #expect(table.rows[0].field(table.column("name"), is: "Hội An"))
        // Not a prefix, not a longer value, not another case.
        #expect(!table.rows[1].field(era, is: "202"))
        #expect(!table.rows[1].field(era, is: "20250"))
        #expect(!table.rows[0].field(kind, is: "City"))
        // A short row or a missing column holds an empty field, as reading it gives.
        #expect(table.rows[0].field(era, is: ""))
        #expect(!table.rows[0].field(era, is: "2025"))
        #expect(table.rows[1].field(nil, is: ""))
        #expect(!table.rows[1].field(nil, is: "city"))
    }

    @Test func aRequiredColumnMissingOrEmptyIsAnErrorWithItsLine() {
        #expect(throws: ResourceError.malformedLine(path: "t.tsv", line: 1, reason: "the header has no column 'code'")) {
            try TSVTable(text: "name\nA\n", path: "t.tsv", required: ["code"])
        }
        #expect(throws: ResourceError.malformedLine(path: "t.tsv", line: 3, reason: "column 'name' is empty")) {
            try TSVTable(text: "name\tkind\nA\tx\n\ty\n", path: "t.tsv", required: ["name"])
        }
    }

    @Test func aFileThatIsNotUTF8IsUnreadable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vietextract-tsv-\(UUID().uuidString).tsv").path
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xC3, 0x28, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ResourceError.unreadable(path: path, reason: "not UTF-8")) {
            try TSVTable(path: path, required: ["name"])
        }
        let good = try TSVTable(text: "name\nĐà Lạt\n", path: "t.tsv", required: ["name"])
        #expect(good.rows.first?["name"] == "Đà Lạt")
    }
}

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

    @Test func emptyFieldsAtEitherEndAndALastLineWithoutLineFeedAreRead() throws {
        let table = try TSVTable(text: "name\tkind\tnote\n\tx\t\nHuế\t\tcố đô", path: "t.tsv", required: [])
        #expect(table.rows.map { $0["name"] } == ["", "Huế"])
        #expect(table.rows.map { $0["kind"] } == ["x", ""])
        #expect(table.rows.map { $0["note"] } == ["", "cố đô"])
        #expect(table.rows.map(\.line) == [2, 3])
        // One field more than the header: read by index, not by a name.
        let wide = try TSVTable(text: "name\nA\tB\n", path: "t.tsv", required: ["name"])
        #expect(wide.rows[0]["name"] == "A" && wide.rows[0][field: 1] == "B")
    }

    /// A file as large as the places' (several hundred kilobytes) is mapped rather than read, and
    /// a small one read: both give the rows their text gives.
    @Test(arguments: [3, 20_000]) func aFileGivesTheRowsOfItsText(rows: Int) throws {
        let text = "name\tcode\n" + (0..<rows).map { "Xã Số \($0)\t\($0 * 7)\n" }.joined()
        #expect((text.utf8.count >= TableBytes.smallestMapped) == (rows > 3))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vietextract-tsv-\(UUID().uuidString).tsv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try TSVTable(path: path, required: ["name", "code"])
        let fromText = try TSVTable(text: text, path: path, required: ["name", "code"])
        #expect(table.rows.count == rows)
        #expect(table.rows.map { $0["name"] } == fromText.rows.map { $0["name"] })
        #expect(table.rows.last?["code"] == String((rows - 1) * 7))
    }

    @Test func aFolderOrAMissingFileIsUnreadable() {
        let folder = FileManager.default.temporaryDirectory.path
        #expect(TableBytes(contentsOfFileAt: folder) == nil)
        #expect(TableBytes(contentsOfFileAt: folder + "/vietextract-no-such-\(UUID().uuidString).tsv") == nil)
        #expect(throws: ResourceError.self) { try TSVTable(path: folder, required: []) }
    }

    /// Built-in tables are not checked for UTF-8 as they load (`TSVTable.resource`): this checks them.
    @Test func everyBuiltInResourceIsUTF8WithoutNULs() throws {
        let folder = try ResourceLocator.resourcesDirectory()
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "tsv" || $0.pathExtension == "txt" }
        #expect(files.count > 30)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(UTF8Validation.firstInvalidOffset(in: bytes) == nil, "\(file.path) is not UTF-8")
            #expect(UTF8Validation.firstNUL(in: bytes) == nil, "\(file.path) has a NUL byte")
        }
    }
}

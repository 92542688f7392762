import Foundation
import Testing
@testable import VietExtract

@Suite struct InputReaderTests {
    private func file(_ bytes: [UInt8], _ name: String = "input.txt") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func read(_ path: String, _ reader: InputReader = InputReader()) -> [InputReader.Item] {
        var items: [InputReader.Item] = []
        reader.read(path) { items.append($0) }
        return items
    }

    private let article = """
        https://example.org/tin-1.html
        -----------------
        Tiêu đề thứ nhất
        -----------------
        Thân bài có Quyết định 12/QĐ-UBND.
        -----------------
        https://example.org/tin-2.html
        -----------------
        Tiêu đề hai
        -----------------
        Dòng một.
        Dòng hai.
        -----------------

        """

    @Test func detectsLayouts() {
        #expect(InputLayout.detect(Array(#"{"id": 1, "text": "x"}"#.utf8)) == .jsonl)
        #expect(InputLayout.detect(Array(article.utf8)) == .article)
        #expect(InputLayout.detect(Array("Một văn bản thường.\n---\nkhông phải bài".utf8)) == .text)
        #expect(InputLayout.detect([]) == .text)
    }

    @Test func readsSeveralArticlesWithPartOffsetsIntoTheFile() throws {
        let items = read(try file(Array(article.utf8)))
        let documents = try items.map { try $0.get() }
        #expect(documents.count == 2)
        #expect(documents[0].url == "https://example.org/tin-1.html")
        #expect(documents[0].title == "Tiêu đề thứ nhất")
        #expect(documents[1].parts.map(\.text) == ["Tiêu đề hai", "Dòng một.\nDòng hai."])
        let scalars = Array(article.unicodeScalars)
        for document in documents {
            for part in document.parts {
                let slice = scalars[part.baseCodePoints..<part.baseCodePoints + part.text.unicodeScalars.count]
                #expect(String(String.UnicodeScalarView(slice)) == part.text)
                let bytes = Array(article.utf8)[part.baseUTF8..<part.baseUTF8 + part.text.utf8.count]
                #expect(String(decoding: bytes, as: UTF8.self) == part.text)
            }
        }
        #expect(documents[1].line == 7)
    }

    @Test func annotationsOfAnArticleAreOffsetsIntoTheWholeFile() throws {
        let documents = try read(try file(Array(article.utf8))).map { try $0.get() }
        let annotated = AnnotatedDocument(documents[0], extractor: try Extractor())
        let annotation = try #require(annotated.annotations.first)
        #expect(annotation.part == "body")
        let scalars = Array(article.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[annotation.start..<annotation.end])) == "Quyết định 12/QĐ-UBND")
    }

    @Test func jsonLinesKeepFieldsAndReportBadLinesWithTheirNumber() throws {
        let lines = """
            {"id": "a", "text": "Một", "extra": [1, 2]}
            {"id": "b", "text": }

            {"id": "c"}
            [1, 2]
            {"id": "d", "text": "Bốn"}
            """
        let items = read(try file(Array(lines.utf8), "x.jsonl"))
        #expect(items.count == 5)
        let first = try items[0].get()
        #expect(first.id == .string("a"))
        #expect(first.fields?.map(\.0) == ["id", "text", "extra"])
        #expect(first.line == 1)
        let errors = items.compactMap { if case .failure(let error) = $0 { return error } else { return nil } }
        #expect(errors.map(\.place) == ["line 2", "line 4", "line 5"])
        #expect(errors[0].reason.hasPrefix("malformed JSON"))
        #expect(errors[1].reason.contains("\"text\""))
        #expect(try items[4].get().line == 6)
    }

    @Test func pendingRecordsAreLinesThatResolveToWhatReadGives() throws {
        let lines = "{\"id\": \"a\", \"text\": \"Một\"}\n{\"id\": \"b\", \"text\": }\n\u{FF}\n"
        let path = try file(Array(lines.utf8), "p.jsonl")
        var pending: [InputReader.Pending] = []
        InputReader().readPending(path) { pending.append($0) }
        // Every line is handed over unparsed, a bad one too: the reading thread parses nothing.
        #expect(pending.allSatisfy { if case .record = $0 { true } else { false } })
        #expect(pending.map(\.weight) == [28, 21, 2])
        let resolved = pending.map { $0.resolved() }
        let read = read(path)
        #expect(resolved.count == read.count)
        for (one, other) in zip(resolved, read) {
            switch (one, other) {
            case (.success(let a), .success(let b)): #expect(a.id == b.id && a.line == b.line && a.parts.map(\.text) == b.parts.map(\.text))
            case (.failure(let a), .failure(let b)): #expect(a.description == b.description)
            default: Issue.record("\(one) against \(other)")
            }
        }
        #expect(resolved.map { (try? $0.get()) == nil } == [false, true, true])
    }

    @Test func invalidUTF8IsReportedAtItsByte() throws {
        let path = try file(Array("Xin chào ".utf8) + [0xC3, 0x28] + Array(" bạn".utf8))
        let items = read(path)
        #expect(items.count == 1)
        guard case .failure(let error) = items[0] else { Issue.record("no error"); return }
        #expect(error.place == "byte offset 10")
        #expect(error.reason == "invalid UTF-8")
        #expect(error.description.hasPrefix(path))
    }

    @Test func invalidUTF8InAJSONLineNamesTheLine() throws {
        let items = read(try file(Array(#"{"text": "ok"}"#.utf8) + [0x0A] + Array(#"{"text": "a"#.utf8) + [0xFF] + Array(#""}"#.utf8)))
        guard case .failure(let error) = items.last else { Issue.record("no error"); return }
        #expect(error.place == "line 2, byte offset 11")
    }

    @Test func binaryFileIsAnError() throws {
        let items = read(try file([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]))
        guard case .failure(let error) = items.first else { Issue.record("no error"); return }
        #expect(error.reason.contains("binary"))
        #expect(error.place == "byte offset 4")
    }

    @Test func emptyFileIsNoDocumentAndNoError() throws {
        #expect(read(try file([])).isEmpty)
    }

    @Test func missingPathIsAnError() {
        let items = read("/nonexistent/vietextract/input.txt")
        guard case .failure(let error) = items.first else { Issue.record("no error"); return }
        #expect(error.reason == "no such file or folder")
    }

    @Test func tooLargeDocumentsAreErrorsAndReadingGoesOn() throws {
        let long = String(repeating: "a", count: 200)
        let lines = "{\"text\": \"\(long)\"}\n{\"text\": \"ngắn\"}\n"
        let items = read(try file(Array(lines.utf8)), InputReader(maxDocumentBytes: 100))
        #expect(items.count == 2)
        guard case .failure(let error) = items[0] else { Issue.record("no error"); return }
        #expect(error.place == "line 1")
        #expect(try items[1].get().parts.first?.text == "ngắn")
        let text = read(try file(Array(long.utf8)), InputReader(maxDocumentBytes: 100))
        guard case .failure(let textError) = text.first else { Issue.record("no error"); return }
        #expect(textError.reason.contains("larger than the limit"))
    }

    @Test func layoutCanBeForced() throws {
        let path = try file(Array(#"{"text": "not parsed"}"#.utf8))
        let documents = try read(path, InputReader(layout: .text)).map { try $0.get() }
        #expect(documents.first?.parts.first?.text == #"{"text": "not parsed"}"#)
    }

    @Test func foldersAreWalkedForTextFilesInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("hai".utf8).write(to: folder.appendingPathComponent("sub/b.txt"))
        try Data("một".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("bỏ qua".utf8).write(to: folder.appendingPathComponent("c.md"))
        let documents = try read(folder.path).map { try $0.get() }
        #expect(documents.map { $0.parts[0].text } == ["một", "hai"])
    }

    @Test func urlDateStampIsAReferenceDate() {
        #expect(URLDateStamp.date(in: "https://dantri.com.vn/x/y-20201001163534963.htm") == CalendarDate(year: 2020, month: 10, day: 1))
        #expect(URLDateStamp.date(in: "http://www.vietnamplus.vn/hoi-nghi/287496.vnp") == nil)
    }
}

import Foundation
import VietExtract

/// The benchmark texts: each corpus article's title and body joined by a blank line, as the CLI
/// reads an article, and the same texts as JSON Lines files for the whole-pipeline case.
struct Corpus {
    let texts: [String]
    /// The texts' total size in UTF-8 bytes: every throughput figure is over these bytes.
    let utf8Bytes: Int

    /// Reads a JSON Lines corpus with `title` and `body` (or `text`) fields.
    init(path: String, limit: Int?) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var texts: [String] = []
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            let record = try JSONParser.parse(Array(line))
            if let text = record["text"]?.stringValue {
                texts.append(text)
            } else {
                let parts = [record["title"]?.stringValue, record["body"]?.stringValue].compactMap { $0 }
                texts.append(parts.joined(separator: "\n\n"))
            }
            if let limit, texts.count >= limit { break }
        }
        self.texts = texts
        utf8Bytes = texts.reduce(0) { $0 + $1.utf8.count }
    }

    /// Writes `texts[range]` as `{"id": n, "text": …}` lines to a temporary file and returns its path.
    func writeJSONLines(_ range: Range<Int>) throws -> String {
        var bytes: [UInt8] = []
        let writer = JSONWriter()
        for index in range {
            writer.write(.object([("id", .int(index)), ("text", .string(texts[index]))]), into: &bytes)
            bytes.append(0x0A)
        }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("vietextract-bench-\(ProcessInfo.processInfo.processIdentifier)-\(range.lowerBound).jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

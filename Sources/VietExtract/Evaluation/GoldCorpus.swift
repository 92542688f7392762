/// A gold file in the JSON Lines layout of the dev sets: `{"id", "text", "entities": [...]}` a line.
///
/// Read as the project scorer reads it: blank lines skipped, documents keyed by their `id` as
/// Python's `str` writes it (`None` for none), a later record replacing an earlier one with the
/// same id but keeping its place.
public struct GoldCorpus: Sendable {
    /// One gold record.
    public struct Record: Sendable {
        /// The id as a string, as the scorer keys documents.
        public let key: String
        /// The line the record was read from (1-based).
        public let line: Int
        /// The whole record.
        public let fields: JSONValue
        public let text: String
        /// The record's entity objects (`start`, `end`, `label`, `level`...).
        public let entities: [JSONValue]
    }

    public let records: [Record]

    /// A line that is not a usable gold record.
    public struct Malformed: Error, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads a gold file's bytes.
    public init(_ bytes: [UInt8]) throws(Malformed) {
        var records: [Record] = []
        var positions: [String: Int] = [:]
        var number = 0
        for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let line = String(decoding: rawLine, as: UTF8.self).trimmingPythonWhitespace()
            if line.isEmpty { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(line.utf8))
            } catch {
                throw Malformed(line: number, reason: "not JSON: \(error)")
            }
            guard case .object = value, let text = value["text"]?.stringValue else {
                throw Malformed(line: number, reason: "not an object with a string \"text\"")
            }
            guard case .array(let entities)? = value["entities"] ?? .array([]) else {
                throw Malformed(line: number, reason: "\"entities\" is not an array")
            }
            let record = Record(key: Self.pythonString(value["id"] ?? .null), line: number, fields: value,
                                text: text, entities: entities)
            if let index = positions[record.key] {
                records[index] = record
            } else {
                positions[record.key] = records.count
                records.append(record)
            }
        }
        self.records = records
    }

    /// What Python's `str` makes of a JSON value read by `json.loads`.
    static func pythonString(_ value: JSONValue) -> String {
        switch value {
        case .null: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let string): return string
        default: return JSONWriter().string(value)
        }
    }
}

private extension String {
    /// The string without the leading and trailing white space Python's `str.strip()` removes.
    func trimmingPythonWhitespace() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace || ("\u{1C}"..."\u{1F}").contains($0) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

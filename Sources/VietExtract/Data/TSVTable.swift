import Foundation

/// A tab-separated table with a header line, as the files in `Resources/` are written.
///
/// Blank lines and lines starting with `#` are skipped. Every row must have as many fields as
/// the header, or at least the required ones; a malformed row names its file and line.
public struct TSVTable: Sendable {
    /// One data row, with the line it came from.
    public struct Row: Sendable {
        public let line: Int
        private let fields: [Substring]
        private let columns: [String: Int]

        init(line: Int, fields: [Substring], columns: [String: Int]) {
            self.line = line
            self.fields = fields
            self.columns = columns
        }

        /// The field in `column`, or an empty string when the row is shorter.
        public subscript(column: String) -> String {
            guard let index = columns[column], index < fields.count else { return "" }
            return String(fields[index])
        }

        /// The field in `column`, or nil when it is empty.
        public func optional(_ column: String) -> String? {
            let value = self[column]
            return value.isEmpty ? nil : value
        }
    }

    public let path: String
    public let header: [String]
    public let rows: [Row]

    /// Loads the built-in table at `relativePath` inside `Resources/`.
    public static func resource(_ relativePath: String, required: [String]) throws(ResourceError) -> TSVTable {
        try TSVTable(path: try ResourceLocator.url(for: relativePath).path, required: required)
    }

    /// Loads a table from a file; `required` columns must exist and be non-empty on every row.
    public init(path: String, required: [String]) throws(ResourceError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not UTF-8")
        }
        try self.init(text: text, path: path, required: required)
    }

    /// Parses a table from text (used for files and for tests).
    public init(text: String, path: String, required: [String]) throws(ResourceError) {
        self.path = path
        var header: [String]?
        var columns: [String: Int] = [:]
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard header != nil else {
                header = fields.map(String.init)
                for (index, name) in fields.enumerated() { columns[String(name)] = index }
                for name in required where columns[name] == nil {
                    throw .malformedLine(path: path, line: lineNumber, reason: "the header has no column '\(name)'")
                }
                continue
            }
            let row = Row(line: lineNumber, fields: fields, columns: columns)
            for name in required where row[name].isEmpty {
                throw .malformedLine(path: path, line: lineNumber, reason: "column '\(name)' is empty")
            }
            rows.append(row)
        }
        guard let header else { throw .malformedLine(path: path, line: 1, reason: "no header line") }
        self.header = header
        self.rows = rows
    }
}

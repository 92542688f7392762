#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Gazetteer {
    /// Reads a user's gazetteer from a TSV file (see `init(tsv:path:)` for the format).
    public init(contentsOf path: String) throws(ResourceError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: ErrorMessage.localized(error))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(path: path, reason: "not UTF-8") }
        try self.init(tsv: text, path: path)
    }

    /// Parses a user's gazetteer.
    ///
    /// UTF-8, tab-separated, one header line naming the columns `name` and `label` (required),
    /// `id` (optional; the name when absent or empty) and any others, whose non-empty fields become
    /// string attributes of the entry. `label` is one of PER, ORG, LOC, DATE, DOC. Blank lines and
    /// lines starting with `#` are skipped; a `# case: insensitive` line before the header makes the
    /// list match in any case (the default is `asWritten`). Every row must have as many fields as
    /// the header; a bad row throws `ResourceError.malformedLine` with `path` and its line number.
    public init(tsv text: String, path: String) throws(ResourceError) {
        var header: [String]?
        var casePolicy = CasePolicy.asWritten
        var entries: [GazetteerEntry] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " }) { continue }
            if line.hasPrefix("#") {
                if header == nil, let value = Self.caseDirective(line) {
                    guard let policy = CasePolicy(rawValue: value) else {
                        throw .malformedLine(path: path, line: lineNumber,
                                             reason: "unknown case policy '\(value)'; use asWritten or insensitive")
                    }
                    casePolicy = policy
                }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingWhitespace()
            }
            guard let columns = header else {
                for required in ["name", "label"] where !fields.contains(required) {
                    throw .malformedLine(path: path, line: lineNumber, reason: "the header has no column '\(required)'")
                }
                header = fields
                continue
            }
            guard fields.count == columns.count else {
                throw .malformedLine(path: path, line: lineNumber,
                                     reason: "expected \(columns.count) tab-separated fields, found \(fields.count)")
            }
            entries.append(try Self.entry(fields: fields, columns: columns, path: path, line: lineNumber))
        }
        guard header != nil else { throw .malformedLine(path: path, line: 1, reason: "no header line") }
        self.init(name: path, entries: entries, casePolicy: casePolicy)
    }

    private static func entry(fields: [String], columns: [String], path: String, line: Int) throws(ResourceError) -> GazetteerEntry {
        var name = "", labelName = "", id = ""
        var attributes = JSONObjectBuilder()
        for (column, field) in zip(columns, fields) {
            switch column {
            case "name": name = field
            case "label": labelName = field
            case "id": id = field
            default: if !field.isEmpty { attributes.add(column, field) }
            }
        }
        guard name.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            throw .malformedLine(path: path, line: line, reason: "the name '\(name)' has no letter or digit")
        }
        guard let label = EntityLabel(rawValue: labelName.uppercased()) else {
            let known = EntityLabel.allCases.map(\.rawValue).joined(separator: ", ")
            throw .malformedLine(path: path, line: line, reason: "unknown label '\(labelName)'; the labels are \(known)")
        }
        return GazetteerEntry(name: name, label: label, id: id.isEmpty ? name : id, attributes: attributes.value)
    }

    /// The value of a `# case: …` line, if it is one.
    private static func caseDirective(_ line: Substring) -> String? {
        let body = line.dropFirst().trimmingWhitespace()
        guard body.lowercased().hasPrefix("case:") else { return nil }
        return body.dropFirst(5).trimmingWhitespace()
    }
}

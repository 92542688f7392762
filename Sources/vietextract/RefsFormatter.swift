import VietExtract

/// Renders the documents of a `CitationIndex` as a table, JSON, JSON Lines or CSV.
struct RefsFormatter {
    let format: RefsFormat

    func render(_ documents: [CitationIndex.Document]) -> String {
        switch format {
        case .table: return table(documents)
        case .json: return JSONWriter(pretty: true).string(.array(documents.map(json))) + "\n"
        case .jsonl: return documents.map { JSONWriter().string(json($0)) + "\n" }.joined()
        case .csv: return csv(documents)
        }
    }

    private func json(_ document: CitationIndex.Document) -> JSONValue {
        var object = JSONObjectBuilder()
        object.add("canonical", document.canonical)
        object.add("key", document.key)
        object.add("type", document.type)
        object.add("issuer", document.issuer)
        object.add("date", document.date)
        object.add("subject", document.subject)
        object.add("mentions", .int(document.mentions))
        object.add("articles", .array(document.articles.map(JSONValue.string)))
        object.add("first_mention", .object([("text", .string(document.firstMention)), ("article", .string(document.firstArticle)),
                                            ("context", .string(document.firstContext))]))
        return object.value
    }

    private static let header = ["document", "type", "issuer", "date", "mentions", "articles", "first mention"]

    private func row(_ document: CitationIndex.Document) -> [String] {
        [document.key, document.type ?? "", document.issuer ?? "", document.date ?? "", String(document.mentions),
         String(document.articles.count), document.firstContext]
    }

    private func table(_ documents: [CitationIndex.Document]) -> String {
        let rows = [Self.header] + documents.map(row)
        let widths = (0..<Self.header.count - 1).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { cells in
            zip(cells.dropLast(), widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                + "  " + cells.last!
        }
        return lines.joined(separator: "\n") + "\n" + "\(documents.count) document\(documents.count == 1 ? "" : "s")\n"
    }

    private func csv(_ documents: [CitationIndex.Document]) -> String {
        let header = ["canonical", "type", "issuer", "date", "subject", "mentions", "articles", "article_ids", "first_article",
                      "first_mention", "first_context"]
        let rows = documents.map { document in
            [document.canonical ?? document.key, document.type ?? "", document.issuer ?? "", document.date ?? "",
             document.subject ?? "", String(document.mentions), String(document.articles.count),
             document.articles.joined(separator: ";"), document.firstArticle, document.firstMention, document.firstContext]
        }
        return ([header] + rows).map { $0.map(Self.quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}

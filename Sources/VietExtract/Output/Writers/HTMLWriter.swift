/// Writes one self-contained HTML page for all documents: each entity highlighted in its
/// label's colour with the label after it, its normalized value shown on hover, a legend at the
/// top, and each document's references listed after it with their canonical forms.
///
/// The page is well-formed XML as well as HTML, needs nothing from the network, and escapes
/// every character of the user's text that markup could mistake. With `pagePerDocument`, each
/// document is a page of its own, a file named by `FileStems`.
public struct HTMLWriter: AnnotationWriter {
    /// Whether to write one page file per document rather than one page to the stream.
    public let pagePerDocument: Bool
    private var count = 0
    private var stems = FileStems()

    public init(pagePerDocument: Bool = false) {
        self.pagePerDocument = pagePerDocument
    }

    public mutating func begin(into output: inout WriterOutput) {
        if !pagePerDocument { writeHead(into: &output) }
    }

    public mutating func write(_ document: AnnotatedDocument, into output: inout WriterOutput) {
        guard pagePerDocument else { return writeSection(document, into: &output) }
        var page = WriterOutput()
        writeHead(into: &page)
        writeSection(document, into: &page)
        writeTail(into: &page)
        output.files.append((stems.stem(for: document.document) + ".html", page.bytes))
    }

    public mutating func finish(into output: inout WriterOutput) {
        if !pagePerDocument { writeTail(into: &output) }
    }

    private func writeHead(into output: inout WriterOutput) {
        let labelRules = EntityLabel.allCases.map { ".e-\($0.rawValue){background:\(LabelStyle.htmlColour($0))}" }
        let legend = EntityLabel.allCases.map {
            "<mark class=\"e-\($0.rawValue)\">\($0.rawValue)</mark> \(LabelStyle.name($0))"
        }
        output.append("""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8" />
            <title>VietExtract annotations</title>
            <style>
            body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;line-height:1.9;color:#222}
            .text{white-space:pre-wrap}
            mark{padding:0.1em 0.25em;border-radius:0.3em;color:inherit;-webkit-box-decoration-break:clone;box-decoration-break:clone}
            mark mark{border:1px solid #666}
            .l{font-size:0.65em;font-weight:bold;margin-left:0.3em;vertical-align:middle}
            .legend{position:sticky;top:0;background:#fff;padding:0.5em 0;border-bottom:1px solid #ccc}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:0.2em 0.6em;text-align:left}
            \(labelRules.joined(separator: "\n"))
            </style>
            </head>
            <body>
            <p class="legend">\(legend.joined(separator: " &#160; "))</p>

            """)
    }

    private mutating func writeSection(_ document: AnnotatedDocument, into output: inout WriterOutput) {
        count += 1
        output.append("<section class=\"document\">\n<h2>\(Self.escape(Self.heading(document.document, number: count)))</h2>\n")
        output.append("<div class=\"text\">")
        InlineSpans.walk(document.text, entities: document.annotations.map(\.entity)) { piece in
            switch piece {
            case .text(let text):
                output.append(Self.escape(text))
            case .open(let entity):
                let title = ([entity.label.rawValue] + ValueSummary.lines(entity.value.json)).joined(separator: "\n")
                output.append("<mark class=\"e-\(entity.label.rawValue)\" title=\"\(Self.escape(title))\">")
            case .close(let entity):
                output.append("<span class=\"l\">\(entity.label.rawValue)</span></mark>")
            }
        }
        output.append("</div>\n")
        writeReferences(document.annotations.map(\.entity), into: &output)
        output.append("</section>\n")
    }

    private func writeTail(into output: inout WriterOutput) {
        output.append("</body>\n</html>\n")
    }

    /// The table of the document's references: canonical form, type, and how the text wrote them.
    private func writeReferences(_ entities: [Entity], into output: inout WriterOutput) {
        var rows: [(canonical: String, type: String, mentions: [String])] = []
        for entity in entities {
            guard case .document(let reference) = entity.value else { continue }
            let canonical = reference.canonical ?? entity.text
            if let index = rows.firstIndex(where: { $0.canonical == canonical }) {
                if !rows[index].mentions.contains(entity.text) { rows[index].mentions.append(entity.text) }
            } else {
                rows.append((canonical, reference.documentType ?? "", [entity.text]))
            }
        }
        guard !rows.isEmpty else { return }
        output.append("<h3>Document references</h3>\n<table>\n<tr><th>canonical</th><th>type</th><th>as written</th></tr>\n")
        for row in rows {
            output.append("<tr><td>\(Self.escape(row.canonical))</td><td>\(Self.escape(row.type))</td>"
                + "<td>\(Self.escape(row.mentions.joined(separator: "; ")))</td></tr>\n")
        }
        output.append("</table>\n")
    }

    /// The heading of a document: its title, else its id, else where it came from.
    private static func heading(_ document: InputDocument, number: Int) -> String {
        if let title = document.title { return title }
        if let id = document.id, id != .null { return id.stringValue ?? JSONWriter().string(id) }
        return document.source == "-" ? "Document \(number)" : document.source
    }

    /// `text` with `&`, `<`, `>`, quotes and line breaks written as references, and control
    /// characters, which a page may not hold, as U+FFFD.
    static func escape(_ text: some StringProtocol) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\n": escaped += "&#10;"
            case "\r": escaped += "&#13;"
            case "\t": escaped += "\t"
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}

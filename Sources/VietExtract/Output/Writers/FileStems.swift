/// Names the files of documents for the writers that write one file (or pair) per document:
/// the record's `id`, else the input file's name (and the article's line), made safe and unique.
struct FileStems {
    private var used: Set<String> = []

    /// A file name stem for `document`, not given before.
    mutating func stem(for document: InputDocument) -> String {
        var stem: String
        if let id = document.id, id != .null {
            stem = id.stringValue ?? JSONWriter().string(id)
        } else {
            let name = document.source == "-" ? "stdin" : String(document.source.split(separator: "/").last ?? "")
            stem = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
            if let line = document.line, line > 1 { stem += "-\(line)" }
        }
        stem = String(stem.unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
                ? Character(scalar) : "_"
        })
        if stem.isEmpty || stem.hasPrefix(".") { stem = "document" + stem }
        var candidate = stem
        var counter = 1
        while used.contains(candidate) {
            counter += 1
            candidate = "\(stem)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }
}

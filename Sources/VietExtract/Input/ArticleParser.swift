/// Splits a file in the article layout into articles, keeping where each part starts.
///
/// The layout is: a URL line, a line of dashes, the title, a line of dashes, the body, a line of
/// dashes; a file may hold several articles one after another. Offsets of the parts are into the
/// whole file, so entities can be cut from the file as it is.
enum ArticleParser {
    /// Whether a line (without its line break) is a separator: five or more dashes, nothing else but spaces.
    static func isSeparator(_ line: some Collection<UInt8>) -> Bool {
        var dashes = 0
        for byte in line {
            if byte == 0x2D { dashes += 1 } else if byte != 0x20 && byte != 0x09 && byte != 0x0D { return false }
        }
        return dashes >= 5
    }

    /// A stretch of the file between separators, with its position.
    private struct Segment {
        var bytes: ArraySlice<UInt8>
        var line: Int
        var codePoints: Int
    }

    /// The articles of `bytes` (already checked to be valid UTF-8).
    static func articles(in bytes: [UInt8], source: String) -> [InputDocument] {
        var segments: [Segment] = []
        var segmentStart = 0
        var segmentLine = 1
        var segmentCodePoints = 0
        var lineStart = 0
        var line = 1
        var codePoints = 0
        var index = 0
        while index <= bytes.count {
            let atEnd = index == bytes.count
            if atEnd || bytes[index] == 0x0A {
                if isSeparator(bytes[lineStart..<index]) {
                    segments.append(Segment(bytes: bytes[segmentStart..<lineStart], line: segmentLine,
                                            codePoints: segmentCodePoints))
                    segmentStart = min(index + 1, bytes.count)
                    segmentLine = line + 1
                    segmentCodePoints = codePoints + (atEnd ? 0 : 1)
                }
                if atEnd { break }
                line += 1
                lineStart = index + 1
            }
            if bytes[index] & 0xC0 != 0x80 { codePoints += 1 }
            index += 1
        }
        let rest = Segment(bytes: bytes[segmentStart...], line: segmentLine, codePoints: segmentCodePoints)
        if rest.bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) { segments.append(rest) }

        var documents: [InputDocument] = []
        var group = 0
        while group * 3 < segments.count {
            let pieces = Array(segments[(group * 3)..<min(group * 3 + 3, segments.count)])
            group += 1
            let url = pieces.first.map { trimmed($0).text }
            let parts = zip(["title", "body"], pieces.dropFirst()).map { name, segment in
                let (text, leading, leadingBytes) = trimmed(segment)
                return DocumentPart(name: name, text: text, baseCodePoints: segment.codePoints + leading,
                                    baseUTF8: segment.bytes.startIndex + leadingBytes)
            }
            documents.append(InputDocument(source: source, line: pieces[0].line, url: url,
                                           title: parts.first?.text, parts: parts))
        }
        return documents
    }

    /// The segment's text without surrounding white space, with how many code points and bytes were cut before it.
    private static func trimmed(_ segment: Segment) -> (text: String, leadingCodePoints: Int, leadingBytes: Int) {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let start = segment.bytes.firstIndex(where: { !isSpace($0) }) ?? segment.bytes.endIndex
        let end = (segment.bytes.lastIndex(where: { !isSpace($0) }).map { $0 + 1 }) ?? start
        let text = String(decoding: segment.bytes[start..<max(start, end)], as: UTF8.self)
        let leading = start - segment.bytes.startIndex
        return (text, leading, leading)
    }
}

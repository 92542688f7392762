/// Reads the date a text gives a document right after its reference: `ngày 12/5/2021`,
/// `ngày 12-5-2021`, `ngày 6.2.2017`, `ngày 05 tháng 02 năm 2020`, `ngày 22/10` or `năm 2014`.
///
/// A small local reader for this one attribute; the DATE recognizer is separate. The value is
/// ISO 8601 (`2021-05-12`), `--10-22` when the year is not given, or the year alone.
enum DocumentDateReader {
    /// The date starting at token `start` and the index of the token after it.
    static func date(at start: Int, in text: AnalyzedText) -> (DocumentAttribute, Int)? {
        if text.token(at: start, is: DocumentWords.nam), let year = text.integer(at: start + 1), (1945...2100).contains(year) {
            return (attribute(start..<start + 2, in: text, value: String(year)), start + 2)
        }
        guard text.token(at: start, is: DocumentWords.ngay) else { return nil }
        if let dotted = dottedDate(at: start + 1, in: text) {
            return (attribute(start..<start + 2, in: text, value: dotted.description), start + 2)
        }
        guard let day = text.integer(at: start + 1, maxLength: 2) else { return nil }
        var index = start + 2
        let month: Int
        var year: Int?
        if text.token(at: index, is: DocumentWords.thang), let value = text.integer(at: index + 1, maxLength: 2) {
            month = value
            index += 2
            if text.token(at: index, is: DocumentWords.nam), let value = text.integer(at: index + 1), value >= 1000 {
                year = value
                index += 2
            }
        } else if let separator = separator(at: index, in: text), let value = text.integer(at: index + 1, maxLength: 2) {
            month = value
            index += 2
            if text.token(at: index, isMark: separator), let value = text.integer(at: index + 1), value >= 1000 {
                year = value
                index += 2
            }
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let value: String
        if let year {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            value = date.description
        } else {
            value = "--" + pad(month) + "-" + pad(day)
        }
        return (attribute(start..<index, in: text, value: value), index)
    }

    /// `6.2.2017`, which the segmenter keeps as one number token.
    private static func dottedDate(at index: Int, in text: AnalyzedText) -> CalendarDate? {
        guard index < text.tokens.count, text.tokens[index].kind == .number else { return nil }
        let parts = text.string(of: text.tokens[index]).split(separator: ".")
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The `/`, `-` or `.` glued between the parts of a numeric date.
    private static func separator(at index: Int, in text: AnalyzedText) -> UInt16? {
        guard index < text.tokens.count, text.tokens[index].kind == .punctuation, text.tokens[index].length == 1,
              !text.tokens[index].flags.contains(.spaceBefore) else { return nil }
        let unit = text.view.units[Int(text.tokens[index].start)]
        return unit == 0x2F || unit == 0x2D || unit == 0x2E ? unit : nil
    }

    private static func attribute(_ tokens: Range<Int>, in text: AnalyzedText, value: String) -> DocumentAttribute {
        DocumentAttribute(viewRange: Int(text.tokens[tokens.lowerBound].start)..<Int(text.tokens[tokens.upperBound - 1].end),
                          value: value)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

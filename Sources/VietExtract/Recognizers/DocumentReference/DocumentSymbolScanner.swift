/// Reads a document number-and-symbol (`39-CT/TW`, `15/2020/NĐ-CP`, `1234/QĐ-TTg`) from the view.
///
/// The scanner is tolerant of how news writes symbols (spaces around `-` and `/`, en dashes,
/// mixed case, `D` for `Đ`) and strict about what a symbol is: it must end in code groups that
/// start with a capital letter, so dates (`22/10/2013`), fractions (`1/2`), scores (`3-1`),
/// ranges (`39-40 tuổi`) and units (`km/h`) are never read as one.
struct DocumentSymbolScanner {
    /// A symbol as written: the parts, before any lookup in the code tables.
    struct Symbol {
        /// Where the symbol lies in the view, from the first digit to the last letter.
        var range: Range<Int>
        var number: String
        /// The year between two slashes (`15/2020/NĐ-CP`), if any.
        var year: Int?
        /// The code groups after the number: `["CT", "TW"]` for `39-CT/TW`, `["NĐ", "CP"]` for `15/2020/NĐ-CP`.
        var groups: [String]
        /// `true` for the Party layout, a dash after the number (`39-CT/TW`).
        var dashAfterNumber: Bool
    }

    let units: [UInt16]

    private static let slash: UInt16 = 0x2F

    /// Reads a symbol whose number starts at `start`, or nil.
    func symbol(at start: Int) -> Symbol? {
        guard let numberEnd = digitRun(from: start, maxLength: 6) else { return nil }
        guard let (separator, afterSeparator) = separator(after: numberEnd) else { return nil }
        var position = afterSeparator
        var year: Int?
        if separator == Self.slash, let yearEnd = digitRun(from: position, maxLength: 4), yearEnd - position == 4,
           let (yearSeparator, afterYear) = self.separator(after: yearEnd), yearSeparator == Self.slash,
           case let value = units[position..<yearEnd].reduce(0, { $0 * 10 + Int($1 - 0x30) }), (1945...2100).contains(value) {
            year = value
            position = afterYear
        }
        // Code groups: letters (with digits after them, as in QH14) joined by `-` or `/`.
        var groups: [String] = []
        var end = position
        while let groupEnd = codeGroup(from: position) {
            groups.append(text(position..<groupEnd))
            end = groupEnd
            guard let (_, next) = self.separator(after: groupEnd), codeGroup(from: next) != nil else { break }
            position = next
        }
        // Strings are built only for a symbol: most numbers with a separator are dates or fractions.
        guard !groups.isEmpty, !continuesWord(at: end) else { return nil }
        return Symbol(range: start..<end, number: text(start..<numberEnd), year: year, groups: groups,
                      dashAfterNumber: separator != Self.slash)
    }

    /// The symbol without a word glued to its end (`11/2021/TT-BGDĐTvề` → `11/2021/TT-BGDĐT`):
    /// the last group cut where two or more lower-case letters follow two or more capitals.
    func trimmingGluedWord(_ symbol: Symbol) -> Symbol? {
        guard let last = symbol.groups.last else { return nil }
        let units = Array(last.utf16)
        let capitals = units.prefix { UTF16Letters.isUpper($0) }.count
        guard capitals >= 2, units.count - capitals >= 2,
              units[capitals...].allSatisfy({ UTF16Letters.isLatinLetter($0) && !UTF16Letters.isUpper($0) }) else { return nil }
        var trimmed = symbol
        trimmed.groups[trimmed.groups.count - 1] = UTF16Transcoder.string(of: units[..<capitals])
        trimmed.range = symbol.range.lowerBound..<symbol.range.upperBound - (units.count - capitals)
        return trimmed
    }

    /// The end of a run of 1…`maxLength` ASCII digits at `start` not followed by another digit.
    private func digitRun(from start: Int, maxLength: Int) -> Int? {
        var end = start
        while end < units.count, UTF16Letters.isDigit(units[end]) {
            end += 1
            if end - start > maxLength { return nil }
        }
        return end > start ? end : nil
    }

    /// A `/` or dash at `position`, with at most two spaces on either side.
    private func separator(after position: Int) -> (UInt16, Int)? {
        var index = skipSpaces(from: position)
        guard index < units.count else { return nil }
        let unit = units[index]
        guard unit == Self.slash || UTF16Letters.isDash(unit) else { return nil }
        index = skipSpaces(from: index + 1)
        return (unit == Self.slash ? Self.slash : 0x2D, index)
    }

    private func skipSpaces(from position: Int) -> Int {
        var index = position
        while index < units.count, index - position < 2, units[index] == 0x20 { index += 1 }
        return index
    }

    /// The end of a code group at `start`: a capital letter, then letters, then digits.
    private func codeGroup(from start: Int) -> Int? {
        guard start < units.count, UTF16Letters.isUpper(units[start]), UTF16Letters.isLatinLetter(units[start]) else {
            return nil
        }
        var end = start + 1
        while end < units.count, UTF16Letters.isLatinLetter(units[end]) { end += 1 }
        while end < units.count, UTF16Letters.isDigit(units[end]) { end += 1 }
        return end - start <= 12 ? end : nil
    }

    /// Whether the text at `position` continues a word (so the symbol would end mid-word).
    private func continuesWord(at position: Int) -> Bool {
        guard position < units.count else { return false }
        let unit = units[position]
        return UTF16Letters.isLatinLetter(unit) || UTF16Letters.isDigit(unit)
    }

    private func text(_ range: Range<Int>) -> String {
        UTF16Transcoder.string(of: units[range])
    }
}

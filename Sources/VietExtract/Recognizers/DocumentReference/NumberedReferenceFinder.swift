/// Finds references by number: the number-and-symbol with the type word and `số` before it
/// (`Chỉ thị số 39-CT/TW`, `Luật Xây dựng số 50/2014/QH13`, `số2260/QĐ-UBND`, a bare
/// `1234/QĐ-TTg`), and a type word with a bare number (`Nghị định 67`, `Chỉ thị số 26`).
struct NumberedReferenceFinder: Sendable {
    private let codes: DocumentCodes
    private let typeWords: PhraseMatcher<String>
    private let shortTypeWords: PhraseMatcher<String>
    /// The last syllables of the short-form type words, to turn away most numbers before the probe
    /// (nil if a type word had no syllable, which would match anywhere).
    private let shortTypeEnds: KeyFilter?
    private let followers: PhraseMatcher<Bool>
    private let named: NamedReferenceMatcher
    /// `DocumentWords.soKey`, read once: the test before every number would otherwise go through its lazy initializer.
    private let soKey = DocumentWords.soKey

    init(codes: DocumentCodes, followers: TSVTable, named: NamedReferenceMatcher) {
        self.codes = codes
        self.named = named
        typeWords = PhraseMatcher(codes.typeNames.map { ($0, $0) })
        shortTypeWords = PhraseMatcher(codes.shortFormTypeNames.map { ($0, $0) })
        let ends = codes.shortFormTypeNames.map { SyllableKeys.keys(ofPhrase: $0).last }
        shortTypeEnds = ends.contains(nil) ? nil : KeyFilter(ends.compactMap { $0 })
        self.followers = PhraseMatcher(followers.rows.map { ($0["word"], true) })
    }

    /// Every numbered reference of `text`, in order, given its tokens with a digit (`ReferenceStarts.numbers`).
    func references(at numbers: [Int], in text: AnalyzedText) -> [FoundReference] {
        let scanner = DocumentSymbolScanner(units: text.view.units)
        var found: [FoundReference] = []
        var from = 0
        for index in numbers where index >= from {
            from = index + 1
            // Most numbers have neither a mark after them nor a type word before: both cheap tests come
            // before the look at the number's own units.
            let markFollows = Self.markFollows(index, in: text)
            let shortType = markFollows ? nil : shortTypeWord(beforeNumber: index, in: text)
            guard markFollows || shortType != nil,
                  let numberStart = numberStart(in: text.tokens[index], units: scanner.units) else { continue }
            if markFollows, let scanned = scanner.symbol(at: numberStart) {
                let typeWord = typeWordBefore(index, numberStart: numberStart, in: text)
                let lenience: DocumentCodes.Lenience = typeWord?.hasSo != true ? .none : typeWord?.type == nil ? .issuer : .issuerAndUnit
                var symbol = scanned
                var reference = codes.reference(for: symbol, lenience: lenience)
                if reference == nil, let trimmed = scanner.trimmingGluedWord(symbol) {
                    symbol = trimmed
                    reference = codes.reference(for: symbol)
                }
                if let reference {
                    let end = text.tokenIndex(atOrAfter: symbol.range.upperBound)
                    let viewEnd = symbol.range.upperBound < Int(text.tokens[end - 1].end) ? symbol.range.upperBound : nil
                    found.append(withWordsBefore(FoundReference(tokens: index..<end, value: reference,
                                                                source: "doc.number-symbol", priority: 10, viewEnd: viewEnd),
                                                 typeWord: typeWord, in: text))
                    from = end
                    continue
                }
            }
            if let typeWord = shortType ?? shortTypeWord(beforeNumber: index, in: text),
               let reference = typeAndNumber(at: index, after: typeWord, in: text) {
                found.append(reference)
            }
        }
        return found
    }

    /// Whether the token after `index` starts with a slash or a dash. A symbol's number is followed by
    /// one (`39-CT/TW`, `15/2020/…`, spaces aside), and no number or word token holds one, so the
    /// scanner is spared the numbers that go on otherwise (most of them).
    private static func markFollows(_ index: Int, in text: AnalyzedText) -> Bool {
        guard index + 1 < text.tokens.count else { return false }
        let unit = text.view.units[Int(text.tokens[index + 1].start)]
        return unit == 0x2F || UTF16Letters.isDash(unit)
    }

    /// Words an urgent or secret document's type word may carry before `số` (`Công điện hỏa tốc số`).
    private static let urgency = PhraseMatcher([("khẩn", true), ("hỏa tốc", true), ("thượng khẩn", true), ("mật", true)])

    /// The type word (and `số`) before the number in token `index`: the first token of the words and the type.
    private func typeWordBefore(_ index: Int, numberStart: Int, in text: AnalyzedText)
        -> (start: Int, before: Int, type: String?, hasSo: Bool)? {
        var before = index
        var hasSo = numberStart != Int(text.tokens[index].start)
        // `số` glued to the number (`số2260`) or the token before it.
        if !hasSo, text.token(at: before - 1, is: DocumentWords.so) {
            before -= 1
            hasSo = true
        }
        var typeEnd = before
        if hasSo, let urgent = Self.urgency.match(endingBefore: before, in: text) { typeEnd = urgent.tokens.lowerBound }
        // A one-syllable type word counts only capitalized (`kỷ luật số …` is no `Luật số …`).
        if let match = typeWords.match(endingBefore: typeEnd, in: text),
           match.tokens.count > 1 || text.isCapitalizedWord(at: match.tokens.lowerBound) {
            return (match.tokens.lowerBound, before, match.value, hasSo)
        }
        return hasSo ? (before, before, nil, true) : nil
    }

    /// Extends a symbol's span over `số` and the type word or law name before it.
    private func withWordsBefore(_ reference: FoundReference, typeWord: (start: Int, before: Int, type: String?, hasSo: Bool)?,
                                 in text: AnalyzedText) -> FoundReference {
        var reference = reference
        guard let typeWord else { return reference }
        if let type = typeWord.type {
            reference.tokens = typeWord.start..<reference.tokens.upperBound
            reference.value.documentType = type
        } else if reference.value.issuerCodes.first.map({ $0.hasPrefix("QH") || $0.hasPrefix("UBTVQH") }) == true,
                  let law = named.lawName(endingBefore: typeWord.before, in: text) {
            reference.tokens = law.start..<reference.tokens.upperBound
            reference.value.documentType = law.type
            reference.value.name = law.name
        } else {
            reference.tokens = typeWord.before..<reference.tokens.upperBound
        }
        return reference
    }

    /// The short-form type word, with or without `số`, right before the number token `index`: one
    /// probe that most numbers fail (before it, a filter most fail), before `typeAndNumber` builds its
    /// large result. Inlined, so that a number the filter turns away costs no call.
    @inline(__always)
    private func shortTypeWord(beforeNumber index: Int, in text: AnalyzedText) -> (match: PhraseMatcher<String>.Match, hasSo: Bool)? {
        let token = text.tokens[index]
        guard token.kind == .number, token.length <= 5 else { return nil }
        let hasSo = index > 0 && text.keys[index - 1] == soKey
        let end = hasSo ? index - 1 : index
        if let shortTypeEnds, end <= 0 || !shortTypeEnds.mayContain(text.keys[end - 1]) { return nil }
        guard let match = shortTypeWords.match(endingBefore: end, in: text),
              hasSo || text.isCapitalizedWord(at: match.tokens.lowerBound) else { return nil }
        return (match, hasSo)
    }

    /// `Nghị định 67`, `Chỉ thị số 26`, `Nghị định số 24/2012`: a short-form type word, `số` or
    /// not, and a bare number (with a year) that nothing after it makes a count, a date or a code.
    private func typeAndNumber(at index: Int, after typeWord: (match: PhraseMatcher<String>.Match, hasSo: Bool),
                               in text: AnalyzedText) -> FoundReference? {
        let (match, hasSo) = typeWord
        let token = text.tokens[index]
        guard text.integer(at: index, maxLength: 5) != nil else { return nil }
        var last = index
        var year: Int?
        if text.token(at: index + 1, isMark: 0x2F), !text.tokens[index + 1].flags.contains(.spaceBefore),
           let value = text.integer(at: index + 2), text.tokens[index + 2].length == 4, (1945...2100).contains(value),
           !text.tokens[index + 2].flags.contains(.spaceBefore) {
            year = value
            last = index + 2
        } else if !hasSo, token.length == 4, let value = text.integer(at: index), (1945...2100).contains(value) {
            return nil
        }
        guard isFreeNumber(after: last, in: text) else { return nil }
        let number = text.string(of: token)
        var value = DocumentReference(documentType: match.value, number: number, year: year, mention: .typeNumber)
        if let year { value.canonical = codes.canonical(type: match.value, number: number, year: year) }
        return FoundReference(tokens: match.tokens.lowerBound..<last + 1, value: value, source: "doc.type-number", priority: 8)
    }

    /// Whether the number at `index` ends there: the text ends, a clause mark follows, or a word
    /// from the followers table (`năm` and `ngày` only with a date).
    private func isFreeNumber(after index: Int, in text: AnalyzedText) -> Bool {
        let next = index + 1
        guard next < text.tokens.count, !text.tokens[next].flags.contains(.lineBefore) else { return true }
        let token = text.tokens[next]
        if token.kind == .punctuation {
            let unit = text.view.units[Int(token.start)]
            let glued = !token.flags.contains(.spaceBefore)
            if [0x2F, 0x25, 0x2B, 0x26].contains(unit) || UTF16Letters.isDash(unit) && glued { return false }
            // `1.5`, `3,4`, `2:1`: part of a number.
            if [0x2E, 0x2C, 0x3A].contains(unit), glued, next + 1 < text.tokens.count,
               text.tokens[next + 1].kind == .number, !text.tokens[next + 1].flags.contains(.spaceBefore) { return false }
            return true
        }
        guard followers.match(startingAt: next, in: text) != nil else { return false }
        if text.token(at: next, is: DocumentWords.nam) || text.token(at: next, is: DocumentWords.ngay) {
            return DocumentDateReader.date(at: next, in: text) != nil
        }
        return true
    }

    /// Where a document number can start in `token`: at its start, or after a glued `số`.
    private func numberStart(in token: Token, units: [UInt16]) -> Int? {
        let start = Int(token.start)
        if UTF16Letters.isDigit(units[start]) {
            // Not in the middle of a longer run (`1.234/…`, `a/15/…`, URLs and versions).
            guard start > 0 else { return start }
            switch units[start - 1] {
            case 0x2E, 0x2C, 0x2F, 0x3A, 0x5F: return nil
            case let unit: return UTF16Letters.isLatinLetter(unit) || UTF16Letters.isDash(unit) ? nil : start
            }
        }
        let prefix = start + DocumentWords.so.count
        guard prefix < Int(token.end), UTF16Letters.isDigit(units[prefix]),
              zip(units[start..<prefix], DocumentWords.so).allSatisfy({ UTF16Letters.lowercase($0) == $1 }) else { return nil }
        return prefix
    }
}

/// Reads what the text says about a document right around its reference: the cited part before
/// it (`điểm a khoản 1 Điều 5`), and after it the issuer (`của Bộ Chính trị`), the date
/// (`ngày 12/5/2021`, `năm 2014`) and the subject (`về …` to the end of the clause).
struct DocumentContextReader: Sendable {
    /// An issuer named after `của`: its name as written and its code, if the table has one.
    struct IssuerPayload: Sendable {
        let code: String?
        let isLocal: Bool
    }

    private let issuers: PhraseMatcher<IssuerPayload>
    /// Words that make a place of the capitalized words after them (`tỉnh Bình Định`).
    private let placeWords: PhraseMatcher<Bool>

    init(issuerNames: TSVTable) {
        issuers = PhraseMatcher(issuerNames.rows.map {
            ($0["name"], IssuerPayload(code: $0.optional("code"), isLocal: $0["local"] == "yes"))
        })
        placeWords = PhraseMatcher(["tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]
            .map { ($0, true) })
    }

    /// The attributes after the reference whose last token is `end - 1`, in any order, subject last.
    func attributes(after end: Int, in text: AnalyzedText, into reference: inout DocumentReference) {
        var index = end
        while index < text.tokens.count {
            if text.token(at: index, is: DocumentWords.cua), reference.issuerAttribute == nil,
               let issuerEnd = issuer(at: index + 1, in: text, into: &reference) {
                index = issuerEnd
            } else if reference.dateAttribute == nil, let (date, dateEnd) = DocumentDateReader.date(at: index, in: text) {
                reference.dateAttribute = date
                index = dateEnd
            } else if text.token(at: index, is: DocumentWords.ve) {
                reference.subjectAttribute = subject(at: index + 1, in: text)
                return
            } else if text.token(at: index, isMark: 0x2C), text.token(at: index + 1, is: DocumentWords.ngay) {
                index += 1
            } else {
                return
            }
        }
    }

    /// The issuer named from token `start`, recorded in `reference`; returns the index after it.
    func issuer(at start: Int, in text: AnalyzedText, into reference: inout DocumentReference) -> Int? {
        guard text.isCapitalizedWord(at: start), let match = issuers.match(startingAt: start, in: text) else { return nil }
        var end = match.tokens.upperBound
        if match.value.isLocal {
            if let place = placeWords.match(startingAt: end, in: text) { end = place.tokens.upperBound }
            let placeStart = end
            while end < text.tokens.count, end - placeStart < 4, text.isCapitalizedWord(at: end),
                  !text.tokens[end].flags.contains(.lineBefore) {
                end += 1
            }
        }
        let range = Int(text.tokens[start].start)..<Int(text.tokens[end - 1].end)
        reference.issuerAttribute = DocumentAttribute(viewRange: range, value: match.value.code)
        return end
    }

    /// The subject from token `start` to the end of its clause (or between the quotes that open
    /// it: `về “Phát triển kinh tế tư nhân”`), or nil when nothing follows `về`.
    private func subject(at start: Int, in text: AnalyzedText) -> DocumentAttribute? {
        if text.token(at: start, isMark: 0x201C) || text.token(at: start, isMark: 0x22) {
            let close: UInt16 = text.token(at: start, isMark: 0x22) ? 0x22 : 0x201D
            guard let end = (start + 1..<min(start + 60, text.tokens.count)).first(where: { text.token(at: $0, isMark: close) }),
                  end > start + 1 else { return nil }
            return DocumentAttribute(viewRange: Int(text.tokens[start + 1].start)..<Int(text.tokens[end - 1].end))
        }
        var end = start
        while end < text.tokens.count, end - start < 40 {
            let token = text.tokens[end]
            if end > start, token.flags.contains(.lineBefore) { break }
            if token.kind == .punctuation {
                let unit = text.view.units[Int(token.start)]
                // `phòng, chống` is one phrase; any other comma, or a stop, ends the clause.
                guard unit == 0x2C && text.token(at: end + 1, is: DocumentWords.chong) || unit == 0x2D || unit == 0x2F
                else { break }
            }
            end += 1
        }
        while end > start, text.tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end > start else { return nil }
        return DocumentAttribute(viewRange: Int(text.tokens[start].start)..<Int(text.tokens[end - 1].end))
    }

    /// The citation chain ending right before token `first` (`điểm a khoản 1 Điều 5 [của]`).
    func citation(before first: Int, in text: AnalyzedText) -> Citation? {
        var index = first - 1
        if text.token(at: index, is: DocumentWords.cua) { index -= 1 }
        var citation = Citation(span: DocumentAttribute(viewRange: 0..<0))
        var chainStart: Int?
        for (word, isLetter) in [(DocumentWords.dieu, false), (DocumentWords.khoan, false), (DocumentWords.diem, true)] {
            if chainStart != nil, text.token(at: index, isMark: 0x2C) { index -= 1 }
            guard text.token(at: index - 1, is: word), index >= 0 else { continue }
            let token = text.tokens[index]
            let isValue = isLetter ? token.kind == .word && token.length <= 2 : token.flags.contains(.hasDigit) && token.length <= 4
            guard isValue else { continue }
            let value = text.string(of: token)
            if isLetter { citation.point = value } else if word == DocumentWords.dieu { citation.article = value } else {
                citation.clause = value
            }
            chainStart = index - 1
            index -= 2
        }
        guard let chainStart else { return nil }
        let end = first - (text.token(at: first - 1, is: DocumentWords.cua) ? 2 : 1)
        citation.span = DocumentAttribute(viewRange: Int(text.tokens[chainStart].start)..<Int(text.tokens[end].end))
        return citation
    }
}

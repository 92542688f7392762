/// Finds numbered document references: the number-and-symbol, with the type word and `số` before it.
///
/// `Chỉ thị số 39-CT/TW`, `Nghị định 15/2020/NĐ-CP`, `số2260/QĐ-UBND` and a bare `1234/QĐ-TTg`
/// all become `DOC` candidates whose value carries the canonical symbol.
public struct DocumentReferenceRecognizer: Recognizer {
    public let labels: Set<EntityLabel> = [.document]
    private let codes: DocumentCodes
    private let typeWords: TypeWordMatcher

    /// A recognizer with the built-in code tables of `Resources/documents/`.
    public init() throws(ResourceError) {
        codes = try DocumentCodes.builtIn()
        typeWords = TypeWordMatcher(phrases: codes.typeNames)
    }

    private static let so: [UInt16] = Array("số".utf16)

    public func recognize(in text: AnalyzedText, context: RecognitionContext, candidates: inout [Candidate]) {
        let scanner = DocumentSymbolScanner(units: text.view.units)
        for (index, token) in text.tokens.enumerated() where token.flags.contains(.hasDigit) {
            guard let numberStart = numberStart(in: token, text: text),
                  let symbol = scanner.symbol(at: numberStart),
                  let reference = reference(for: symbol) else { continue }
            var start = numberStart
            var documentType = reference.documentType
            // `số` glued to the number (`số2260`) or as the token before it, then the type word.
            var before = index
            if numberStart > Int(token.start) {
                start = Int(token.start)
            } else if index > 0, text.token(text.tokens[index - 1], equalsLowercased: Self.so) {
                before = index - 1
                start = Int(text.tokens[before].start)
            }
            if let match = typeWords.match(endingBefore: before, in: text) {
                start = match.start
                documentType = match.phrase
            }
            var value = reference
            value.documentType = documentType
            candidates.append(Candidate(label: .document, viewRange: start..<symbol.range.upperBound,
                                        value: .document(value), source: "doc.number-symbol", priority: 10))
        }
    }

    /// Where a document number can start in `token`: at its start, or after a glued `số`.
    private func numberStart(in token: Token, text: AnalyzedText) -> Int? {
        let units = text.view.units
        let start = Int(token.start)
        if UTF16Letters.isDigit(units[start]) {
            // Not in the middle of a longer run (`1.234/…`, `a/15/…`, URLs and versions).
            if start > 0, [0x2E, 0x2C, 0x2F, 0x3A, 0x5F].contains(units[start - 1]) { return nil }
            return start
        }
        let prefix = start + Self.so.count
        guard prefix < Int(token.end), UTF16Letters.isDigit(units[prefix]),
              zip(units[start..<prefix], Self.so).allSatisfy({ UTF16Letters.lowercase($0) == $1 }) else { return nil }
        return prefix
    }

    /// The reference a symbol denotes, or nil when the symbol is not a document's.
    private func reference(for symbol: DocumentSymbolScanner.Symbol) -> DocumentReference? {
        symbol.dashAfterNumber ? partyReference(symbol) : stateReference(symbol)
    }

    /// `N-TYPE/ISSUER[/ISSUER…]`, the type a Party code and every issuer known.
    private func partyReference(_ symbol: DocumentScannerSymbol) -> DocumentReference? {
        guard symbol.year == nil, symbol.groups.count >= 2,
              let type = codes.type(code: symbol.groups[0], system: .party), let typeCode = type.code else { return nil }
        let issuers = symbol.groups.dropFirst().map { codes.issuer(code: $0) }
        guard let first = issuers.first, let firstIssuer = first else { return nil }
        let issuerCodes = issuers.compactMap { $0?.code }
        return DocumentReference(
            canonical: "\(symbol.number)-\(typeCode)/\(issuerCodes.joined(separator: "/"))",
            documentType: type.name, number: symbol.number, typeCode: typeCode, issuerCodes: issuerCodes,
            issuerName: firstIssuer.name, system: .party)
    }

    /// `N[/YYYY]/TYPE-ISSUER[-…]`, `N/YYYY/QH14`, or a công văn's `N/ISSUER-UNIT`.
    private func stateReference(_ symbol: DocumentScannerSymbol) -> DocumentReference? {
        let groups = symbol.groups
        var reference = DocumentReference(number: symbol.number, year: symbol.year, system: .state,
                                          category: symbol.year == nil ? .administrative : .normative)
        if let type = codes.type(code: groups[0], system: .state), let typeCode = type.code, groups.count >= 2 {
            // A Party symbol written in the State layout (`21/NQ-TW`) keeps the Party's official form.
            if symbol.year == nil, groups.count == 2, codes.issuer(code: groups[1])?.code == "TW",
               let partyType = codes.type(code: groups[0], system: .party)?.code {
                return partyReference(DocumentScannerSymbol(
                    range: symbol.range, number: symbol.number, year: nil, groups: [partyType, "TW"], dashAfterNumber: true))
            }
            reference.typeCode = typeCode
            reference.documentType = type.name
            let issuers = groups.dropFirst().map { codes.issuer(code: $0)?.code ?? $0 }
            reference.issuerCodes = issuers
            reference.issuerName = codes.issuer(code: groups[1])?.name
            guard codes.issuer(code: groups[1]) != nil else { return nil }
        } else if let issuer = codes.issuer(code: groups[0]) {
            // Laws and Quốc hội documents (`59/2020/QH14`), or a công văn (`123/UBND-VX`).
            let isQuocHoi = issuer.code.hasPrefix("QH") || issuer.code.hasPrefix("UBTVQH")
            guard isQuocHoi ? symbol.year != nil && groups.count == 1 : groups.count >= 2 else { return nil }
            reference.issuerCodes = [issuer.code] + groups.dropFirst()
            reference.issuerName = issuer.name
            if !isQuocHoi { reference.documentType = "Công văn" }
        } else {
            return nil
        }
        let year = symbol.year.map { "\($0)/" } ?? ""
        let codesPart = ([reference.typeCode].compactMap { $0 } + reference.issuerCodes).joined(separator: "-")
        reference.canonical = "\(symbol.number)/\(year)\(codesPart)"
        return reference
    }
}

private typealias DocumentScannerSymbol = DocumentSymbolScanner.Symbol

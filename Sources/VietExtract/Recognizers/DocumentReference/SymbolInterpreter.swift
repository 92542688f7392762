/// Turns a scanned number-and-symbol into a reference, by the code tables: the layout tells the
/// system (Party `39-CT/TW`, State `15/2020/NĐ-CP`), the codes tell the type and issuers, and the
/// canonical form is rebuilt in the official spelling.
extension DocumentCodes {
    /// The reference a symbol denotes, or nil when the symbol is not a document's.
    ///
    /// With `lenience`, issuer codes missing from the table are kept as written instead of
    /// refusing the symbol: after `số` when the type code is known (`số 333/TB-ĐTTH`), and also in
    /// a công văn's layout after a type word and `số` (`văn bản số 1199/SGDĐT-QLT`).
    func reference(for symbol: DocumentSymbolScanner.Symbol, lenience: Lenience = .none) -> DocumentReference? {
        symbol.dashAfterNumber
            ? partyReference(symbol, lenient: lenience != .none) : stateReference(symbol, lenience: lenience)
    }

    /// How far unknown issuer codes are accepted, by what stands before the symbol.
    enum Lenience {
        case none
        /// `số` before the symbol: unknown issuers after a known type code.
        case issuer
        /// A type word and `số`: unknown codes in a công văn's layout too.
        case issuerAndUnit
    }

    /// The issuer of `code`, or when `lenient` an unnamed issuer with the code as written.
    private func issuer(code: String, lenient: Bool) -> Issuer? {
        issuer(code: code) ?? (lenient && code.allSatisfy { $0.isUppercase || $0.isNumber } ? Issuer(code: code, name: "") : nil)
    }

    /// `N-TYPE/ISSUER[/ISSUER…]`, the type a Party code and every issuer known.
    private func partyReference(_ symbol: DocumentSymbolScanner.Symbol, lenient: Bool = false) -> DocumentReference? {
        guard symbol.year == nil, symbol.groups.count >= 2,
              let type = type(code: symbol.groups[0], system: .party), let typeCode = type.code else { return nil }
        let issuers = symbol.groups.dropFirst().map { issuer(code: $0, lenient: lenient) }
        guard let first = issuers.first, let firstIssuer = first else { return nil }
        let issuerCodes = issuers.compactMap { $0?.code }
        return DocumentReference(
            canonical: "\(symbol.number)-\(typeCode)/\(issuerCodes.joined(separator: "/"))",
            documentType: type.name, number: symbol.number, typeCode: typeCode, issuerCodes: issuerCodes,
            issuerName: firstIssuer.name.isEmpty ? nil : firstIssuer.name, system: .party)
    }

    /// `N[/YYYY]/TYPE-ISSUER[-…]`, `N/YYYY/QH14`, or a công văn's `N/ISSUER-UNIT`.
    private func stateReference(_ symbol: DocumentSymbolScanner.Symbol, lenience: Lenience) -> DocumentReference? {
        let groups = symbol.groups
        var reference = DocumentReference(number: symbol.number, year: symbol.year, system: .state,
                                          category: symbol.year == nil ? .administrative : .normative)
        if let type = type(code: groups[0], system: .state), let typeCode = type.code, groups.count >= 2 {
            // A Party symbol written in the State layout (`21/NQ-TW`) keeps the Party's official form.
            if symbol.year == nil, groups.count == 2, issuer(code: groups[1])?.system == "party",
               let partyType = self.type(code: groups[0], system: .party)?.code {
                var party = symbol
                party.groups = [partyType, groups[1]]
                party.dashAfterNumber = true
                return partyReference(party)
            }
            guard let firstIssuer = issuer(code: groups[1], lenient: lenience != .none) else { return nil }
            reference.typeCode = typeCode
            reference.documentType = type.name
            reference.issuerCodes = groups.dropFirst().map { issuer(code: $0)?.code ?? $0 }
            reference.issuerName = firstIssuer.name.isEmpty ? nil : firstIssuer.name
        } else if let issuer = issuer(code: groups[0], lenient: lenience == .issuerAndUnit) {
            // Laws and Quốc hội documents (`59/2020/QH14`), or a công văn (`123/UBND-VX`).
            let isQuocHoi = issuer.code.hasPrefix("QH") || issuer.code.hasPrefix("UBTVQH")
            // A công văn has no year: `99/2013/Đ-CP` is a misspelt symbol, not one.
            guard isQuocHoi ? symbol.year != nil && groups.count == 1
                : groups.count >= 2 && issuer.system != "party" && (symbol.year == nil || !issuer.name.isEmpty)
            else { return nil }
            reference.issuerCodes = [issuer.code] + groups.dropFirst()
            reference.issuerName = issuer.name.isEmpty ? nil : issuer.name
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

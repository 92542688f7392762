/// Groups the `DOC` mentions of one text by document and completes their values.
///
/// Mentions with one canonical form (including short mentions the recognizer linked to a
/// document) share an id, `doc1`, `doc2`… in order of first mention; unlinked `Nghị định 67`
/// mentions group by type and number. Every mention gets the fields its group knows (type,
/// symbol parts, the issuer as the text names it, the date, the subject), and every attribute
/// gets the caller's characters and code-point offsets in the extracted text.
public struct DocumentLinker: EntityLinker {
    public init() {}

    public func link(_ entities: inout [ResolvedEntity], in text: AnalyzedText) {
        // The mentions of each document by key, in order of first mention. A text cites few documents,
        // so a look along the groups costs less than hashing the keys.
        var groups: [(key: String, members: [Int])] = []
        for index in entities.indices where entities[index].candidate.label == .document && !entities[index].isNested {
            guard case .document(let reference) = entities[index].candidate.value else { continue }
            let key = reference.canonical
                ?? reference.number.map { "\(reference.documentType ?? "")#\($0)/\(reference.year ?? 0)" }
                ?? "#\(index)"
            if let group = groups.firstIndex(where: { $0.key == key }) {
                groups[group].members.append(index)
            } else {
                groups.append((key, [index]))
            }
        }
        // Most texts cite no document: then there is nothing to link or to measure.
        guard !groups.isEmpty else { return }
        let offsets = AttributeOffsets(entities: entities, text: text)
        for (number, group) in groups.enumerated() {
            let members = group.members
            var references = members.map { index -> DocumentReference in
                guard case .document(var reference) = entities[index].candidate.value else { fatalError("grouped a non-document") }
                offsets.fill(&reference, in: text)
                return reference
            }
            let summary = Self.summary(of: references)
            for position in references.indices {
                Self.complete(&references[position], from: summary)
                references[position].documentID = "doc\(number + 1)"
                entities[members[position]].candidate.value = .document(references[position])
            }
        }
    }

    /// What a group knows: its fullest mention, and the first issuer, date and subject the text
    /// gives, looking at the full mentions (by symbol, then by name) before the short ones.
    private static func summary(of references: [DocumentReference]) -> DocumentReference {
        // Sorted by place, so that no reference (a large value) is copied but the summary.
        let ranked = references.indices.sorted { (rank(references[$0].mention), $0) < (rank(references[$1].mention), $1) }
        var summary = references[ranked[0]]
        if let issuer = ranked.lazy.compactMap({ references[$0].issuerAttribute }).first { summary.issuerName = issuer.text }
        summary.date = ranked.lazy.compactMap { references[$0].dateAttribute?.value }.first
        summary.subject = ranked.lazy.compactMap { references[$0].subjectAttribute?.text }.first
        return summary
    }

    /// The order in which a group's mentions are read for its summary: full mentions first.
    private static func rank(_ mention: DocumentReference.MentionKind) -> Int {
        switch mention {
        case .numbered: return 0
        case .named: return 1
        case .typeNumber: return 2
        case .short: return 3
        }
    }

    private static func complete(_ reference: inout DocumentReference, from summary: DocumentReference) {
        reference.canonical = reference.canonical ?? summary.canonical
        reference.documentType = reference.documentType ?? summary.documentType
        reference.name = reference.name ?? summary.name
        reference.number = reference.number ?? summary.number
        reference.year = reference.year ?? summary.year
        reference.typeCode = reference.typeCode ?? summary.typeCode
        if reference.issuerCodes.isEmpty { reference.issuerCodes = summary.issuerCodes }
        reference.issuerName = summary.issuerName ?? reference.issuerName
        reference.system = reference.system ?? summary.system
        reference.category = reference.category ?? summary.category
        reference.date = summary.date
        reference.subject = summary.subject
    }
}

/// The code-point offsets of every attribute range of a text's document mentions, computed in one pass.
private struct AttributeOffsets {
    private let positions: OffsetTranslator.Positions

    init(entities: [ResolvedEntity], text: AnalyzedText) {
        var offsets: [Int] = []
        func add(_ attribute: DocumentAttribute?) {
            guard let attribute else { return }
            let range = text.originalRange(ofView: attribute.viewRange)
            offsets.append(range.lowerBound)
            offsets.append(range.upperBound)
        }
        for index in entities.indices where entities[index].candidate.label == .document {
            guard case .document(let reference) = entities[index].candidate.value else { continue }
            add(reference.issuerAttribute)
            add(reference.dateAttribute)
            add(reference.subjectAttribute)
            add(reference.citation?.span)
        }
        positions = OffsetTranslator.positions(of: offsets, in: text.originalUnits)
    }

    /// Sets the text and offsets of every attribute of `reference`.
    func fill(_ reference: inout DocumentReference, in text: AnalyzedText) {
        func filled(_ attribute: DocumentAttribute?) -> DocumentAttribute? {
            guard var attribute else { return nil }
            let range = text.originalRange(ofView: attribute.viewRange)
            attribute.text = UTF16Transcoder.string(of: text.originalUnits[range])
            attribute.start = positions[range.lowerBound]?.codePoints ?? 0
            attribute.end = positions[range.upperBound]?.codePoints ?? 0
            return attribute
        }
        reference.issuerAttribute = filled(reference.issuerAttribute)
        reference.dateAttribute = filled(reference.dateAttribute)
        reference.subjectAttribute = filled(reference.subjectAttribute)
        if let span = filled(reference.citation?.span) { reference.citation?.span = span }
    }
}

@testable import VietExtract

/// One extractor for every document test, and short ways to read its `DOC` output.
enum DocumentTestSupport {
    static let extractor = try! Extractor(options: ExtractorOptions(labels: [.document]))

    /// The `DOC` entities of `text`.
    static func documents(_ text: String) -> [Entity] {
        extractor.extract(text).filter { $0.label == .document }
    }

    /// The reference of an entity (a test fails on other values through the nil).
    static func reference(_ entity: Entity?) -> DocumentReference? {
        guard let entity, case .document(let reference) = entity.value else { return nil }
        return reference
    }

    /// The code-point slice of `text` an attribute points at.
    static func slice(_ text: String, _ attribute: DocumentAttribute?) -> String? {
        guard let attribute else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard attribute.start >= 0, attribute.end <= scalars.count, attribute.start <= attribute.end else { return nil }
        return String(String.UnicodeScalarView(scalars[attribute.start..<attribute.end]))
    }
}

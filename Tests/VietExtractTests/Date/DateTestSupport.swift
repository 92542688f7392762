@testable import VietExtract

/// Shared helpers for the DATE suites: one extractor for DATE only, and lookups by text.
enum DateTesting {
    static let extractor = try! Extractor(options: ExtractorOptions(labels: [.date]))
    static let nestedExtractor = try! Extractor(options: ExtractorOptions(labels: [.date], includeNested: true))

    /// The DATE entities of `text`.
    static func dates(_ text: String, reference: CalendarDate? = nil) -> [Entity] {
        extractor.extract(text, referenceDate: reference)
    }

    /// The value of the one DATE entity whose text is `span`, or nil.
    static func value(of span: String, in text: String, reference: CalendarDate? = nil) -> DateValue? {
        for entity in dates(text, reference: reference) where entity.text == span {
            if case .date(let value) = entity.value { return value }
        }
        return nil
    }

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
}
